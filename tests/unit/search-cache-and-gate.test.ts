import { describe, expect, it } from "vitest";
import { runGatedSearch, SEARCH_BUSY_MESSAGE } from "@/lib/search/search-gate";
import { clearSearchCache, readThroughSearchCache } from "@/lib/search/search-results-cache";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const fresh = <T>(value: T) => ({ value, validUntil: null });

describe("reader search cache", () => {
  it("identical searches in flight share one read, and later ones reuse its answer", async () => {
    clearSearchCache();
    let reads = 0;
    const pending = deferred<string>();
    const read = () => {
      reads += 1;
      return pending.promise.then(fresh);
    };
    const first = readThroughSearchCache("1\nceasefire", read);
    const second = readThroughSearchCache("1\nceasefire", read);
    pending.resolve("answer");
    expect(await first).toBe("answer");
    expect(await second).toBe("answer");
    expect(await readThroughSearchCache("1\nceasefire", read)).toBe("answer");
    expect(reads).toBe(1);
    // Another page or other words are another search.
    await readThroughSearchCache("2\nceasefire", async () => fresh("page two"));
    expect(await readThroughSearchCache("1\ntalks", async () => fresh("talks"))).toBe("talks");
  });

  it("forgets everything when public pages change, and answers older than a minute", async () => {
    clearSearchCache();
    await readThroughSearchCache("1\ndoha", async () => fresh("before the publish"), 0);
    clearSearchCache();
    expect(await readThroughSearchCache("1\ndoha", async () => fresh("after the publish"), 1)).toBe("after the publish");
    expect(await readThroughSearchCache("1\ndoha", async () => fresh("unused"), 59_000)).toBe("after the publish");
    expect(await readThroughSearchCache("1\ndoha", async () => fresh("a minute later"), 61_000)).toBe("a minute later");
  });

  it("a search that was in flight when pages changed does not serve readers afterwards", async () => {
    clearSearchCache();
    const pending = deferred<string>();
    const stale = readThroughSearchCache("1\nvote", () => pending.promise.then(fresh));
    clearSearchCache();
    pending.resolve("stale");
    expect(await stale).toBe("stale");
    expect(await readThroughSearchCache("1\nvote", async () => fresh("fresh"))).toBe("fresh");
  });

  it("an answer ends when the next scheduled article is due", async () => {
    clearSearchCache();
    await readThroughSearchCache("1\nembargo", async () => ({ value: "before", validUntil: 10_000 }), 0);
    expect(await readThroughSearchCache("1\nembargo", async () => fresh("unused"), 9_999)).toBe("before");
    expect(await readThroughSearchCache("1\nembargo", async () => fresh("after"), 10_000)).toBe("after");
  });

  it("does not remember a failed search", async () => {
    clearSearchCache();
    await expect(readThroughSearchCache("1\nerror", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await readThroughSearchCache("1\nerror", async () => fresh("recovered"))).toBe("recovered");
  });

  it("keeps at most 500 searches, dropping the least recently used", async () => {
    clearSearchCache();
    await readThroughSearchCache("keep", async () => fresh("kept"));
    for (let i = 0; i < 600; i += 1) {
      await readThroughSearchCache(`word ${i}`, async () => fresh(i));
      if (i % 100 === 0) await readThroughSearchCache("keep", async () => fresh("re-read"));
    }
    expect(await readThroughSearchCache("keep", async () => fresh("re-read"))).toBe("kept");
    expect(await readThroughSearchCache("word 0", async () => fresh("read again"))).toBe("read again");
  });
});

describe("reader search gate", () => {
  it("runs at most sixteen searches at once and queues the next sixty-four in order", async () => {
    const releases = Array.from({ length: 80 }, () => deferred<void>());
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const searches = releases.map((release, i) =>
      runGatedSearch(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(i);
        await release.promise;
        running -= 1;
        return i;
      }),
    );
    await Promise.resolve();
    expect(running).toBe(16);
    // One more than the queue holds is turned away with a message a reader can act on.
    await expect(runGatedSearch(async () => "too many")).rejects.toMatchObject({ code: "UNAVAILABLE", message: SEARCH_BUSY_MESSAGE });
    for (const release of releases) release.resolve();
    expect(await Promise.all(searches)).toEqual(releases.map((_, i) => i));
    expect(most).toBe(16);
    expect(order).toEqual(releases.map((_, i) => i));
    // Every slot came back: the next search runs at once.
    expect(await runGatedSearch(async () => "after")).toBe("after");
  });

  it("a failing search gives its slot back", async () => {
    for (let i = 0; i < 10; i += 1) await expect(runGatedSearch(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => runGatedSearch(async () => i)));
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
