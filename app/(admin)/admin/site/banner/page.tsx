import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Forbidden } from "@/components/admin/forbidden";
import { readSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { bannerAt } from "@/lib/site-chrome/types";
import { dateToZonedLocal } from "@/lib/articles/zoned-time";
import { siteTimeZone } from "@/lib/site";
import { BannerForm } from "./banner-form";
import { clearBannerAction, setBannerAction } from "../actions";

export const metadata: Metadata = { title: "Breaking-news banner" };

export default async function BannerPage() {
  const user = await requireUser("/admin/site/banner");
  if (!can(user, "banner.manage")) return <Forbidden what="Only editors and admins set the breaking-news banner." />;
  const now = new Date();
  const chrome = await readSiteChrome();
  const shown = bannerAt(chrome, now);
  const stored = chrome.banner;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Breaking-news banner</h1>
      <p className="mb-6 max-w-2xl text-sm text-neutral-700 dark:text-neutral-300">
        One short line across the top of every reader page, within a second of saving. With an end time it comes down by itself at that moment.
      </p>
      <BannerForm
        current={stored ? { text: stored.text, href: stored.href, style: stored.style, endsAt: stored.endsAt ? dateToZonedLocal(stored.endsAt, siteTimeZone()) : "" } : null}
        showing={shown !== null}
        ended={stored !== null && shown === null}
        timeZone={siteTimeZone()}
        setBannerAction={setBannerAction}
        clearBannerAction={clearBannerAction}
      />
    </>
  );
}
