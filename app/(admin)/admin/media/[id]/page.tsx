import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { getMedia } from "@/lib/media/get-media";
import { findMediaUsage } from "@/lib/media/find-media-usage";
import { imageSources, ARTICLE_IMAGE_SIZES } from "@/lib/media/media-url";
import { formatDateTime } from "@/lib/site";
import { MediaFieldsForm } from "./media-fields-form";

export const metadata: Metadata = { title: "Image" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaItemPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser(`/admin/media/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [media, usage, query] = await Promise.all([getMedia(id), findMediaUsage(id), searchParams]);
  if (!media) notFound();
  const sources = imageSources(media);
  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <div>
        <p className="mb-2 text-sm"><Link href="/admin/media" className="hover:underline">← Media library</Link></p>
        <h1 className="mb-4 text-2xl font-bold">{media.alt || media.originalName}</h1>
        {query.done === "uploaded" ? <p role="status" className="mb-4 text-sm">Uploaded. Add alt text, a caption and a credit.</p> : null}
        <picture>
          {sources.webpSrcSet ? <source type="image/webp" srcSet={sources.webpSrcSet} sizes={ARTICLE_IMAGE_SIZES} /> : null}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={sources.src} srcSet={sources.srcSet} sizes={ARTICLE_IMAGE_SIZES} width={sources.width} height={sources.height} alt={media.alt} className="h-auto w-full rounded border border-neutral-200" />
        </picture>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-semibold">File</dt><dd>{media.originalName}</dd>
          <dt className="font-semibold">Format</dt><dd>{media.format.toUpperCase()}, {media.width} × {media.height} pixels, {(media.bytes / 1024 / 1024).toFixed(1)} MB uploaded</dd>
          <dt className="font-semibold">Sizes kept</dt><dd>{media.widths.join(", ")} pixels wide, in WebP and {media.format.toUpperCase()}</dd>
          <dt className="font-semibold">Uploaded</dt><dd>{formatDateTime(media.createdAt)}{media.uploadedBy ? ` by ${media.uploadedBy.name}` : ""}</dd>
        </dl>
      </div>
      <div className="space-y-8">
        <MediaFieldsForm id={media.id} alt={media.alt} caption={media.caption} credit={media.credit} />
        <section aria-labelledby="usage-heading">
          <h2 id="usage-heading" className="text-lg font-semibold">Used in</h2>
          {usage.articles.length === 0 && usage.avatars.length === 0 ? (
            <p className="mt-2 text-sm">Not used anywhere yet.</p>
          ) : (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {usage.articles.map((a) => (
                <li key={a.id}>
                  <Link href={`/admin/articles/${a.id}`} className="underline">{a.headline}</Link>{" "}
                  <span className="text-neutral-600 dark:text-neutral-400">({a.how === "both" ? "featured and in the text" : a.how === "featured" ? "featured image" : "in the text"})</span>
                </li>
              ))}
              {usage.avatars.map((u) => <li key={u.id}>Profile picture of {u.name}</li>)}
            </ul>
          )}
          <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">Where it is a featured image, these details show on the article's page at once, so changing them needs the right to edit every article listed here. Images placed in an article's text keep their own details; edit those in the article.</p>
        </section>
      </div>
    </div>
  );
}
