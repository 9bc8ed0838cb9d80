import type { StoryOption } from "@/lib/fronts/get-front-for-editing";

/** What readers get from a picked story now: the editor sees why one will not show. */
export function describeStory(story: StoryOption, now: Date): string {
  if (story.trashed) return "in the trash: not shown";
  if (story.status === "SCHEDULED" && story.publishedAt && new Date(story.publishedAt) > now) return `scheduled: shows from ${new Date(story.publishedAt).toLocaleString()}`;
  if ((story.status === "PUBLISHED" || story.status === "SCHEDULED") && story.publishedAt) return "published";
  return `${story.status.toLowerCase().replace("_", " ")}: not shown, its place fills itself`;
}
