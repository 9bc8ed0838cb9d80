export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 50_000_000;
// Responsive widths; an image is never enlarged, so smaller ones get fewer.
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920, 2560] as const;
export const ACCEPTED_TYPES_TEXT = "JPEG, PNG, WebP, AVIF or GIF";
