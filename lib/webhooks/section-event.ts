import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { siteUrl } from "@/lib/site";

// `section.changed`: sections are the site's navigation, public from the moment they are
// made (each has its page), so every change is announced, unlike a tag's, which waits for
// its first public article. Queued in the section change's transaction (lib/sections/save-section.ts).

/** created; renamed (name or address part); moved (under another parent); updated (description or order); deleted. */
export type SectionChange = "created" | "renamed" | "moved" | "updated" | "deleted";

export type SectionEventData = {
  change: SectionChange;
  section: { id: string; name: string; slug: string; path: string; parentId: string | null; url: string | null };
  /** renamed, moved: the section as it was. */
  previous?: { name: string; slug: string; path: string; parentId: string | null };
  /** Every address that changed (the section's and its subsections'); each old one answers 301 to the new. */
  paths?: { id: string; from: string; to: string }[];
};

export function sectionRef(section: { id: string; name: string; slug: string; path: string; parentId: string | null }, exists = true): SectionEventData["section"] {
  return { id: section.id, name: section.name, slug: section.slug, path: section.path, parentId: section.parentId, url: exists ? `${siteUrl()}/sections/${section.path}` : null };
}

export async function reportSectionChange(tx: Tx, data: SectionEventData, now = new Date()): Promise<void> {
  await enqueueWebhookEvent(tx, { type: "section.changed", data, now });
}
