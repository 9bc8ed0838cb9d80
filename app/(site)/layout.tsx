import Link from "next/link";
import type { ReactNode } from "react";
import { siteName } from "@/lib/site";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:bg-white focus:px-3 focus:py-2 focus:text-black">
        Skip to content
      </a>
      <header className="border-b-4 border-double border-neutral-900 dark:border-neutral-200">
        <div className="mx-auto flex max-w-5xl items-baseline justify-between gap-4 px-4 py-5">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            {siteName()}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-neutral-300 px-4 py-6 text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
        © {new Date().getFullYear()} {siteName()}
      </footer>
    </>
  );
}
