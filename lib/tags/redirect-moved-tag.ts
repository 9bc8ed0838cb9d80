import "server-only";
import { permanentRedirect } from "next/navigation";
import { isValidSlug } from "@/lib/content/slug";
import { findTagRedirect } from "@/lib/tags/find-tag-redirect";

// For the public tag page: a renamed or merged tag's old address leads permanently to
// where the tag lives now. Returns only when there is nowhere to go.
export async function redirectMovedTag(slug: string): Promise<void> {
  if (!isValidSlug(slug)) return;
  const moved = await findTagRedirect(slug);
  if (moved) permanentRedirect(`/tags/${moved}`);
}
