import Link from "next/link";
import type { ReactNode } from "react";
import { siteName } from "@/lib/site";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">Skip to content</a>
      <header className="border-b-4 border-double border-neutral-900 dark:border-neutral-200">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-5">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            {siteName()}
          </Link>
          <form action="/search" method="get" role="search" className="flex gap-2 print:hidden">
            <label htmlFor="site-search" className="sr-only">Search articles</label>
            <input id="site-search" name="q" type="search" maxLength={200} placeholder="Search" className="w-36 rounded border border-neutral-500 bg-white px-2 py-1 text-sm sm:w-56 dark:bg-neutral-900" />
            <button type="submit" className="rounded border border-neutral-900 px-3 py-1 text-sm font-semibold dark:border-neutral-200">Search</button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 border-t border-neutral-300 px-4 py-6 text-sm text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
        <p>© {new Date().getFullYear()} {siteName()}</p>
        <ul className="flex gap-4 print:hidden">
          <li><Link href="/search" className="underline">Search</Link></li>
          <li><a href="/feed.xml" className="underline">RSS feed</a></li>
        </ul>
      </footer>
    </>
  );
}
