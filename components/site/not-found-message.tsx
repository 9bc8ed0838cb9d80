import Link from "next/link";

// What a reader sees for an address that does not exist: the (site) not-found boundary
// and the copy the proxy serves for unknown article slugs say the same.
export function NotFoundMessage() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">This page does not exist or is no longer published.</p>
      <p className="mt-4"><Link href="/" className="underline">Go to the front page</Link></p>
    </div>
  );
}
