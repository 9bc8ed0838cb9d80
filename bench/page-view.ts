// A newsroom page as a browser opens it: autocannon asks for the page's HTML alone, but a
// browser also runs the page's script, and whatever that asks the server for (Next's link
// prefetches, say) costs the server as much as the page. This opens the page in Chromium
// (CHROMIUM_PATH, read by bench/run.ts) again and again with the bench's
// session cookie and counts, per view, the requests that reached the server (static files
// aside: they are immutable and come from the browser's cache after the first view) and
// the server process's CPU time (all its threads), less what it spends idle meanwhile.
import { readdirSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

export type PageViewResult = { page: string; views: number; requests: number; prefetches: number; medianMs: number; meanMs: number };

const STATIC_PREFIX = "/_next/static/";
const QUIET_MS = 1_000;

/** CPU time of every thread of the process so far (the JS thread, libuv's pool, GC helpers), in ms. */
function readCpuMs(pid: number): number {
  let nanoseconds = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // a thread that ended meanwhile
    }
  }
  return nanoseconds / 1e6;
}

// Each view's own CPU time, less the idle rate over its duration. A view now and then
// meets a major garbage collection of the server's heap (hundreds of MB after the bench's
// other pages), so the median is the typical view and the mean includes those.
export async function measurePageViews(label: string, url: string, options: { executable: string; pid: number; cookie: { name: string; value: string }; views: number; warmUp?: number }): Promise<PageViewResult> {
  const browser = await chromium.launch({ executablePath: options.executable });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ ...options.cookie, url: new URL(url).origin }]);
    let requests = 0;
    let prefetches = 0;
    const view = async () => {
      const page = await context.newPage();
      // Settled: no new request for a second after the load event. (Not Playwright's
      // "networkidle": a prefetch that never finished its response kept that from coming.)
      let quiet = () => {};
      let timer: NodeJS.Timeout | undefined;
      const settled = new Promise<void>((resolve) => (quiet = resolve));
      const restartQuiet = () => {
        clearTimeout(timer);
        timer = setTimeout(quiet, QUIET_MS);
      };
      page.on("request", (request) => {
        restartQuiet();
        if (new URL(request.url()).pathname.startsWith(STATIC_PREFIX)) return;
        requests += 1;
        if (request.headers()["next-router-prefetch"]) prefetches += 1;
      });
      const response = await page.goto(url);
      if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()} in the browser.`);
      restartQuiet();
      await settled;
      await page.close();
    };
    for (let i = 0; i < (options.warmUp ?? 3); i += 1) await view();

    // What the server spends doing nothing (its job workers' polling), to take off each view.
    const idleStart = readCpuMs(options.pid);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const idleMsPerSecond = (readCpuMs(options.pid) - idleStart) / 3;

    requests = 0;
    prefetches = 0;
    const each: number[] = [];
    for (let i = 0; i < options.views; i += 1) {
      const started = performance.now();
      const cpuStart = readCpuMs(options.pid);
      await view();
      each.push(Math.max(0, readCpuMs(options.pid) - cpuStart - (idleMsPerSecond * (performance.now() - started)) / 1000));
    }
    const sorted = [...each].sort((a, b) => a - b);
    const medianMs = sorted[Math.floor(sorted.length / 2)]!;
    const meanMs = each.reduce((sum, ms) => sum + ms, 0) / each.length;
    const result = { page: label, views: options.views, requests: requests / options.views, prefetches: prefetches / options.views, medianMs, meanMs };
    console.log(`  ${label}: ${result.requests} requests a view (${result.prefetches} prefetches), server CPU a view ${medianMs.toFixed(1)} ms median, ${meanMs.toFixed(1)} ms mean`);
    return result;
  } finally {
    await browser.close();
  }
}

export function formatPageViews(results: PageViewResult[]): string {
  return [
    "| page, opened in Chromium (signed in) | views | requests to the server a view (static files aside) | of them prefetches | server CPU a view, median | mean |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...results.map((r) => `| ${r.page} | ${r.views} | ${r.requests} | ${r.prefetches} | ${r.medianMs.toFixed(1)} ms | ${r.meanMs.toFixed(1)} ms |`),
  ].join("\n");
}
