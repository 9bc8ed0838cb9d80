import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";

// The site's not-found page as a page of its own, rendered in full on the server (a
// notFound() thrown by a page renders its body only in the browser). Readers never get
// it from here: the proxy answers unknown article slugs, and this address itself, with
// a copy of it and status 404 (lib/http/not-found-copy.ts). Rendered per request so
// the copy follows the running server's settings, not the build's.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function PageNotFound() {
  return <NotFoundMessage />;
}
