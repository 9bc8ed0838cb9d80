import { Link } from "@/components/admin/ui/link";
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
// Its look is in app/globals.css (.admin-shell and what follows): every admin page sends
// this header twice (HTML and React payload), so it carries a few class names, not dozens.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/admin");
  // The site name an admin set (issue 13); the unread mentions beside "Inbox" (issue 17).
  const [, unread] = await Promise.all([loadSiteChrome(), countUnreadMentions(user.id)]);
  return (
    <div className="admin-shell">
      <a href="#main" className="admin-skip">
        Skip to content
      </a>
      <header className="admin-header">
        <div>
          <nav aria-label="Admin" className="admin-nav">
            <Link href="/admin" className="font-serif text-xl font-bold">{siteName()}</Link>
            <Link href="/admin">Articles</Link>
            <Link href="/admin/inbox">
              Inbox{" "}
              {unread ? (
                <span className="ml-1 rounded-full bg-sky-700 px-1.5 text-xs font-semibold text-white">
                  {unread}
                  <span className="sr-only"> unread</span>
                </span>
              ) : null}
            </Link>
            <Link href="/admin/media">Media</Link>
            {can(user, "tag.manage") ? <Link href="/admin/tags">Tags</Link> : null}
            {can(user, "front.edit") ? <Link href="/admin/fronts">Fronts</Link> : null}
            {can(user, "section.manage") ? <Link href="/admin/sections">Sections</Link> : null}
            {can(user, "user.manage") ? <Link href="/admin/users">Staff</Link> : null}
            {can(user, "audit.view") ? <Link href="/admin/audit">Audit log</Link> : null}
            {can(user, "webhook.manage") ? <Link href="/admin/webhooks">Webhooks</Link> : null}
            {can(user, "api_key.manage") ? <Link href="/admin/api-keys">API keys</Link> : null}
            {can(user, "banner.manage") ? <Link href="/admin/site/banner">Banner</Link> : null}
            {can(user, "site.manage") ? <Link href="/admin/site">Site</Link> : null}
            <Link href="/">View site</Link>
          </nav>
          <div className="admin-user">
            <Link href="/admin/profile">
              {user.name} <span>({user.role.toLowerCase()})</span>
            </Link>
            <form action={signOutAction}>
              <button type="submit">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="admin-main">
        {children}
      </main>
    </div>
  );
}
