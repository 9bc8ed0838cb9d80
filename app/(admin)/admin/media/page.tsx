import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { listMedia } from "@/lib/media/list-media";
import { LibraryUploader } from "./library-uploader";
import { SearchForm } from "@/components/admin/ui/search-form";

export const metadata: Metadata = { title: "Media library" };

const UPLOAD_ERRORS: Record<string, string> = {
  size: "The file is larger than 20 MB. Resize or compress it, then upload it again.",
  svg: "SVG files are not accepted: they can carry scripts. Export the graphic as PNG and upload that.",
  pixels: "The image is larger than 50 megapixels. Resize it, then upload it again.",
  type: "This file is not a JPEG, PNG, WebP, AVIF or GIF image, whatever its name says. Export it in one of those formats.",
  session: "Your session had ended. Sign in again, then upload the image.",
  rate: "You have uploaded 60 images in the last 10 minutes, the most allowed. Wait a few minutes, then upload again.",
  failed: "The image could not be uploaded. Try again, or export it again if it may be damaged.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaPage({ searchParams }: Props) {
  await requireUser("/admin/media");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const error = typeof params.error === "string" ? (UPLOAD_ERRORS[params.error] ?? UPLOAD_ERRORS.failed) : null;
  const items = await listMedia({ query, take: 120 });
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Media library</h1>
      {error ? <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{error}</p> : null}
      <div className="mb-8 grid gap-8 md:grid-cols-2">
        <LibraryUploader />
        <SearchForm label="Search alt text, captions, credits and file names" query={query} className="self-start" />
      </div>
      {items.length === 0 ? (
        <p>{query ? `No image matches “${query}”.` : "No images yet. Upload the first one."}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5" aria-label="Images">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-neutral-200 bg-white p-2 dark:border-neutral-800 dark:bg-neutral-900">
              <Link href={`/admin/media/${item.id}`} className="block hover:underline">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={`/api/media/${item.storageKey}/${Math.min(...item.widths)}.webp`}
                  alt=""
                  width={320}
                  height={Math.round((320 * item.height) / item.width)}
                  loading="lazy"
                  className="aspect-video w-full rounded object-cover"
                />
                <span className="mt-2 block truncate text-sm font-medium">{item.alt || item.originalName}</span>
              </Link>
              {!item.alt ? <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 text-xs text-amber-900">No alt text</span> : null}
              {item.credit ? <span className="mt-1 block truncate text-xs text-neutral-600 dark:text-neutral-400">{item.credit}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
