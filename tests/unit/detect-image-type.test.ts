import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectImageType } from "@/lib/media/detect-image-type";
import { HTML_FILE, SVG_WITH_SCRIPT, PASSWD_FILE } from "../support/images";

const base = () => sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } });

describe("image type from the bytes", () => {
  it.each([
    ["jpeg", () => base().jpeg().toBuffer()],
    ["png", () => base().png().toBuffer()],
    ["webp", () => base().webp().toBuffer()],
    ["avif", () => base().avif().toBuffer()],
    ["gif", () => base().gif().toBuffer()],
  ] as const)("recognises %s", async (format, make) => {
    expect(detectImageType(await make())).toEqual({ ok: true, format });
  });

  it("refuses SVG by name and anything else as unknown", () => {
    expect(detectImageType(SVG_WITH_SCRIPT)).toEqual({ ok: false, reason: "svg" });
    expect(detectImageType(HTML_FILE)).toEqual({ ok: false, reason: "unknown" });
    expect(detectImageType(PASSWD_FILE)).toEqual({ ok: false, reason: "unknown" });
    expect(detectImageType(new Uint8Array())).toEqual({ ok: false, reason: "unknown" });
  });
});
