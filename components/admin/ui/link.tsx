"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The newsroom's link: Next's client-side navigation, without automatic prefetching.
 * Every newsroom page is dynamic (signed in, read at request time), and Next's default
 * prefetch asked the server for each link's page as the link came into view: opening the
 * article list as an admin sent 30 prefetches (15 routes, twice), and a view cost the
 * server about 230 ms of CPU where it now costs about 30 (docs/writing-desk.md, "Fourth
 * pass"). A click now asks for the page it opens, once.
 * tests/unit/layering.test.ts keeps newsroom code on this link.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
