import "server-only";
import sharp, { type Metadata, type Sharp } from "sharp";
import { AppError } from "@/lib/errors";
import { detectImageType } from "@/lib/media/detect-image-type";
import { EXTENSION, type ImageFormat } from "@/lib/media/media-url";
import { ACCEPTED_TYPES_TEXT, MAX_ANIMATION_PIXELS, MAX_FRAMES, MAX_PIXELS, MAX_UPLOAD_BYTES, VARIANT_WIDTHS } from "@/lib/media/limits";

export type Variant = { width: number; ext: string; data: Buffer };
export type ProcessedImage = { format: ImageFormat; width: number; height: number; widths: number[]; variants: Variant[] };

const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: "jpeg", png: "png", webp: "webp", avif: "heif", gif: "gif" };

function refuse(message: string): never {
  throw new AppError("VALIDATION", message, { file: [message] });
}

// Checks the bytes, then re-encodes. Every refusal happens before anything is stored.
export async function processImage(data: Buffer): Promise<ProcessedImage> {
  if (data.length === 0) refuse("The file is empty.");
  if (data.length > MAX_UPLOAD_BYTES) refuse(`The file is ${formatMb(data.length)}; images can be at most 20 MB.`);
  const detected = detectImageType(data);
  if (!detected.ok) {
    refuse(
      detected.reason === "svg"
        ? "SVG files are not accepted: they can carry scripts. Export the graphic as PNG and upload that."
        : `This file is not a ${ACCEPTED_TYPES_TEXT} image, whatever its name says. Export it in one of those formats.`,
    );
  }
  const format = detected.format;
  const animated = format === "gif" || format === "webp";
  // limitInputPixels makes sharp refuse oversized images from their header, before decoding.
  const input = () => sharp(data, { limitInputPixels: MAX_PIXELS, animated, failOn: "error" });
  let meta: Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    refuse(`This file looks like ${format.toUpperCase()} but cannot be read; it may be damaged. Export it again.`);
  }
  if (meta.format !== SHARP_FORMAT[format]) refuse(`This file is not a ${ACCEPTED_TYPES_TEXT} image, whatever its name says.`);
  const frameHeight = meta.pageHeight ?? meta.height ?? 0;
  const width = meta.width ?? 0;
  const orientedSwap = (meta.orientation ?? 1) >= 5;
  if (!width || !frameHeight) refuse("This image has no size; it may be damaged.");
  const pixels = width * (meta.height ?? frameHeight);
  if (pixels > MAX_PIXELS) {
    refuse(`This image is ${width.toLocaleString("en-GB")} × ${(meta.height ?? frameHeight).toLocaleString("en-GB")} pixels (${Math.round(pixels / 1e6)} megapixels); the limit is 50 megapixels. Resize it first.`);
  }
  assertAnimationWithinLimits(width, frameHeight, meta.pages ?? 1);
  const outWidth = orientedSwap ? frameHeight : width;
  const outHeight = orientedSwap ? width : frameHeight;
  const widths = [...VARIANT_WIDTHS.filter((w) => w < outWidth), Math.min(outWidth, VARIANT_WIDTHS.at(-1)!)];
  const unique = [...new Set(widths)].sort((a, b) => a - b);
  const variants: Variant[] = [];
  try {
    for (const w of unique) {
      // rotate() applies the EXIF orientation; sharp writes no metadata (EXIF, GPS, XMP) unless asked.
      const base = () => input().rotate().resize({ width: w, withoutEnlargement: true });
      variants.push({ width: w, ext: "webp", data: await base().webp({ quality: 80 }).toBuffer() });
      if (format !== "webp") variants.push({ width: w, ext: EXTENSION[format], data: await encodeOriginal(base(), format) });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse(`This ${format.toUpperCase()} image could not be processed; it may be damaged. Export it again.`);
  }
  return { format, width: outWidth, height: outHeight, widths: unique, variants };
}

// A small file can hold many large frames (GIF and WebP store only what changes), and
// every frame is decoded in full: the header's frame count decides, before any decoding.
function assertAnimationWithinLimits(width: number, frameHeight: number, frames: number): void {
  if (frames <= 1) return;
  if (frames > MAX_FRAMES) refuse(`This animation has ${frames.toLocaleString("en-GB")} frames; the limit is ${MAX_FRAMES.toLocaleString("en-GB")}. Shorten it or upload a still image.`);
  const total = width * frameHeight * frames;
  if (total > MAX_ANIMATION_PIXELS) {
    refuse(
      `This animation has ${frames.toLocaleString("en-GB")} frames of ${width.toLocaleString("en-GB")} × ${frameHeight.toLocaleString("en-GB")} pixels ` +
        `(${Math.round(total / 1e6)} megapixels in all); the limit is ${Math.round(MAX_ANIMATION_PIXELS / 1e6)} megapixels across all frames. Make it smaller or shorter.`,
    );
  }
}

function encodeOriginal(pipeline: Sharp, format: ImageFormat): Promise<Buffer> {
  switch (format) {
    case "jpeg":
      return pipeline.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
    case "png":
      return pipeline.png({ compressionLevel: 9 }).toBuffer();
    case "avif":
      return pipeline.avif({ quality: 55, effort: 2 }).toBuffer();
    case "gif":
      return pipeline.gif().toBuffer();
    case "webp":
      return pipeline.webp({ quality: 80 }).toBuffer();
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
