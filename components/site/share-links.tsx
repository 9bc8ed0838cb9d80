/** @jsxImportSource @/lib/html */
// Plain links to each service's share page: no third-party script, no tracking pixel,
// and they work without JavaScript.
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: "Email", href: `mailto:?subject=${t}&body=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "Bluesky", href: `https://bsky.app/intent/compose?text=${t}%20${u}` },
  ];
  return (
    <nav aria-label="Share this article" className="mt-8 print:hidden">
      <h2 className="text-sm font-semibold">Share</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li>
            <a href={link.href} rel="noopener noreferrer nofollow" target={link.name === "Email" ? undefined : "_blank"} className="inline-block rounded border border-neutral-400 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800">
              {link.name}
              {link.name === "Email" ? null : <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
