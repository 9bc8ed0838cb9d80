import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { uploadMedia } from "@/lib/media/upload-media";
import { getMediaStorage } from "@/lib/media/storage";
import { listMedia } from "@/lib/media/list-media";
import { findMediaUsage } from "@/lib/media/find-media-usage";
import { updateMedia } from "@/lib/media/update-media";
import { variantPath } from "@/lib/media/media-url";
import { makeUser, uniqueSuffix } from "../support/factories";
import { articleInput } from "../support/articles";
import { HTML_FILE, PASSWD_FILE, SVG_WITH_SCRIPT, makeAnimatedGif, makeHugePngHeader, makeJpeg, makePng } from "../support/images";

const mediaDir = mkdtempSync(path.join(tmpdir(), "dateline-media-"));
process.env.MEDIA_DIR = mediaDir;

afterAll(async () => {
  rmSync(mediaDir, { recursive: true, force: true });
  await disconnectDb();
});

function storedFiles(): string[] {
  return readdirSync(mediaDir, { recursive: true }).map(String);
}

describe("media uploads", () => {
  let reporter: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    reporter = await makeUser("REPORTER");
  });

  it("re-encodes a JPEG into responsive WebP and JPEG widths, without EXIF or GPS", async () => {
    const original = await makeJpeg(1600, 900, true);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const media = await uploadMedia(reporter, original, "harbour at dawn.jpg", { alt: "Fishing boats at dawn" });
    expect(media.format).toBe("jpeg");
    expect(media.widths).toEqual([320, 640, 960, 1280, 1600]);
    expect(media.storageKey).toMatch(/^[a-f0-9]{32}$/);
    for (const width of media.widths) {
      for (const ext of ["webp", "jpg"]) {
        const stored = await getMediaStorage().get(variantPath(media.storageKey, width, ext));
        expect(stored, `${width}.${ext}`).not.toBeNull();
        const meta = await sharp(stored!.body).metadata();
        expect(meta.width).toBe(width);
        expect(meta.format).toBe(ext === "jpg" ? "jpeg" : "webp");
        expect(meta.exif).toBeUndefined();
      }
    }
    const row = await db.mediaAsset.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ originalName: "harbour at dawn.jpg", width: 1600, height: 900, alt: "Fishing boats at dawn", uploadedById: reporter.id });
  });

  it("never enlarges a small image", async () => {
    const media = await uploadMedia(reporter, await makePng(500, 300), "chart.png");
    expect(media.widths).toEqual([320, 500]);
    expect(media.format).toBe("png");
  });

  it.each([
    ["an HTML file renamed .jpg", HTML_FILE, "photo.jpg", /not a JPEG, PNG, WebP, AVIF or GIF image, whatever its name says/],
    ["an SVG with a script", SVG_WITH_SCRIPT, "logo.svg", /SVG files are not accepted/],
    ["a file named ../../etc/passwd", PASSWD_FILE, "../../etc/passwd", /not a JPEG, PNG, WebP, AVIF or GIF image/],
    ["a 20,000 × 20,000 PNG", makeHugePngHeader(), "huge.png", /20,000 × 20,000 pixels \(400 megapixels\); the limit is 50 megapixels/],
    ["a 60 MB file", Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60 * 1024 * 1024)]), "big.jpg", /images can be at most 20 MB/],
  ])("refuses %s with a clear message and stores nothing", async (_label, data, name, message) => {
    const before = await db.mediaAsset.count();
    const filesBefore = storedFiles();
    await expect(uploadMedia(reporter, data, name)).rejects.toThrow(message);
    expect(await db.mediaAsset.count()).toBe(before);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it.each([
    ["webp", () => sharp({ create: { width: 700, height: 400, channels: 3, background: "#446688" } }).webp().toBuffer(), ["webp"]],
    ["avif", () => sharp({ create: { width: 700, height: 400, channels: 3, background: "#446688" } }).avif().toBuffer(), ["webp", "avif"]],
    ["gif", () => sharp({ create: { width: 700, height: 400, channels: 3, background: "#446688" } }).gif().toBuffer(), ["webp", "gif"]],
  ] as const)("accepts %s and keeps WebP and the original format", async (format, make, exts) => {
    const media = await uploadMedia(reporter, await make(), `x.${format}`);
    expect(media.format).toBe(format);
    expect(media.widths).toEqual([320, 640, 700]);
    for (const ext of exts) expect(await getMediaStorage().get(variantPath(media.storageKey, 700, ext))).not.toBeNull();
  });

  // Issue #11, item 7: a small file with many large frames is a decompression bomb.
  it("refuses an animation past 50 megapixels across its frames, before decoding it, and keeps a small one", async () => {
    const bomb = await makeAnimatedGif(1500, 1500, 23);
    expect(bomb.length).toBeLessThan(1_000_000);
    const meta = await sharp(bomb).metadata();
    expect(meta.pages).toBe(23);
    const filesBefore = storedFiles().length;
    const rowsBefore = await db.mediaAsset.count();
    await expect(uploadMedia(reporter, bomb, "bomb.gif")).rejects.toThrow("This animation has 23 frames of 1,500 × 1,500 pixels (52 megapixels in all); the limit is 50 megapixels across all frames.");
    expect(storedFiles()).toHaveLength(filesBefore);
    expect(await db.mediaAsset.count()).toBe(rowsBefore);
    // The same number of frames, small: accepted, and still animated.
    const small = await uploadMedia(reporter, await makeAnimatedGif(200, 150, 23), "small.gif");
    expect(small.format).toBe("gif");
    const stored = await getMediaStorage().get(variantPath(small.storageKey, 200, "gif"));
    expect((await sharp(stored!.body).metadata()).pages).toBe(23);
  });

  it("keeps only the last part of a file name", async () => {
    const media = await uploadMedia(reporter, await makePng(40, 40), "../../etc/passwd.png");
    expect((await db.mediaAsset.findUniqueOrThrow({ where: { id: media.id } })).originalName).toBe("passwd.png");
    expect(storedFiles().every((f) => !f.includes(".."))).toBe(true);
  });

  it("searches alt text, captions and credits, and shows where an image is used", async () => {
    const word = `lighthouse${uniqueSuffix()}`;
    const media = await uploadMedia(reporter, await makePng(64, 64), "x.png");
    await updateMedia(reporter, media.id, { alt: `A ${word} in fog`, caption: "Cape Wrath.", credit: "Jane Doe / Agency" });
    expect((await listMedia({ query: word })).map((m) => m.id)).toEqual([media.id]);
    expect((await listMedia({ query: "jane doe" })).map((m) => m.id)).toContain(media.id);

    const article = await db.article.create({
      data: {
        slug: `usage-${uniqueSuffix()}`,
        headline: "Fog at the cape",
        body: { type: "doc", content: [{ type: "figure", attrs: { mediaId: media.id } }] },
      },
    });
    const usage = await findMediaUsage(media.id);
    expect(usage.articles).toEqual([{ id: article.id, headline: "Fog at the cape", how: "body" }]);
  });
});

