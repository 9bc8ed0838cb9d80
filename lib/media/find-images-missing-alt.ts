// Publishing needs alt text on every image: a screen-reader user must get the picture too.
import type { ContentDocument, ContentNode } from "@/lib/content/types";

export function findImagesMissingAlt(doc: ContentDocument): number {
  let missing = 0;
  const stack: ContentNode[] = [...(doc.content ?? [])];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "figure" && !(typeof node.attrs?.alt === "string" && node.attrs.alt.trim())) missing++;
    // A gallery's images count one by one.
    if (node.type === "gallery" && Array.isArray(node.attrs?.images)) {
      for (const image of node.attrs.images as Array<{ alt?: unknown }>) if (!(typeof image?.alt === "string" && image.alt.trim())) missing++;
    }
    if (node.content) stack.push(...node.content);
  }
  return missing;
}
