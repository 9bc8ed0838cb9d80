import { randomBytes } from "node:crypto";
import { withDb } from "./staff";

// A library row straight in the test database (pages render its addresses and details;
// no file is needed for that). Optionally the featured image of an article.
export async function insertMedia(options: { uploadedById: string; alt?: string; caption?: string; credit?: string; featureOn?: string }): Promise<{ id: string; storageKey: string }> {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO media_assets (storage_key, original_name, format, width, height, bytes, widths, alt, caption, credit, uploaded_by_id, updated_at)
       VALUES ($1, 'x.png', 'png', 640, 360, 1, '{320,640}', $2, $3, $4, $5, now()) RETURNING id, storage_key`,
      [randomBytes(16).toString("hex"), options.alt ?? "", options.caption ?? "", options.credit ?? "", options.uploadedById],
    );
    const id = rows[0].id as string;
    if (options.featureOn) await client.query(`UPDATE articles SET featured_image_id = $1 WHERE id = $2`, [id, options.featureOn]);
    return { id, storageKey: rows[0].storage_key as string };
  });
}

export async function mediaRow(id: string): Promise<{ alt: string; caption: string; credit: string }> {
  return withDb(async (client) => (await client.query(`SELECT alt, caption, credit FROM media_assets WHERE id = $1`, [id])).rows[0]);
}
