/** @jsxImportSource @/lib/html */
import type { PublicImage } from "@/lib/media/public-image";

type Props = { image: PublicImage; sizes: string; className?: string; priority?: boolean };

// WebP first, the original format as fallback; width and height reserve the space.
export function ResponsiveImage({ image, sizes, className, priority }: Props) {
  return (
    <picture>
      {image.webpSrcSet ? <source type="image/webp" srcSet={image.webpSrcSet} sizes={sizes} /> : null}
      <img
        src={image.src}
        srcSet={image.srcSet}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? "eager" : "lazy"}
        decoding="async"
        className={className ?? "h-auto w-full"}
      />
    </picture>
  );
}
