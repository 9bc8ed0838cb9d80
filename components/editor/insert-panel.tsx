"use client";

import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from "react";
import type { Editor } from "@tiptap/react";
import { parseEmbedUrl, PROVIDERS } from "@/lib/content/embeds/providers";
import { GALLERY_MAX, GALLERY_MIN } from "@/lib/content/story-element-rules";
import type { GalleryImage } from "@/lib/content/story-elements";
import { MediaBrowser, thumbnail } from "./media-browser";
import type { UploadedImage } from "./upload-image";

// The "Insert" control: an embed from a link, or a story element. Not a <form> (the
// editor sits inside the article's form). Each kind is its own small form below, so a
// later slash menu or insert menu can open one directly (`initialKind`).
export const INSERT_KINDS = {
  embed: "Embed from a link",
  pullQuote: "Pull quote",
  factBox: "Fact box",
  table: "Table",
  gallery: "Gallery",
  articleCard: "Article card",
  divider: "Divider",
} as const;
export type InsertKind = keyof typeof INSERT_KINDS;

type Props = { id: string; editor: Editor; onClose: () => void; initialKind?: InsertKind };

const FIELD = "mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100";
const BUTTON = "rounded border border-neutral-400 px-3 py-1 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800";

export function InsertPanel({ id, editor, onClose, initialKind = "embed" }: Props) {
  const [kind, setKind] = useState<InsertKind>(initialKind);
  const kindId = useId();
  const done = () => {
    editor.commands.focus();
    onClose();
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      done();
    }
    // Enter would otherwise submit the article form around the editor.
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
  }

  return (
    <div id={id} role="group" aria-label="Insert" onKeyDown={onKeyDown} className="space-y-3 border-b border-neutral-300 p-3 dark:border-neutral-700">
      <div>
        <label htmlFor={kindId} className="block text-sm font-semibold">What to insert</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as InsertKind)} className={FIELD}>
          {Object.entries(INSERT_KINDS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      {kind === "embed" ? <EmbedForm editor={editor} done={done} /> : null}
      {kind === "pullQuote" ? <PullQuoteForm editor={editor} done={done} /> : null}
      {kind === "factBox" ? <FactBoxForm editor={editor} done={done} /> : null}
      {kind === "table" ? <TableForm editor={editor} done={done} /> : null}
      {kind === "gallery" ? <GalleryForm editor={editor} done={done} /> : null}
      {kind === "articleCard" ? <ArticleCardForm editor={editor} done={done} /> : null}
      {kind === "divider" ? (
        <Actions label="Insert divider" onInsert={() => { editor.chain().focus().insertDivider().run(); done(); }} onCancel={done} />
      ) : null}
    </div>
  );
}

type FormProps = { editor: Editor; done: () => void };

function Text({ label, value, onChange, max, hint, autoFocus }: { label: string; value: string; onChange: (v: string) => void; max: number; hint?: string; autoFocus?: boolean }) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-semibold">{label}</label>
      <input id={inputId} value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? hintId : undefined} className={FIELD} autoFocus={autoFocus} />
      {hint ? <p id={hintId} className="mt-1 text-xs text-neutral-700 dark:text-neutral-300">{hint}</p> : null}
    </div>
  );
}

function Actions({ label, onInsert, onCancel, error }: { label: string; onInsert: () => void; onCancel: () => void; error?: string | null }) {
  return (
    <>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p> : null}
      <div className="flex gap-2">
        <button type="button" className={BUTTON} onClick={onInsert}>{label}</button>
        <button type="button" className={BUTTON} onClick={onCancel}>Cancel</button>
      </div>
    </>
  );
}

function EmbedForm({ editor, done }: FormProps) {
  const [url, setUrl] = useState("");
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const [poster, setPoster] = useState<UploadedImage | null>(null);
  const [choosingPoster, setChoosingPoster] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parsed = url.trim() ? parseEmbedUrl(url) : null;

  function insert() {
    const result = parseEmbedUrl(url);
    if (!result.ok) return setError(result.error);
    editor.chain().focus().insertEmbed({ ...result.embed, caption: caption.trim(), credit: credit.trim(), posterId: poster?.id ?? null, posterSrc: poster?.src ?? null }).run();
    done();
  }

  return (
    <div className="space-y-2">
      <Text label="Address of the post, video, chart or map" value={url} onChange={(v) => { setUrl(v); setError(null); }} max={2048} autoFocus
        hint={parsed?.ok ? `Recognised: ${parsed.embed.provider === "link" ? "a link card (no provider embeds this address)" : PROVIDERS[parsed.embed.provider].name}` : "YouTube, Vimeo, X, Bluesky, Mastodon, Instagram, TikTok, Facebook, SoundCloud, Spotify, Apple Podcasts, Datawrapper, Flourish, Google Maps, OpenStreetMap, DocumentCloud; anything else becomes a link card."} />
      <Text label="Caption" value={caption} onChange={setCaption} max={1000} />
      <Text label="Credit" value={credit} onChange={setCredit} max={200} />
      <div className="text-sm">
        {poster ? (
          <p className="flex items-center gap-2">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={thumbnail(poster)} alt="" className="h-10 rounded" /> Poster chosen.
            <button type="button" className={BUTTON} onClick={() => setPoster(null)}>Remove poster</button>
          </p>
        ) : (
          <button type="button" className={BUTTON} aria-expanded={choosingPoster} onClick={() => setChoosingPoster((v) => !v)}>Choose a poster image (optional)</button>
        )}
        {choosingPoster && !poster ? <div className="mt-2"><MediaBrowser onChoose={(image) => { setPoster(image); setChoosingPoster(false); }} /></div> : null}
      </div>
      <Actions label="Insert embed" onInsert={insert} onCancel={done} error={error} />
    </div>
  );
}

