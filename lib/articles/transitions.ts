import type { Permission } from "@/lib/auth/permissions";
import type { ArticleStatus as Status } from "@/lib/generated/prisma/enums";

export type { Status };
export type TransitionName = "submit" | "send_back" | "publish" | "schedule" | "unpublish";

type Transition = { from: readonly Status[]; to: Status; permission: Permission; label: string; done: string };

// Every valid status change, and who may ask for it. Nothing else moves an article
// between states. A scheduled article whose time has come counts as PUBLISHED here.
export const TRANSITIONS: Record<TransitionName, Transition> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "article.submit", label: "Submit for review", done: "Submitted for review" },
  send_back: { from: ["IN_REVIEW"], to: "DRAFT", permission: "article.review", label: "Send back", done: "Sent back to the reporter" },
  publish: { from: ["DRAFT", "IN_REVIEW", "UNPUBLISHED", "SCHEDULED"], to: "PUBLISHED", permission: "article.publish", label: "Publish", done: "Published" },
  schedule: { from: ["DRAFT", "IN_REVIEW", "UNPUBLISHED", "SCHEDULED"], to: "SCHEDULED", permission: "article.schedule", label: "Schedule", done: "Scheduled" },
  unpublish: { from: ["PUBLISHED", "SCHEDULED"], to: "UNPUBLISHED", permission: "article.unpublish", label: "Unpublish", done: "Unpublished" },
};

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

// What the article is for readers right now: a scheduled article is live once its time passes.
export function effectiveStatus(status: Status, publishedAt: Date | null, now = new Date()): Status {
  if (status === "SCHEDULED" && publishedAt && publishedAt.getTime() <= now.getTime()) return "PUBLISHED";
  return status;
}

export function isTransitionAllowedFrom(name: TransitionName, status: Status): boolean {
  return TRANSITIONS[name].from.includes(status);
}

export function availableTransitions(status: Status): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => isTransitionAllowedFrom(name, status));
}
