// Embed providers: which addresses each accepts, what is stored (the provider and a few
// parsed identifiers, each checked against its own pattern), and the two addresses the
// renderer builds from them: the original page (the no-script link) and the player.
// Pure and browser-safe: the editor parses pasted links with it, the validator checks
// stored parts with it, the renderer builds URLs with it.

export const EMBED_PROVIDERS = [
  "youtube",
  "vimeo",
  "x",
  "bluesky",
  "mastodon",
  "instagram",
  "tiktok",
  "facebook",
  "soundcloud",
  "spotify",
  "applePodcasts",
  "datawrapper",
  "flourish",
  "googleMaps",
  "openStreetMap",
  "documentCloud",
  "link",
] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

/** The parsed identifiers of one embed: short strings, each matching its provider's pattern. */
export type EmbedParts = Record<string, string>;
export type ParsedEmbed = { provider: EmbedProvider; parts: EmbedParts };
export type ParseResult = { ok: true; embed: ParsedEmbed } | { ok: false; error: string };

// Mastodon is federated: only these well-known instances are embedded; a post on any
// other instance becomes a link card (its host would otherwise be an open frame-src).
export const MASTODON_INSTANCES: readonly string[] = [
  "mastodon.social",
  "mastodon.online",
  "mastodon.world",
  "mstdn.social",
  "mas.to",
  "journa.host",
  "newsie.social",
  "mediapart.social",
  "fosstodon.org",
  "hachyderm.io",
  "infosec.exchange",
  "social.vivaldi.net",
  "mastodon.art",
  "sciences.social",
  "social.coop",
];

type ProviderSpec = {
  /** Shown to readers: "YouTube". */
  name: string;
  /** What the reader is about to load: "video", "post", "chart". */
  kind: string;
  /** Allowed parts and the pattern each must match in full; unlisted parts are refused. */
  parts: Record<string, RegExp>;
  required: readonly string[];
  /** The original page, for the no-script link, feeds and the content API. */
  link: (p: EmbedParts) => string;
  /** The player's address, or null for a link card (no frame at all). */
  player: (p: EmbedParts) => string | null;
  /** Player height over width, or a fixed height in pixels for posts. */
  shape: { ratio: number } | { height: number };
};

const NUMERIC_ID = /^[0-9]{1,20}$/;
const SLUG = /^[A-Za-z0-9_-]{1,100}$/;
const enc = encodeURIComponent;

