import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { refuseBodyByHeaders } from "@/lib/http/read-limited-body";

// Auth.js's own POSTs (sign-in callback, sign-out, CSRF-protected forms) are small forms;
// Auth.js reads the whole body, so its size is checked from the headers first (a chunked
// body, or one over the limit, is never read). The same limit as /login/submit.
const AUTH_BODY_LIMIT = 8 * 1024;

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  const refusal = refuseBodyByHeaders(request.headers, AUTH_BODY_LIMIT);
  if (refusal) return NextResponse.json({ message: refusal.message }, { status: refusal.status, headers: { "Cache-Control": "no-store" } });
  return handlers.POST(request);
}
