// What the editor's comments panel and the inbox are given: plain, serializable rows.
// Browser-safe (types only).

export type CommentView = {
  id: string;
  authorId: string | null;
  author: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
};

export type ThreadView = {
  id: string;
  quote: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  comments: CommentView[];
};

export type InboxMention = {
  id: string;
  readAt: string | null;
  createdAt: string;
  author: string;
  excerpt: string;
  articleId: string;
  headline: string;
  threadId: string;
};

/** What starting a thread answers: its id, and the article's new version (the body now holds its mark). */
export type StartedThread = { threadId: string; version: number };
