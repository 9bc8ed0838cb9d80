import { describe, expect, it } from "vitest";
import { PROVIDERS, parseEmbedUrl, playerOrigin, type EmbedProvider } from "@/lib/content/embeds/providers";

// Every address shape each provider accepts: what is stored, the original page (the
// no-script link) and the player the renderer builds from the stored parts alone.
const ACCEPTED: Array<[string, EmbedProvider, Record<string, string>, string]> = [
  ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", { video: "dQw4w9WgXcQ" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ["https://youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s", "youtube", { video: "dQw4w9WgXcQ", start: "90" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90"],
  ["https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", "youtube", { video: "dQw4w9WgXcQ" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ["https://youtu.be/dQw4w9WgXcQ?t=42", "youtube", { video: "dQw4w9WgXcQ", start: "42" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42"],
  ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", { video: "dQw4w9WgXcQ" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ["https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", { video: "dQw4w9WgXcQ" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "youtube", { video: "dQw4w9WgXcQ" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ["https://www.youtube.com/live/dQw4w9WgXcQ", "youtube", { video: "dQw4w9WgXcQ" }, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ["https://vimeo.com/76979871", "vimeo", { video: "76979871" }, "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"],
  ["https://vimeo.com/76979871/abcdef1234", "vimeo", { video: "76979871", hash: "abcdef1234" }, "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=abcdef1234"],
  ["https://vimeo.com/channels/staffpicks/76979871", "vimeo", { video: "76979871" }, "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"],
  ["https://player.vimeo.com/video/76979871", "vimeo", { video: "76979871" }, "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"],
  ["https://x.com/Reuters/status/1234567890123456789", "x", { user: "Reuters", status: "1234567890123456789" }, "https://platform.twitter.com/embed/Tweet.html?id=1234567890123456789&dnt=true"],
  ["https://twitter.com/AP/status/20?s=20", "x", { user: "AP", status: "20" }, "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true"],
  ["https://mobile.twitter.com/AP/status/20", "x", { user: "AP", status: "20" }, "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true"],
  ["https://bsky.app/profile/bsky.app/post/3l6oveex3ii2l", "bluesky", { author: "bsky.app", post: "3l6oveex3ii2l" }, "https://embed.bsky.app/embed/bsky.app/app.bsky.feed.post/3l6oveex3ii2l"],
  ["https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l", "bluesky", { author: "did:plc:z72i7hdynmk6r22z27h6tvur", post: "3l6oveex3ii2l" }, "https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l"],
  ["https://mastodon.social/@Gargron/109376954089397563", "mastodon", { instance: "mastodon.social", user: "Gargron", status: "109376954089397563" }, "https://mastodon.social/@Gargron/109376954089397563/embed"],
  ["https://journa.host/users/editor/statuses/111", "mastodon", { instance: "journa.host", user: "editor", status: "111" }, "https://journa.host/@editor/111/embed"],
  ["https://www.instagram.com/p/C1a2B3c4D5e/", "instagram", { type: "p", code: "C1a2B3c4D5e" }, "https://www.instagram.com/p/C1a2B3c4D5e/embed/"],
  ["https://instagram.com/reel/C1a2B3c4D5e?igsh=x", "instagram", { type: "reel", code: "C1a2B3c4D5e" }, "https://www.instagram.com/reel/C1a2B3c4D5e/embed/"],
  ["https://www.tiktok.com/@scout2015/video/6718335390845095173", "tiktok", { user: "scout2015", video: "6718335390845095173" }, "https://www.tiktok.com/embed/v2/6718335390845095173"],
  ["https://www.facebook.com/nytimes/posts/10151234567890", "facebook", { type: "post", page: "nytimes", id: "10151234567890" }, "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fnytimes%2Fposts%2F10151234567890"],
  ["https://www.facebook.com/nytimes/videos/987654321/", "facebook", { type: "video", page: "nytimes", id: "987654321" }, "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fnytimes%2Fvideos%2F987654321"],
  ["https://www.facebook.com/watch/?v=987654321", "facebook", { type: "video", page: "watch", id: "987654321" }, "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D987654321"],
  ["https://soundcloud.com/forss/flickermood", "soundcloud", { user: "forss", track: "flickermood" }, "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood&auto_play=true"],
  ["https://soundcloud.com/forss/sets/soulhack", "soundcloud", { user: "forss", set: "soulhack" }, "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fsets%2Fsoulhack&auto_play=true"],
  ["https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk", "spotify", { type: "episode", id: "4rOoJ6Egrf8K2IrywzwOMk" }, "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk"],
  ["https://open.spotify.com/intl-de/track/4uLU6hMCjMI75M1A2tKUQC?si=abc", "spotify", { type: "track", id: "4uLU6hMCjMI75M1A2tKUQC" }, "https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC"],
  ["https://podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000650000000", "applePodcasts", { country: "us", slug: "the-daily", show: "1200361736", episode: "1000650000000" }, "https://embed.podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000650000000"],
  ["https://datawrapper.dwcdn.net/aBc12/3/", "datawrapper", { chart: "aBc12", version: "3" }, "https://datawrapper.dwcdn.net/aBc12/3/"],
  ["https://www.datawrapper.de/_/aBc12/", "datawrapper", { chart: "aBc12" }, "https://datawrapper.dwcdn.net/aBc12/"],
  ["https://public.flourish.studio/visualisation/1234567/", "flourish", { type: "visualisation", id: "1234567" }, "https://flo.uri.sh/visualisation/1234567/embed"],
  ["https://flo.uri.sh/story/99/embed", "flourish", { type: "story", id: "99" }, "https://flo.uri.sh/story/99/embed"],
  ["https://www.google.com/maps/@25.2854,51.531,14z", "googleMaps", { lat: "25.2854", lng: "51.531", zoom: "14" }, "https://www.google.com/maps?q=25.2854%2C51.531&z=14&output=embed"],
  ["https://www.google.com/maps/place/Doha/@25.28,51.52,12z/data=!3m1", "googleMaps", { lat: "25.28", lng: "51.52", zoom: "12" }, "https://www.google.com/maps?q=25.28%2C51.52&z=12&output=embed"],
  ["https://maps.google.com/?q=Souq+Waqif", "googleMaps", { query: "Souq Waqif" }, "https://www.google.com/maps?q=Souq%20Waqif&output=embed"],
  ["https://www.openstreetmap.org/#map=15/25.2854/51.5310", "openStreetMap", { lat: "25.2854", lng: "51.5310", zoom: "15" }, "https://www.openstreetmap.org/export/embed.html?bbox=51.52551%2C25.28265%2C51.53649%2C25.28815&layer=mapnik&marker=25.2854%2C51.5310"],
  ["https://www.documentcloud.org/documents/20059068-the-mueller-report", "documentCloud", { document: "20059068", slug: "the-mueller-report" }, "https://embed.documentcloud.org/documents/20059068-the-mueller-report/?embed=1"],
  ["https://example.org/some/report?page=2", "link", { url: "https://example.org/some/report?page=2" }, ""],
];

describe("parseEmbedUrl: every provider's address shapes", () => {
  it.each(ACCEPTED)("%s", (input, provider, parts, player) => {
    const result = parseEmbedUrl(input);
    expect(result).toEqual({ ok: true, embed: { provider, parts } });
    if (!result.ok) return;
    expect(PROVIDERS[provider].player(parts) ?? "").toBe(player);
    // The original page parses back to the same embed (what the no-script link and paste round-trip rely on).
    expect(parseEmbedUrl(PROVIDERS[provider].link(parts))).toEqual(result);
  });

  it("lists one frame origin per provider, never the page's own", () => {
    expect(playerOrigin({ provider: "youtube", parts: { video: "dQw4w9WgXcQ" } })).toBe("https://www.youtube-nocookie.com");
    expect(playerOrigin({ provider: "link", parts: { url: "https://example.org/" } })).toBeNull();
  });
});

const REFUSED: Array<[string, RegExp]> = [
  ["https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ", /imitation/],
  ["https://youtu.be@evil.test/dQw4w9WgXcQ", /user name/],
  ["https://www.youtube.com@evil.test/watch?v=dQw4w9WgXcQ", /user name/],
  ["https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ", /user name/],
  ["https://evil-youtube.test/watch?v=dQw4w9WgXcQ", /imitation/],
  ["https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ", /port/],
  ["http://www.youtube.com/watch?v=dQw4w9WgXcQ", /secure/],
  ["javascript:alert(1)", /https:\/\//],
  ["//www.youtube.com/watch?v=dQw4w9WgXcQ", /https:\/\//],
  ["https://www.youtube.com/watch?v=short", /video is not valid/],
  ["https://www.youtube.com/channel/UC123", /not a video/],
  ["https://www.you\u200btube.com/watch?v=dQw4w9WgXcQ", /hidden characters/],
  ["https://vm.tiktok.com/ZMabc/", /Short links/],
  ["https://x.com/AP", /not a post/],
  ["https://x.com/AP/status/12345678901234567890123", /status is not valid/],
  ["https://mastodon.evil.test/@a/1", null as unknown as RegExp],
  ["https://open.spotify.com/track/short", /id is not valid/],
  ["https://www.google.com/search?q=doha", null as unknown as RegExp],
  ["https://127.0.0.1/x", /public site/],
  [`https://www.youtube.com/watch?v=${"a".repeat(3000)}`.slice(0, 3000), /longer than/],
];

describe("parseEmbedUrl: refuses look-alikes and malformed addresses with a message", () => {
  it.each(REFUSED.filter(([, m]) => m !== null).map(([input, m]) => [input.slice(0, 80), input, m] as const))("%s", (_name, input, message) => {
    const result = parseEmbedUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("leaves unknown hosts to link cards only when asked", () => {
    expect(parseEmbedUrl("https://mastodon.evil.test/@a/1")).toMatchObject({ ok: true, embed: { provider: "link" } });
    expect(parseEmbedUrl("https://mastodon.evil.test/@a/1", { allowLinkCard: false }).ok).toBe(false);
    // A Google page that is not a map is neither a map nor a look-alike.
    expect(parseEmbedUrl("https://www.google.com/search?q=doha")).toMatchObject({ ok: true, embed: { provider: "link" } });
  });

  it("answers in linear time on long hostile input", () => {
    const started = performance.now();
    for (let i = 0; i < 200; i++) parseEmbedUrl(`https://www.google.com/maps/@${"1".repeat(1900)},`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
