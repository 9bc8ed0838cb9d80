import "server-only";
import { expireEveryPublicPage } from "@/lib/cache/expire-pages";

/**
 * For rare changes that show on an unknown number of public pages (a tag renamed,
 * merged or deleted; a byline's name or picture; an image's alt text or caption):
 * expires every cached public page at once, here and in every other app instance, with
 * one write (expireEveryPublicPage). Article saves use the narrower
 * revalidateArticlePages. A failure is logged and never fails the change.
 */
export function revalidateAllPublicPages(): void {
  try {
    expireEveryPublicPage();
  } catch (error) {
    console.error("revalidateAllPublicPages failed; public pages will refresh on their own lifetime:", error);
  }
}
