import Link from "next/link";
import type { ReactNode } from "react";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { siteName } from "@/lib/site";
import { loadSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { signOutAction } from "./sign-out-action";
import { countUnreadMentions } from "@/lib/comments/inbox";

export const metadata: Metadata = { robots: { index: false } };

// Hides the admin from anonymous visitors; each page and action still checks for itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/admin");
  // The site name an admin set (issue 13); the unread mentions beside "Inbox" (issue 17).
  const [, unread] = await Promise.all([loadSiteChrome(), countUnreadMentions(user.id)]);
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:bg-white focus:px-3 focus:py-2 focus:text-black">
        Skip to content
      </a>
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label="Admin" className="flex items-center gap-5">
            <Link href="/admin" className="font-serif text-xl font-bold">{siteName()}</Link>
            <Link href="/admin" className="text-sm hover:underline">Articles</Link>
            <Link href="/admin/inbox" className="text-sm hover:underline">
              Inbox{" "}
              {unread ? (
                <span className="ml-1 rounded-full bg-sky-700 px-1.5 text-xs font-semibold text-white">
                  {unread}
                  <span className="sr-only"> unread</span>
                </span>
              ) : null}
            </Link>
            <Link href="/admin/media" className="text-sm hover:underline">Media</Link>
            {can(user, "tag.manage") ? <Link href="/admin/tags" className="text-sm hover:underline">Tags</Link> : null}
            {can(user, "front.edit") ? <Link href="/admin/fronts" className="text-sm hover:underline">Fronts</Link> : null}
            {can(user, "section.manage") ? <Link href="/admin/sections" className="text-sm hover:underline">Sections</Link> : null}
            {can(user, "user.manage") ? <Link href="/admin/users" className="text-sm hover:underline">Staff</Link> : null}
            {can(user, "audit.view") ? <Link href="/admin/audit" className="text-sm hover:underline">Audit log</Link> : null}
            {can(user, "webhook.manage") ? <Link href="/admin/webhooks" className="text-sm hover:underline">Webhooks</Link> : null}
            {can(user, "api_key.manage") ? <Link href="/admin/api-keys" className="text-sm hover:underline">API keys</Link> : null}
            {can(user, "banner.manage") ? <Link href="/admin/site/banner" className="text-sm hover:underline">Banner</Link> : null}
            {can(user, "site.manage") ? <Link href="/admin/site" className="text-sm hover:underline">Site</Link> : null}
            <Link href="/" className="text-sm hover:underline">View site</Link>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <Link href="/admin/profile" className="hover:underline">
              {user.name} <span className="text-neutral-600 dark:text-neutral-400">({user.role.toLowerCase()})</span>
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-neutral-300 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
