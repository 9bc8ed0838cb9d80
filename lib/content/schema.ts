import { getSchema } from "@tiptap/core";

import { contentExtensions } from "./extensions";

/** ProseMirror schema of stored content, built from the shared extension list. */
export const contentSchema = getSchema(contentExtensions);
