import { loadSectionAddress } from "../load-section-page";

// /sections/<path>, /sections/<path>/page/<n> and /sections/<path>/feed.xml (a section's
// path has one to three segments: world, world/asia). Cached (ISR) on first request like
// every reader page; see docs/sections-and-fronts.md.
export const revalidate = 600;
export function generateStaticParams(): { path: string[] }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  return loadSectionAddress((await params).path);
}
