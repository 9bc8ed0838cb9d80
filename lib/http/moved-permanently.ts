/** A permanent move (old article slug, renamed or merged tag). */
export function movedPermanentlyResponse(path: string): Response {
  return new Response(null, { status: 301, headers: { Location: path } });
}