export const PROVIDERS: Record<EmbedProvider, ProviderSpec> = {
  youtube: {
    name: "YouTube",
    kind: "video",
    parts: { video: /^[A-Za-z0-9_-]{11}$/, start: /^[0-9]{1,6}$/ },
    required: ["video"],
    link: (p) => `https://www.youtube.com/watch?v=${p.video}${p.start ? `&t=${p.start}s` : ""}`,
    // The no-cookie domain sets no cookie until the video plays.
    player: (p) => `https://www.youtube-nocookie.com/embed/${p.video}?autoplay=1${p.start ? `&start=${p.start}` : ""}`,
    shape: { ratio: 9 / 16 },
  },
  vimeo: {
    name: "Vimeo",
    kind: "video",
    parts: { video: /^[0-9]{1,12}$/, hash: /^[0-9a-f]{6,20}$/ },
    required: ["video"],
    link: (p) => `https://vimeo.com/${p.video}${p.hash ? `/${p.hash}` : ""}`,
    player: (p) => `https://player.vimeo.com/video/${p.video}?dnt=1&autoplay=1${p.hash ? `&h=${p.hash}` : ""}`,
    shape: { ratio: 9 / 16 },
  },
  x: {
    name: "X",
    kind: "post",
    parts: { user: /^[A-Za-z0-9_]{1,15}$/, status: NUMERIC_ID },
    required: ["user", "status"],
    link: (p) => `https://x.com/${p.user}/status/${p.status}`,
    player: (p) => `https://platform.twitter.com/embed/Tweet.html?id=${p.status}&dnt=true`,
    shape: { height: 560 },
  },
  bluesky: {
    name: "Bluesky",
    kind: "post",
    parts: { author: /^(?:did:plc:[a-z2-7]{24}|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$/, post: /^[a-z0-9]{10,20}$/ },
    required: ["author", "post"],
    link: (p) => `https://bsky.app/profile/${p.author}/post/${p.post}`,
    player: (p) => `https://embed.bsky.app/embed/${p.author}/app.bsky.feed.post/${p.post}`,
    shape: { height: 520 },
  },
  mastodon: {
    name: "Mastodon",
    kind: "post",
    parts: { instance: /^[a-z0-9.-]{3,60}$/, user: /^[A-Za-z0-9_]{1,30}$/, status: NUMERIC_ID },
    required: ["instance", "user", "status"],
    link: (p) => `https://${p.instance}/@${p.user}/${p.status}`,
    player: (p) => `https://${p.instance}/@${p.user}/${p.status}/embed`,
    shape: { height: 520 },
  },
  instagram: {
    name: "Instagram",
    kind: "post",
    parts: { type: /^(?:p|reel|tv)$/, code: /^[A-Za-z0-9_-]{5,40}$/ },
    required: ["type", "code"],
    link: (p) => `https://www.instagram.com/${p.type}/${p.code}/`,
    player: (p) => `https://www.instagram.com/${p.type}/${p.code}/embed/`,
    shape: { height: 640 },
  },
  tiktok: {
    name: "TikTok",
    kind: "video",
    parts: { user: /^[A-Za-z0-9_.]{1,30}$/, video: NUMERIC_ID },
    required: ["user", "video"],
    link: (p) => `https://www.tiktok.com/@${p.user}/video/${p.video}`,
    player: (p) => `https://www.tiktok.com/embed/v2/${p.video}`,
    shape: { height: 740 },
  },
  facebook: {
    name: "Facebook",
    kind: "post",
    parts: { type: /^(?:post|video)$/, page: /^[A-Za-z0-9.]{1,80}$/, id: /^(?:[0-9]{1,25}|pfbid[A-Za-z0-9]{20,80})$/ },
    required: ["type", "page", "id"],
    link: facebookPage,
    player: (p) => `https://www.facebook.com/plugins/${p.type === "video" ? "video" : "post"}.php?href=${enc(facebookPage(p))}`,
    shape: { height: 600 },
  },
  soundcloud: {
    name: "SoundCloud",
    kind: "audio",
    parts: { user: /^[a-z0-9_-]{1,64}$/, track: /^[a-z0-9_-]{1,120}$/, set: /^[a-z0-9_-]{1,120}$/ },
    required: ["user"],
    link: (p) => `https://soundcloud.com/${p.user}/${p.set ? `sets/${p.set}` : (p.track ?? "")}`,
    player: (p) => `https://w.soundcloud.com/player/?url=${enc(`https://soundcloud.com/${p.user}/${p.set ? `sets/${p.set}` : (p.track ?? "")}`)}&auto_play=true`,
    shape: { height: 166 },
  },
  spotify: {
    name: "Spotify",
    kind: "audio",
    parts: { type: /^(?:track|album|playlist|episode|show|artist)$/, id: /^[A-Za-z0-9]{22}$/ },
    required: ["type", "id"],
    link: (p) => `https://open.spotify.com/${p.type}/${p.id}`,
    player: (p) => `https://open.spotify.com/embed/${p.type}/${p.id}`,
    shape: { height: 232 },
  },
  applePodcasts: {
    name: "Apple Podcasts",
    kind: "podcast",
    parts: { country: /^[a-z]{2}$/, slug: /^[a-z0-9%-]{1,120}$/, show: /^[0-9]{1,15}$/, episode: /^[0-9]{1,20}$/ },
    required: ["country", "slug", "show"],
    link: (p) => `https://podcasts.apple.com/${p.country}/podcast/${p.slug}/id${p.show}${p.episode ? `?i=${p.episode}` : ""}`,
    player: (p) => `https://embed.podcasts.apple.com/${p.country}/podcast/${p.slug}/id${p.show}${p.episode ? `?i=${p.episode}` : ""}`,
    shape: { height: 175 },
  },
  datawrapper: {
    name: "Datawrapper",
    kind: "chart",
    parts: { chart: /^[A-Za-z0-9]{5}$/, version: /^[0-9]{1,4}$/ },
    required: ["chart"],
    link: (p) => `https://datawrapper.dwcdn.net/${p.chart}/${p.version ? `${p.version}/` : ""}`,
    player: (p) => `https://datawrapper.dwcdn.net/${p.chart}/${p.version ? `${p.version}/` : ""}`,
    shape: { ratio: 3 / 4 },
  },
  flourish: {
    name: "Flourish",
    kind: "chart",
    parts: { type: /^(?:visualisation|story)$/, id: /^[0-9]{1,12}$/ },
    required: ["type", "id"],
    link: (p) => `https://public.flourish.studio/${p.type}/${p.id}/`,
    player: (p) => `https://flo.uri.sh/${p.type}/${p.id}/embed`,
    shape: { ratio: 3 / 4 },
  },
  googleMaps: {
    name: "Google Maps",
    kind: "map",
    parts: { lat: /^-?[0-9]{1,2}(?:\.[0-9]{1,8})?$/, lng: /^-?[0-9]{1,3}(?:\.[0-9]{1,8})?$/, zoom: /^[0-9]{1,2}$/, query: /^[^\u0000-\u001f\u007f<>"]{1,200}$/u },
    required: [],
    link: (p) => `https://www.google.com/maps?q=${enc(mapsQuery(p))}${p.zoom ? `&z=${p.zoom}` : ""}`,
    player: (p) => `https://www.google.com/maps?q=${enc(mapsQuery(p))}${p.zoom ? `&z=${p.zoom}` : ""}&output=embed`,
    shape: { ratio: 3 / 4 },
  },
  openStreetMap: {
    name: "OpenStreetMap",
    kind: "map",
    parts: { lat: /^-?[0-9]{1,2}(?:\.[0-9]{1,8})?$/, lng: /^-?[0-9]{1,3}(?:\.[0-9]{1,8})?$/, zoom: /^[0-9]{1,2}$/ },
    required: ["lat", "lng", "zoom"],
    link: (p) => `https://www.openstreetmap.org/?mlat=${p.lat}&mlon=${p.lng}#map=${p.zoom}/${p.lat}/${p.lng}`,
    player: (p) => `https://www.openstreetmap.org/export/embed.html?bbox=${osmBox(p)}&layer=mapnik&marker=${p.lat}%2C${p.lng}`,
    shape: { ratio: 3 / 4 },
  },
  documentCloud: {
    name: "DocumentCloud",
    kind: "document",
    parts: { document: /^[0-9]{1,12}$/, slug: /^[a-z0-9-]{1,120}$/ },
    required: ["document"],
    link: (p) => `https://www.documentcloud.org/documents/${p.document}${p.slug ? `-${p.slug}` : ""}`,
    player: (p) => `https://embed.documentcloud.org/documents/${p.document}${p.slug ? `-${p.slug}` : ""}/?embed=1`,
    shape: { ratio: 4 / 3 },
  },
  link: {
    name: "Link",
    kind: "page",
    parts: { url: /^https:\/\/[^\s\\<>"]{1,2040}$/ },
    required: ["url"],
    link: (p) => p.url ?? "",
    player: () => null,
    shape: { height: 0 },
  },
};

function facebookPage(p: EmbedParts): string {
  if (p.page === "watch") return `https://www.facebook.com/watch/?v=${p.id}`;
  return `https://www.facebook.com/${p.page}/${p.type === "video" ? "videos" : "posts"}/${p.id}`;
}

function mapsQuery(p: EmbedParts): string {
  return p.lat && p.lng ? `${p.lat},${p.lng}` : (p.query ?? "");
}

function osmBox(p: EmbedParts): string {
  const lat = Number(p.lat);
  const lng = Number(p.lng);
  // Half the width of the view at this zoom, roughly what openstreetmap.org shows.
  const half = 180 / 2 ** Number(p.zoom);
  const f = (n: number) => n.toFixed(5);
  return [f(lng - half), f(Math.max(lat - half / 2, -85)), f(lng + half), f(Math.min(lat + half / 2, 85))].join("%2C");
}

export function isEmbedProvider(value: unknown): value is EmbedProvider {
  return typeof value === "string" && (EMBED_PROVIDERS as readonly string[]).includes(value);
}

/** The origin a provider's player is served from (for the page's frame-src), or null. */
export function playerOrigin(embed: ParsedEmbed): string | null {
  const player = PROVIDERS[embed.provider].player(embed.parts);
  return player ? new URL(player).origin : null;
}

/** Checks stored parts; returns a message or null. */
export function findPartsProblem(provider: EmbedProvider, parts: unknown): string | null {
  const spec = PROVIDERS[provider];
  if (typeof parts !== "object" || parts === null || Array.isArray(parts)) return `The ${spec.name} embed has no identifiers`;
  for (const [name, value] of Object.entries(parts)) {
    const pattern = Object.hasOwn(spec.parts, name) ? spec.parts[name] : undefined;
    if (!pattern) return `A ${spec.name} embed cannot carry "${name.slice(0, 40)}"`;
    if (typeof value !== "string" || !pattern.test(value)) return `The ${spec.name} embed's ${name} is not valid`;
  }
  const missing = spec.required.find((name) => !Object.hasOwn(parts, name));
  if (missing) return `The ${spec.name} embed is missing its ${missing}`;
  if (provider === "mastodon" && !MASTODON_INSTANCES.includes((parts as EmbedParts).instance ?? "")) return "That Mastodon instance is not on the list of embeddable instances";
  if (provider === "googleMaps" && !mapsQuery(parts as EmbedParts)) return "A Google Maps embed needs a place or coordinates";
  if (provider === "link") return findLinkCardProblem((parts as EmbedParts).url ?? "");
  return null;
}

const MAX_INPUT = 2048;
// Whitespace, controls and invisible characters never belong in a pasted address.
const HIDDEN = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/u;

/**
 * Turns a pasted address into an embed, or says why not. Only https, no user name,
 * password or port, and exact host names: "youtube.com.evil.test" is not YouTube.
 * `allowLinkCard` false refuses addresses no provider recognises (used by paste, which
 * leaves ordinary links as links).
 */
export function parseEmbedUrl(input: string, options: { allowLinkCard?: boolean } = {}): ParseResult {
  const text = input.trim();
  if (text === "") return fail("Paste the address of the post, video, chart or map.");
  if (text.length > MAX_INPUT) return fail(`That address is longer than ${MAX_INPUT} characters.`);
  if (HIDDEN.test(text) || text.includes("\\")) return fail("That address contains spaces, backslashes or hidden characters.");
  if (!/^https?:\/\//i.test(text)) return fail("Paste a full web address starting with https://.");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail("That is not a valid web address.");
  }
  if (url.protocol !== "https:") return fail("Only secure (https://) addresses can be embedded.");
  if (url.username !== "" || url.password !== "") return fail("That address hides its real host behind a user name (the part before @); paste the provider's own address.");
  if (url.port !== "") return fail("Addresses with a port number cannot be embedded.");
  const host = url.hostname.toLowerCase();
  const embed = matchProvider(host, url);
  if (embed && "refused" in embed) return fail(embed.refused);
  if (embed) {
    const problem = findPartsProblem(embed.provider, embed.parts);
    return problem ? fail(problem) : { ok: true, embed };
  }
  const lookalike = KNOWN_NAMES.find((name) => host.includes(name));
  if (lookalike) return fail(`"${host}" is not ${lookalike}'s address. Only the provider's own addresses can be embedded; this looks like an imitation.`);
  if (options.allowLinkCard === false) return fail("No embed provider recognises this address.");
  const problem = findLinkCardProblem(url.href);
  return problem ? fail(problem) : { ok: true, embed: { provider: "link", parts: { url: url.href } } };
}

// Brand words that, in any other host, suggest an imitation rather than a plain link.
const KNOWN_NAMES = ["youtube", "youtu.be", "vimeo", "twitter", "bsky", "instagram", "tiktok", "facebook", "soundcloud", "spotify", "datawrapper", "flourish", "openstreetmap", "documentcloud"];

function findLinkCardProblem(href: string): string | null {
  if (href.length > 2040) return "That address is too long for a link card.";
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return "A link card needs a valid web address.";
  }
  if (url.protocol !== "https:") return "A link card needs a secure (https://) address.";
  if (url.username || url.password || url.port) return "A link card's address cannot carry a user name, password or port.";
  if (!url.hostname.includes(".") || /^[0-9.]+$/.test(url.hostname) || url.hostname.startsWith("[")) return "A link card needs a public site's host name.";
  if (url.href !== href) return "A link card's address must be written in its normal form.";
  return null;
}

function refuse(message: string): { refused: string } {
  return { refused: message };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function segments(url: URL): string[] {
  return url.pathname.split("/").filter((s) => s !== "");
}

function youtubeStart(value: string | null): string | undefined {
  if (!value) return undefined;
  const m = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value);
  if (!m || value === "") return undefined;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return seconds > 0 && seconds < 1_000_000 ? String(seconds) : undefined;
}

function withOptional(parts: Record<string, string | undefined>): EmbedParts {
  const out: EmbedParts = {};
  for (const [k, v] of Object.entries(parts)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}

type Match = ParsedEmbed | { refused: string } | null;

function matchProvider(host: string, url: URL): Match {
  const s = segments(url);
  const q = url.searchParams;
  switch (host) {
    case "youtube.com":
    case "www.youtube.com":
    case "m.youtube.com":
    case "www.youtube-nocookie.com": {
      let video: string | null = null;
      if (s[0] === "watch" && s.length === 1) video = q.get("v");
      else if (["embed", "shorts", "live", "v"].includes(s[0] ?? "") && s.length === 2) video = s[1] ?? null;
      if (!video) return refuse("That YouTube address is not a video. Paste a video's address (youtube.com/watch?v=…, youtu.be/…, or a Shorts link).");
      return { provider: "youtube", parts: withOptional({ video, start: youtubeStart(q.get("t") ?? q.get("start")) }) };
    }
    case "youtu.be":
      if (s.length !== 1) return refuse("That youtu.be address is not a video.");
      return { provider: "youtube", parts: withOptional({ video: s[0], start: youtubeStart(q.get("t")) }) };
    case "vimeo.com":
    case "www.vimeo.com": {
      const i = s.findIndex((x) => /^[0-9]+$/.test(x));
      if (i < 0) return refuse("That Vimeo address is not a video.");
      const hash = s[i + 1] && /^[0-9a-f]+$/.test(s[i + 1]!) ? s[i + 1] : undefined;
      return { provider: "vimeo", parts: withOptional({ video: s[i], hash }) };
    }
    case "player.vimeo.com":
      if (s[0] !== "video" || !s[1]) return refuse("That Vimeo player address has no video.");
      return { provider: "vimeo", parts: withOptional({ video: s[1], hash: q.get("h") ?? undefined }) };
    case "x.com":
    case "www.x.com":
    case "twitter.com":
    case "www.twitter.com":
    case "mobile.twitter.com":
    case "mobile.x.com":
      if (s.length < 3 || (s[1] !== "status" && s[1] !== "statuses")) return refuse("That X address is not a post. Paste a post's address (x.com/name/status/…).");
      return { provider: "x", parts: { user: s[0]!, status: s[2]! } };
    case "bsky.app":
      if (s[0] !== "profile" || s[2] !== "post" || s.length !== 4) return refuse("That Bluesky address is not a post. Paste a post's address (bsky.app/profile/…/post/…).");
      return { provider: "bluesky", parts: { author: s[1]!.toLowerCase(), post: s[3]! } };
    case "instagram.com":
    case "www.instagram.com":
      if (!["p", "reel", "tv"].includes(s[0] ?? "") || !s[1]) return refuse("That Instagram address is not a post. Paste a post's or reel's address (instagram.com/p/…).");
      return { provider: "instagram", parts: { type: s[0]!, code: s[1] } };
    case "tiktok.com":
    case "www.tiktok.com":
    case "m.tiktok.com":
      if (!s[0]?.startsWith("@") || s[1] !== "video" || !s[2]) return refuse("That TikTok address is not a video. Paste a video's full address (tiktok.com/@name/video/…).");
      return { provider: "tiktok", parts: { user: s[0].slice(1), video: s[2] } };
    case "vm.tiktok.com":
    case "fb.watch":
    case "maps.app.goo.gl":
    case "goo.gl":
    case "on.soundcloud.com":
    case "t.co":
      return refuse("Short links hide where they lead. Open it in your browser and paste the full address it shows.");
    case "facebook.com":
    case "www.facebook.com":
    case "m.facebook.com":
      return matchFacebook(s, q);
    case "soundcloud.com":
    case "www.soundcloud.com":
    case "m.soundcloud.com":
      if (s.length === 3 && s[1] === "sets") return { provider: "soundcloud", parts: { user: s[0]!, set: s[2]! } };
      if (s.length === 2) return { provider: "soundcloud", parts: { user: s[0]!, track: s[1]! } };
      return refuse("That SoundCloud address is not a track or playlist.");
    case "open.spotify.com": {
      const rest = s[0]?.startsWith("intl-") ? s.slice(1) : s;
      const t = rest[0] === "embed" ? rest.slice(1) : rest;
      if (t.length !== 2) return refuse("That Spotify address is not a track, album, playlist, episode, show or artist.");
      return { provider: "spotify", parts: { type: t[0]!, id: t[1]! } };
    }
    case "podcasts.apple.com":
    case "embed.podcasts.apple.com": {
      if (s[1] !== "podcast" || s.length !== 4 || !s[3]?.startsWith("id")) return refuse("That Apple Podcasts address is not a show or episode.");
      return { provider: "applePodcasts", parts: withOptional({ country: s[0], slug: s[2]?.toLowerCase(), show: s[3].slice(2), episode: q.get("i") ?? undefined }) };
    }
    case "datawrapper.dwcdn.net":
      if (!s[0]) return refuse("That Datawrapper address has no chart.");
      return { provider: "datawrapper", parts: withOptional({ chart: s[0], version: s[1] }) };
    case "www.datawrapper.de":
    case "datawrapper.de":
      if (s[0] !== "_" || !s[1]) return refuse("That Datawrapper address has no chart. Use the chart's published address (datawrapper.dwcdn.net/…).");
      return { provider: "datawrapper", parts: { chart: s[1] } };
    case "public.flourish.studio":
    case "flo.uri.sh":
      if ((s[0] !== "visualisation" && s[0] !== "story") || !s[1]) return refuse("That Flourish address is not a visualisation or story.");
      return { provider: "flourish", parts: { type: s[0], id: s[1] } };
    case "www.google.com":
    case "google.com":
    case "maps.google.com":
      return matchGoogleMaps(host, s, url);
    case "www.openstreetmap.org":
    case "openstreetmap.org":
      return matchOpenStreetMap(url);
    case "www.documentcloud.org":
    case "documentcloud.org":
    case "embed.documentcloud.org": {
      const m = s[0] === "documents" && s[1] ? /^([0-9]{1,12})(?:-([a-z0-9-]{1,120}))?$/.exec(s[1]) : null;
      if (!m) return refuse("That DocumentCloud address is not a document.");
      return { provider: "documentCloud", parts: withOptional({ document: m[1], slug: m[2] }) };
    }
    default:
      if (MASTODON_INSTANCES.includes(host)) {
        const user = s[0]?.startsWith("@") ? s[0].slice(1) : s[0] === "users" && s[2] === "statuses" ? s[1] : undefined;
        const status = s[0]?.startsWith("@") ? s[1] : s[3];
        if (!user || !status || !/^[0-9]+$/.test(status)) return refuse("That Mastodon address is not a post.");
        return { provider: "mastodon", parts: { instance: host, user, status } };
      }
      return null;
  }
}

function matchFacebook(s: string[], q: URLSearchParams): Match {
  if (s[0] === "watch") {
    const v = q.get("v");
    return v ? { provider: "facebook", parts: { type: "video", page: "watch", id: v } } : refuse("That Facebook address is not a video.");
  }
  if (s.length >= 3 && (s[1] === "posts" || s[1] === "videos")) {
    return { provider: "facebook", parts: { type: s[1] === "videos" ? "video" : "post", page: s[0]!, id: s[2]! } };
  }
  return refuse("That Facebook address is not a post or video. Paste the post's own address (facebook.com/page/posts/…).");
}

const COORD = /^(-?[0-9]{1,3}(?:\.[0-9]+)?),(-?[0-9]{1,3}(?:\.[0-9]+)?)(?:,([0-9]{1,2}(?:\.[0-9]+)?)z)?$/;

function trimCoord(value: string): string {
  const [whole, fraction] = value.split(".");
  return fraction ? `${whole}.${fraction.slice(0, 8)}` : whole!;
}

function matchGoogleMaps(host: string, s: string[], url: URL): Match {
  if (host !== "maps.google.com" && s[0] !== "maps") return null;
  const rest = host === "maps.google.com" ? s : s.slice(1);
  const at = rest.find((x) => x.startsWith("@"));
  const m = at ? COORD.exec(at.slice(1)) : null;
  if (m) return { provider: "googleMaps", parts: withOptional({ lat: trimCoord(m[1]!), lng: trimCoord(m[2]!), zoom: m[3] ? String(Math.round(Number(m[3]))) : undefined }) };
  const query = url.searchParams.get("q") ?? (rest[0] === "place" && rest[1] ? decodeSegment(rest[1]) : null);
  if (query) {
    const c = COORD.exec(query.replace(/\s+/g, ""));
    if (c) return { provider: "googleMaps", parts: withOptional({ lat: trimCoord(c[1]!), lng: trimCoord(c[2]!), zoom: url.searchParams.get("z") ?? undefined }) };
    return { provider: "googleMaps", parts: withOptional({ query: query.slice(0, 200), zoom: url.searchParams.get("z") ?? undefined }) };
  }
  return refuse("That Google Maps address shows no place. Open the place or drop a pin, then paste the address from the browser.");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment.replace(/\+/g, " "));
  } catch {
    return segment;
  }
}

function matchOpenStreetMap(url: URL): Match {
  const map = /^#map=([0-9]{1,2})\/(-?[0-9.]{1,15})\/(-?[0-9.]{1,15})/.exec(url.hash);
  const lat = url.searchParams.get("mlat") ?? map?.[2];
  const lng = url.searchParams.get("mlon") ?? map?.[3];
  const zoom = map?.[1] ?? "15";
  if (!lat || !lng) return refuse("That OpenStreetMap address shows no place. Move the map to the place, then paste the address from the browser.");
  return { provider: "openStreetMap", parts: { lat: trimCoord(lat), lng: trimCoord(lng), zoom } };
}
