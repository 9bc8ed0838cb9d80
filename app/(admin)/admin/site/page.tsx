import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Forbidden } from "@/components/admin/forbidden";
import { readSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { getSiteIdentitySettings } from "@/lib/site-chrome/save-site-chrome";
import { settings } from "@/lib/settings";
import { IdentityForm } from "./identity-form";
import { setSiteIdentityAction } from "./actions";

export const metadata: Metadata = { title: "Site identity" };

export default async function SiteIdentityPage() {
  const user = await requireUser("/admin/site");
  if (!can(user, "site.manage")) return <Forbidden what="Only admins change the site's name, logo and icon." />;
  const [stored, chrome] = await Promise.all([getSiteIdentitySettings(), readSiteChrome()]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Site identity</h1>
      <p className="mb-6 max-w-2xl text-sm text-neutral-700 dark:text-neutral-300">
        The name and logo in every page&apos;s masthead and in search engines&apos; publisher data, and the icon browsers show in tabs and on home screens.
      </p>
      <IdentityForm
        name={stored.name ?? ""}
        defaultName={settings().SITE_NAME}
        logo={stored.logoId && chrome.logo ? { id: stored.logoId, src: chrome.logo.src } : null}
        icon={stored.iconId && chrome.icon ? { id: stored.iconId, src: `/apple-touch-icon.png?v=${chrome.identityVersion}` } : null}
        setSiteIdentityAction={setSiteIdentityAction}
      />
    </>
  );
}
