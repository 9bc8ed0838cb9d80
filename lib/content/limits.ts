/** Largest stored document, measured as UTF-8 bytes of its JSON. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

/** Deepest node nesting, counting the doc and text nodes as levels. */
export const MAX_DEPTH = 32;
