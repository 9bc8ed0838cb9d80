// The events an endpoint can subscribe to. Browser-safe (the endpoints form lists them).
// Names follow Standard Webhooks' "group.event" style; a payload is
// { type, timestamp, data } with small, self-describing data (docs/webhooks.md).

export const WEBHOOK_EVENTS = [
  { type: "article.published", label: "Article published (including a scheduled article coming due)" },
  { type: "article.updated", label: "Published article updated" },
  { type: "article.unpublished", label: "Article unpublished" },
  { type: "article.deleted", label: "Article deleted" },
  { type: "article.correction_added", label: "Correction added" },
  { type: "tag.changed", label: "Tag changed (renamed, described, merged or deleted)" },
  { type: "live_entry.posted", label: "Live entry posted" },
  { type: "section.changed", label: "Section changed (created, renamed, moved, described, reordered or deleted)" },
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]["type"];

export const WEBHOOK_EVENT_TYPES = WEBHOOK_EVENTS.map((e) => e.type) as [WebhookEventType, ...WebhookEventType[]];

export function webhookEventLabel(type: string): string {
  return WEBHOOK_EVENTS.find((e) => e.type === type)?.label ?? type;
}
