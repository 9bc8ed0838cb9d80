import { z } from "zod";

export const mediaFieldsSchema = z.object({
  alt: z.string().trim().max(500, "Keep alt text under 500 characters; describe what matters in the picture.").default(""),
  caption: z.string().trim().max(1000, "Keep the caption under 1,000 characters.").default(""),
  credit: z.string().trim().max(200, "Keep the credit under 200 characters.").default(""),
});
export type MediaFields = z.infer<typeof mediaFieldsSchema>;

export const mediaIdSchema = z.uuid("That image no longer exists.");

// Only the last part of whatever name the browser sent, without control characters.
export function cleanFileName(raw: string | null | undefined): string {
  const name = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return cleaned || "image";
}
