import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getClientIp } from "@/lib/http/client-ip";
import { isSameOrigin } from "@/lib/http/same-origin";
import { parseFormBody, readLimitedBody, refuseBodyByHeaders } from "@/lib/http/read-limited-body";
import { isAppError, toPublicMessage } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/media/limits";
import { imageSources } from "@/lib/media/media-url";
import { uploadMedia } from "@/lib/media/upload-media";
import { consumeUploadAllowance, uploadLimitMessage } from "@/lib/media/upload-allowance";

// Multipart carries a little framing around the file; allow for it.
const MULTIPART_FRAMING = 64 * 1024;

// Uploads an image. The editor and the library send the file as the raw body (so the
// browser can report progress) with its name in X-File-Name; a plain HTML form sends
// multipart. Either way the type is decided from the bytes, never from the name.
export async function POST(request: Request): Promise<Response> {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
    wantsJson
      ? NextResponse.json({ message }, { status, headers: { "Cache-Control": "no-store", ...headers } })
      : NextResponse.redirect(new URL(`/admin/media?error=${uploadErrorCode(status, message)}`, request.url), 303);

  if (!isSameOrigin(request)) return fail(403, "This upload came from another site.");
  const user = await getCurrentUser();
  if (!user) return fail(401, "Your session has ended. Sign in again, then upload the image.");
  // Counted before the body is read: a refused upload costs no reading and no decoding.
  const allowance = await consumeUploadAllowance(user.id);
  if (allowance.limited) return fail(429, uploadLimitMessage(allowance.retryAfterSeconds), { "Retry-After": String(allowance.retryAfterSeconds) });

  const tooLarge = `The file is larger than 20 MB. Resize or compress it, then upload it again.`;
  // Browsers declare the size of a file they send; a body of unknown length (chunked) is
  // refused before it is read, and a declared size over the limit too.
  const limit = MAX_UPLOAD_BYTES + MULTIPART_FRAMING;
  const refusal = refuseBodyByHeaders(request.headers, limit);
  if (refusal) return fail(refusal.status, refusal.status === 413 ? tooLarge : refusal.message);
  let data: Buffer | null;
  let fileName: string;
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    // The form is parsed only once read, so it is read up to the limit and no further.
    const body = await readLimitedBody(request, limit);
    if (!body) return fail(413, tooLarge);
    const form = await parseFormBody(body, contentType);
    const file = form?.get("file");
    if (!file || typeof file === "string") return fail(422, "Choose an image file to upload.");
    if (file.size > MAX_UPLOAD_BYTES) return fail(413, tooLarge);
    data = Buffer.from(await file.arrayBuffer());
    fileName = file.name;
  } else {
    data = await readLimitedBody(request, MAX_UPLOAD_BYTES);
    if (!data) return fail(413, tooLarge);
    fileName = safeDecode(request.headers.get("x-file-name")) || "image";
  }

  try {
    const media = await uploadMedia(user, data, fileName, {}, await getClientIp());
    if (!wantsJson) return NextResponse.redirect(new URL(`/admin/media/${media.id}?done=uploaded`, request.url), 303);
    return NextResponse.json({ ...media, ...imageSources(media) }, { status: 201 });
  } catch (error) {
    if (!isAppError(error)) console.error("Upload failed", error);
    return fail(isAppError(error) ? (error.code === "VALIDATION" ? 422 : error.status) : 500, toPublicMessage(error).replace("Your changes were not saved", "The image was not saved"));
  }
}

function safeDecode(value: string | null): string {
  try {
    return decodeURIComponent(value ?? "");
  } catch {
    return value ?? "";
  }
}

// Without JavaScript the message travels back in the address, as a code the page turns
// into its own text: a crafted link cannot put words on an admin page.
function uploadErrorCode(status: number, message: string): string {
  if (status === 413 || message.includes("20 MB")) return "size";
  if (message.startsWith("SVG")) return "svg";
  if (message.includes("megapixels")) return "pixels";
  if (message.includes("whatever its name says") || message.includes("not a JPEG")) return "type";
  if (status === 401) return "session";
  if (status === 429) return "rate";
  return "failed";
}
