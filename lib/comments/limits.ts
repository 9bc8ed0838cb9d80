// Bounds of comments on drafts (issue 17), shared by the forms (browser) and the schemas.
export const COMMENT_MAX_CHARS = 2000;
/** What a thread keeps of the words it was started on (enough to find them again in a later save). */
export const QUOTE_MAX_CHARS = 5000;
