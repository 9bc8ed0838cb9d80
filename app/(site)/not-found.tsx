import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">This page does not exist or is no longer published.</p>
      <p className="mt-4"><Link href="/" className="underline">Go to the front page</Link></p>
    </div>
  );
}
