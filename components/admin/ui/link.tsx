"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The newsroom's link: Next's client-side navigation, without automatic prefetching.
 * Every newsroom page is dynamic (signed in, read at request time), and Next's default
 * prefetch asked the server for each link's page as the link came into view: opening the
 * article list sent 29 prefetch requests (the navigation and the page's links, twice),
 * about 260 ms of the server's CPU against 12 ms for the list itself
 * (docs/writing-desk.md, "Fourth pass"). A click now asks for the page it opens, once.
 * tests/unit/layering.test.ts keeps newsroom code on this link.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