describe("images and publishing", () => {
  const KEY = "0123456789abcdef0123456789abcdef";
  const figure = (alt: string) => ({
    type: "figure",
    attrs: { mediaId: "7d1f7a3e-2b1c-4c5d-9e8f-0a1b2c3d4e5f", src: `/api/media/${KEY}/640.jpg`, alt, caption: "", credit: "", width: 640, height: 360, widths: [320, 640] },
  });

  it("refuses to publish while an image in the body lacks alt text", async () => {
    const { saveArticle } = await import("@/lib/articles/save-article");
    const editor = await makeUser("EDITOR");
    const body = { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text: "Words." }] }, figure("  ")] };
    const input = articleInput({ headline: `Alt check ${uniqueSuffix()}`, standfirst: "", body, tags: [], intent: "publish" });
    await expect(saveArticle(editor, input)).rejects.toThrow("An image has no alt text: select it, then “Edit image”.");
    const published = await saveArticle(editor, { ...input, body: { ...body, content: [body.content[0]!, figure("A harbour at dawn")] } });
    expect(published.status).toBe("PUBLISHED");
  });

  it("sets a featured image only for people who may edit the article, and needs its alt text to publish", async () => {
    const { saveArticle } = await import("@/lib/articles/save-article");
    const { setFeaturedImage } = await import("@/lib/media/set-featured-image");
    const { getFeaturedImage } = await import("@/lib/media/get-featured-image");
    const editor = await makeUser("EDITOR");
    const otherReporter = await makeUser("REPORTER");
    const media = await uploadMedia(editor, await makePng(800, 400), "lead.png");
    const input = articleInput({ headline: `Featured ${uniqueSuffix()}`, standfirst: "", body: { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text: "Words." }] }] }, tags: [], intent: "save" });
    const draft = await saveArticle(editor, input);
    await expect(setFeaturedImage(otherReporter, draft.id, media.id)).rejects.toThrow("Your role does not allow changing this article.");
    await setFeaturedImage(editor, draft.id, media.id);
    expect((await getFeaturedImage(draft.id))?.srcSet).toMatch(/320\.png 320w, .*800\.png 800w$/);
    await expect(saveArticle(editor, { ...input, id: draft.id, version: draft.version, intent: "publish" })).rejects.toThrow("The featured image has no alt text");
    await updateMedia(editor, media.id, { alt: "The lead picture", caption: "", credit: "" });
    expect((await saveArticle(editor, { ...input, id: draft.id, version: draft.version, intent: "publish" })).status).toBe("PUBLISHED");
    expect((await findMediaUsage(media.id)).articles.map((a) => a.how)).toEqual(["featured"]);
  });
});
