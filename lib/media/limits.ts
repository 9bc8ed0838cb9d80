export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 50_000_000;
// An animation is decoded frame by frame into one tall image: its budget is the same
// 50 megapixels, counted across all frames (width × height × frames), and at most 1,000
// frames (each frame costs work of its own, however small).
export const MAX_ANIMATION_PIXELS = MAX_PIXELS;
export const MAX_FRAMES = 1_000;
// Responsive widths; an image is never enlarged, so smaller ones get fewer.
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920, 2560] as const;
export const ACCEPTED_TYPES_TEXT = "JPEG, PNG, WebP, AVIF or GIF";