function PullQuoteForm({ editor, done }: FormProps) {
  const [quote, setQuote] = useState("");
  const [attribution, setAttribution] = useState("");
  const [error, setError] = useState<string | null>(null);
  function insert() {
    if (!quote.trim()) return setError("Type the quotation.");
    editor.chain().focus().insertPullQuote({ attribution: attribution.trim(), text: quote.trim() }).run();
    done();
  }
  return (
    <div className="space-y-2">
      <Text label="Quotation" value={quote} onChange={setQuote} max={500} autoFocus />
      <Text label="Who said it" value={attribution} onChange={setAttribution} max={200} />
      <Actions label="Insert pull quote" onInsert={insert} onCancel={done} error={error} />
    </div>
  );
}

function FactBoxForm({ editor, done }: FormProps) {
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  function insert() {
    if (!title.trim()) return setError("Give the fact box a title.");
    editor.chain().focus().insertFactBox({ title: title.trim() }).run();
    done();
  }
  return (
    <div className="space-y-2">
      <Text label="Fact box title" value={title} onChange={setTitle} max={200} autoFocus hint="Then type the facts inside the box (a few short paragraphs or a list)." />
      <Actions label="Insert fact box" onInsert={insert} onCancel={done} error={error} />
    </div>
  );
}

function TableForm({ editor, done }: FormProps) {
  const [caption, setCaption] = useState("");
  const [rows, setRows] = useState("3");
  const [columns, setColumns] = useState("3");
  const [error, setError] = useState<string | null>(null);
  function insert() {
    const r = Number(rows);
    const c = Number(columns);
    if (!caption.trim()) return setError("Give the table a caption: it labels the table for screen readers and on phones.");
    if (!Number.isInteger(r) || r < 2 || r > 50 || !Number.isInteger(c) || c < 1 || c > 10) return setError("Use 2 to 50 rows (the first is the header row) and 1 to 10 columns.");
    editor.chain().focus().insertTable({ rows: r, columns: c, caption: caption.trim() }).run();
    done();
  }
  return (
    <div className="space-y-2">
      <Text label="Caption" value={caption} onChange={setCaption} max={300} autoFocus />
      <div className="grid grid-cols-2 gap-2">
        <Text label="Rows, header row included" value={rows} onChange={setRows} max={2} />
        <Text label="Columns" value={columns} onChange={setColumns} max={2} />
      </div>
      <Actions label="Insert table" onInsert={insert} onCancel={done} error={error} />
    </div>
  );
}

function GalleryForm({ editor, done }: FormProps) {
  const [images, setImages] = useState<UploadedImage[]>([]);
  const [caption, setCaption] = useState("");
  const [error, setError] = useState<string | null>(null);
  function insert() {
    if (images.length < GALLERY_MIN) return setError(`Choose at least ${GALLERY_MIN} images.`);
    const list: GalleryImage[] = images.map((i) => ({ mediaId: i.id, src: i.src, alt: i.alt, caption: i.caption, credit: i.credit, width: i.width, height: i.height, widths: i.widths }));
    editor.chain().focus().insertGallery({ images: list, caption: caption.trim() }).run();
    done();
  }
  return (
    <div className="space-y-2">
      <Text label="Gallery caption" value={caption} onChange={setCaption} max={1000} />
      <p className="text-sm">{images.length} of {GALLERY_MAX} images chosen. Each shows its library alt text, caption and credit.</p>
      {images.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Chosen images">
          {images.map((image, index) => (
            <li key={`${image.id}-${index}`} className="flex items-center gap-1 text-xs">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={thumbnail(image)} alt="" className="h-10 rounded" />
              <button type="button" className={BUTTON} onClick={() => setImages((list) => list.filter((_, i) => i !== index))}>
                Remove<span className="sr-only"> image {index + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {images.length < GALLERY_MAX ? <MediaBrowser onChoose={(image) => { setImages((list) => [...list, image]); setError(null); }} /> : null}
      <Actions label="Insert gallery" onInsert={insert} onCancel={done} error={error} />
    </div>
  );
}

type CardResult = { id: string; headline: string };

function ArticleCardForm({ editor, done }: FormProps) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<CardResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/articles/cards?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(async (response) => {
          const body = (await response.json()) as { items?: CardResult[]; message?: string };
          if (!response.ok) throw new Error(body.message ?? "Articles could not be searched.");
          setResults(body.items ?? []);
          setError(null);
        })
        .catch((e: unknown) => {
          if ((e as { name?: string }).name !== "AbortError") setError(e instanceof Error ? e.message : "Articles could not be searched.");
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  function pick(result: CardResult) {
    editor.chain().focus().insertArticleCard({ articleId: result.id, label: result.headline }).run();
    done();
  }

  let list: ReactNode = null;
  if (results?.length === 0) list = <p className="text-sm">No published article matches.</p>;
  else if (results)
    list = (
      <ul className="max-h-60 space-y-1 overflow-y-auto" aria-label="Published articles">
        {results.map((r) => (
          <li key={r.id}>
            <button type="button" className={`${BUTTON} w-full text-left font-normal`} onClick={() => pick(r)}>{r.headline}</button>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="space-y-2">
      <label htmlFor={searchId} className="block text-sm font-semibold">Search published articles</label>
      <input id={searchId} type="search" value={query} maxLength={100} onChange={(e) => setQuery(e.target.value)} className={FIELD} autoFocus />
      <p className="text-xs text-neutral-700 dark:text-neutral-300">The card always shows the article&apos;s current headline, and disappears if it is unpublished.</p>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p> : null}
      {list}
      <button type="button" className={BUTTON} onClick={done}>Cancel</button>
    </div>
  );
}
