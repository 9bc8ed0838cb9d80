import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache/publication-clock";

/**
 * For rare changes that show on an unknown number of public pages (a tag renamed,
 * merged or deleted; a byline's name or picture; an image's alt text or caption):
 * expires every cached public page at once. Article saves use the narrower
 * revalidateArticlePages. A failure is logged and never fails the change.
 */
export function revalidateAllPublicPages(): void {
  try {
    revalidatePath("/", "layout");
    revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
  } catch (error) {
    console.error("revalidateAllPublicPages failed; public pages will refresh on their own lifetime:", error);
  }
}
