// Decides what a file is from its first bytes, never from its name or declared type.
import type { ImageFormat } from "./media-url";

export type Detection = { ok: true; format: ImageFormat } | { ok: false; reason: "svg" | "unknown" };

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

export function detectImageType(bytes: Uint8Array): Detection {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ok: true, format: "jpeg" };
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return { ok: true, format: "png" };
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a")) return { ok: true, format: "gif" };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return { ok: true, format: "webp" };
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === "ftyp") {
    // ISO-BMFF: the major brand, then compatible brands up to the box's size.
    const boxSize = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!);
    const brands = [ascii(bytes, 8, 4)];
    for (let i = 16; i + 4 <= boxSize; i += 4) brands.push(ascii(bytes, i, 4));
    if (brands.includes("avif") || brands.includes("avis")) return { ok: true, format: "avif" };
  }
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024)).toLowerCase();
  if (head.includes("<svg")) return { ok: false, reason: "svg" };
  return { ok: false, reason: "unknown" };
}
