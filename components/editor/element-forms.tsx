"use client";

import { useEffect, useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import type { Editor } from "@tiptap/react";
import { parseEmbedUrl, PROVIDERS, isEmbedProvider, type EmbedParts } from "@/lib/content/embeds/providers";
import { GALLERY_MAX, GALLERY_MIN, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "@/lib/content/story-element-rules";
import type { GalleryImage } from "@/lib/content/story-elements";
import type { EmbedAttrs } from "@/lib/content/embeds/embed-node";
import { measureTable, resizeTable, type ElementTarget } from "@/lib/content/element-edit";
import type { ContentNode } from "@/lib/content/types";
import { parseMediaUrl } from "@/lib/media/media-url";
import { MediaBrowser } from "./media-browser";
import type { UploadedImage } from "./upload-image";

// The forms that insert an embed or a story element (the Insert panel) and edit one in place
// (the Edit dialog): one form per kind, prefilled from the node when editing. In the panel the
// form sits inside the article's form, so it is a <div> and Enter in a field does nothing; in
// the dialog it is a real <form> and Enter saves.

/** Insert a new element at the cursor, or save the edited one (`save` answers a problem or null). */
export type FormMode = { kind: "insert" } | { kind: "edit"; target: ElementTarget; save: (element: ContentNode) => string | null };
export type ElementFormProps = { editor: Editor; done: () => void; mode: FormMode };

const FIELD = "mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100";
export const BUTTON = "rounded border border-neutral-400 px-3 py-1 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800";

function Text({ label, value, onChange, max, hint, inputMode, autoFocus }: { label: string; value: string; onChange: (v: string) => void; max: number; hint?: string; inputMode?: "numeric"; autoFocus?: boolean }) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-semibold">{label}</label>
      <input id={inputId} value={value} maxLength={max} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? hintId : undefined} className={FIELD} autoFocus={autoFocus} />
      {hint ? <p id={hintId} className="mt-1 text-xs text-neutral-700 dark:text-neutral-300">{hint}</p> : null}
    </div>
  );
}

/** A <form> in the dialog (Enter saves), a <div> in the panel; the primary button and Cancel, and the form's problem. */
function Shell({ mode, label, onPrimary, done, error, children }: { mode: FormMode; label: string; onPrimary: () => void; done: () => void; error: string | null; children: ReactNode }) {
  const editing = mode.kind === "edit";
  const actions = (
    <>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p> : null}
      <div className="flex gap-2">
        <button type={editing ? "submit" : "button"} className={BUTTON} onClick={editing ? undefined : onPrimary}>{label}</button>
        <button type="button" className={BUTTON} onClick={done}>Cancel</button>
      </div>
    </>
  );
  if (!editing) {
    return (
      <div className="space-y-2">
        {children}
        {actions}
      </div>
    );
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // React passes events up through the dialog's portal: the article form must not see it.
    event.stopPropagation();
    onPrimary();
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      {children}
      {actions}
    </form>
  );
}

/** Runs the insert, or saves the edit and keeps the form open with the problem when refused. */
function finish(mode: FormMode, done: () => void, setError: (e: string | null) => void, insert: () => void, edited: () => ContentNode) {
  if (mode.kind === "insert") {
    insert();
    done();
    return;
  }
  const problem = mode.save(edited());
  if (problem) setError(problem);
}

const nodeAttrs = (mode: FormMode): Record<string, unknown> => (mode.kind === "edit" ? (mode.target.node.attrs as Record<string, unknown>) : {});
const nodeJson = (mode: FormMode): ContentNode | null => (mode.kind === "edit" ? (mode.target.node.toJSON() as ContentNode) : null);
const verb = (mode: FormMode, what: string) => `${mode.kind === "edit" ? "Update" : "Insert"} ${what}`;
const str = (v: unknown) => (typeof v === "string" ? v : "");

function smallestVariant(src: string | null | undefined, widths: readonly number[] | undefined): string | null {
  const parsed = parseMediaUrl(src);
  if (!parsed) return null;
  const width = widths && widths.length > 0 ? Math.min(...widths) : parsed.width;
  return `/api/media/${parsed.key}/${width}.webp`;
}

export function EmbedForm({ editor, done, mode }: ElementFormProps) {
  const start = nodeAttrs(mode) as Partial<EmbedAttrs>;
  const startProvider = isEmbedProvider(start.provider) ? start.provider : null;
  const [url, setUrl] = useState(startProvider ? PROVIDERS[startProvider].link((start.parts ?? {}) as EmbedParts) : "");
  const [caption, setCaption] = useState(str(start.caption));
  const [credit, setCredit] = useState(str(start.credit));
  const [poster, setPoster] = useState<{ id: string; src: string; thumb: string } | null>(
    start.posterId && start.posterSrc ? { id: start.posterId, src: start.posterSrc, thumb: smallestVariant(start.posterSrc, []) ?? start.posterSrc } : null,
  );
  const [choosingPoster, setChoosingPoster] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parsed = url.trim() ? parseEmbedUrl(url) : null;

  function submit() {
    const result = parseEmbedUrl(url);
    if (!result.ok) return setError(result.error);
    const attrs = { ...result.embed, caption: caption.trim(), credit: credit.trim(), posterId: poster?.id ?? null, posterSrc: poster?.src ?? null };
    finish(mode, done, setError, () => editor.chain().focus().insertEmbed(attrs).run(), () => ({ type: "embed", attrs }));
  }

  return (
    <Shell mode={mode} label={verb(mode, "embed")} onPrimary={submit} done={done} error={error}>
      <Text label="Address of the post, video, chart or map" value={url} onChange={(v) => { setUrl(v); setError(null); }} max={2048} autoFocus
        hint={parsed?.ok ? `Recognised: ${parsed.embed.provider === "link" ? "a link card (no provider embeds this address)" : PROVIDERS[parsed.embed.provider].name}` : "YouTube, Vimeo, X, Bluesky, Mastodon, Instagram, TikTok, Facebook, SoundCloud, Spotify, Apple Podcasts, Datawrapper, Flourish, Google Maps, OpenStreetMap, DocumentCloud; anything else becomes a link card."} />
      <Text label="Caption" value={caption} onChange={setCaption} max={1000} />
      <Text label="Credit" value={credit} onChange={setCredit} max={200} />
      <div className="text-sm">
        {poster ? (
          <p className="flex items-center gap-2">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={poster.thumb} alt="" className="h-10 rounded" /> Poster chosen.
            <button type="button" className={BUTTON} onClick={() => setPoster(null)}>Remove poster</button>
          </p>
        ) : (
          <button type="button" className={BUTTON} aria-expanded={choosingPoster} onClick={() => setChoosingPoster((v) => !v)}>Choose a poster image (optional)</button>
        )}
        {choosingPoster && !poster ? (
          <div className="mt-2">
            <MediaBrowser onChoose={(image) => { setPoster({ id: image.id, src: image.src, thumb: smallestVariant(image.src, image.widths) ?? image.src }); setChoosingPoster(false); }} />
          </div>
        ) : null}
      </div>
    </Shell>
  );
}

export function PullQuoteForm({ editor, done, mode }: ElementFormProps) {
  const current = mode.kind === "edit" ? mode.target.node.textContent : "";
  const [quote, setQuote] = useState(current);
  const [attribution, setAttribution] = useState(str(nodeAttrs(mode).attribution));
  const [error, setError] = useState<string | null>(null);
  function submit() {
    const text = quote.trim();
    if (!text) return setError("Type the quotation.");
    const before = nodeJson(mode);
    // Unchanged words keep their bold and italic; new words replace them.
    const content = before && text === current.trim() ? before.content : [{ type: "text", text }];
    finish(mode, done, setError, () => editor.chain().focus().insertPullQuote({ attribution: attribution.trim(), text }).run(), () => ({ type: "pullQuote", attrs: { attribution: attribution.trim() }, content }));
  }
  return (
    <Shell mode={mode} label={verb(mode, "pull quote")} onPrimary={submit} done={done} error={error}>
      <Text label="Quotation" value={quote} onChange={setQuote} max={500} autoFocus />
      <Text label="Who said it" value={attribution} onChange={setAttribution} max={200} />
    </Shell>
  );
}

export function FactBoxForm({ editor, done, mode }: ElementFormProps) {
  const [title, setTitle] = useState(str(nodeAttrs(mode).title));
  const [error, setError] = useState<string | null>(null);
  function submit() {
    if (!title.trim()) return setError("Give the fact box a title.");
    const before = nodeJson(mode);
    finish(mode, done, setError, () => editor.chain().focus().insertFactBox({ title: title.trim() }).run(), () => ({ ...before!, attrs: { title: title.trim() } }));
  }
  return (
    <Shell mode={mode} label={verb(mode, "fact box")} onPrimary={submit} done={done} error={error}>
      <Text label="Fact box title" value={title} onChange={setTitle} max={200} autoFocus hint={mode.kind === "edit" ? "The facts themselves are typed inside the box in the editor." : "Then type the facts inside the box (a few short paragraphs or a list)."} />
    </Shell>
  );
}

export function TableForm({ editor, done, mode }: ElementFormProps) {
  const before = nodeJson(mode);
  const size = before ? measureTable(before) : { rows: 3, columns: 3 };
  const [caption, setCaption] = useState(str(nodeAttrs(mode).caption));
  const [rows, setRows] = useState(String(size.rows));
  const [columns, setColumns] = useState(String(size.columns));
  const [error, setError] = useState<string | null>(null);
  // A resize that drops words asks once more before doing it.
  const [confirmedDrop, setConfirmedDrop] = useState<string | null>(null);
  function submit() {
    const r = Number(rows);
    const c = Number(columns);
    if (!caption.trim()) return setError("Give the table a caption: it labels the table for screen readers and on phones.");
    if (!Number.isInteger(r) || r < 2 || r > MAX_TABLE_ROWS || !Number.isInteger(c) || c < 1 || c > MAX_TABLE_COLUMNS) {
      return setError(`Use 2 to ${MAX_TABLE_ROWS} rows (the first is the header row) and 1 to ${MAX_TABLE_COLUMNS} columns.`);
    }
    if (before) {
      const resized = resizeTable({ ...before, attrs: { caption: caption.trim() } }, r, c);
      if (resized.dropped && confirmedDrop !== `${r}x${c}`) {
        setConfirmedDrop(`${r}x${c}`);
        return setError(`Rows or columns past ${r} × ${c} have words in them, which would be removed. Select "${verb(mode, "table")}" again to remove them.`);
      }
      return finish(mode, done, setError, () => undefined, () => resized.node);
    }
    finish(mode, done, setError, () => editor.chain().focus().insertTable({ rows: r, columns: c, caption: caption.trim() }).run(), () => ({ type: "table" }));
  }
  return (
    <Shell mode={mode} label={verb(mode, "table")} onPrimary={submit} done={done} error={error}>
      <Text label="Caption" value={caption} onChange={setCaption} max={300} autoFocus hint={mode.kind === "edit" ? "The cells are typed in the editor; here the table grows or shrinks at its end." : undefined} />
      <div className="grid grid-cols-2 gap-2">
        <Text label="Rows, header row included" value={rows} onChange={(v) => { setRows(v); setConfirmedDrop(null); }} max={3} inputMode="numeric" />
        <Text label="Columns" value={columns} onChange={(v) => { setColumns(v); setConfirmedDrop(null); }} max={2} inputMode="numeric" />
      </div>
    </Shell>
  );
}

function toGalleryImage(image: UploadedImage): GalleryImage {
  return { mediaId: image.id, src: image.src, alt: image.alt, caption: image.caption, credit: image.credit, width: image.width, height: image.height, widths: image.widths };
}

export function GalleryForm({ editor, done, mode }: ElementFormProps) {
  const start = nodeAttrs(mode);
  const [images, setImages] = useState<GalleryImage[]>(() => (Array.isArray(start.images) ? (start.images as GalleryImage[]) : []));
  const [caption, setCaption] = useState(str(start.caption));
  const [error, setError] = useState<string | null>(null);
  const change = (index: number, field: "alt" | "caption" | "credit", value: string) =>
    setImages((list) => list.map((image, i) => (i === index ? { ...image, [field]: value } : image)));
  function submit() {
    if (images.length < GALLERY_MIN) return setError(`Choose at least ${GALLERY_MIN} images.`);
    const list = images.map((image) => ({ ...image, alt: image.alt.trim(), caption: image.caption.trim(), credit: image.credit.trim() }));
    const attrs = { images: list, caption: caption.trim() };
    finish(mode, done, setError, () => editor.chain().focus().insertGallery(attrs).run(), () => ({ type: "gallery", attrs }));
  }
  return (
    <Shell mode={mode} label={verb(mode, "gallery")} onPrimary={submit} done={done} error={error}>
      <Text label="Gallery caption" value={caption} onChange={setCaption} max={1000} autoFocus />
      <p className="text-sm">{images.length} of {GALLERY_MAX} images chosen. Each starts with its library alt text, caption and credit; change them here for this gallery.</p>
      {images.length > 0 ? (
        <ol className="space-y-2" aria-label="Chosen images">
          {images.map((image, index) => (
            <li key={`${image.mediaId}-${index}`} className="grid gap-2 rounded border border-neutral-300 p-2 text-xs sm:grid-cols-[4rem_1fr] dark:border-neutral-700">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={smallestVariant(image.src, image.widths) ?? ""} alt="" className="h-12 w-16 rounded object-cover" />
              <div className="space-y-1">
                <Text label={`Alt text, image ${index + 1} (needed to publish)`} value={image.alt} onChange={(v) => change(index, "alt", v)} max={500} />
                <Text label={`Caption, image ${index + 1}`} value={image.caption} onChange={(v) => change(index, "caption", v)} max={1000} />
                <Text label={`Credit, image ${index + 1}`} value={image.credit} onChange={(v) => change(index, "credit", v)} max={200} />
                <button type="button" className={BUTTON} onClick={() => setImages((list) => list.filter((_, i) => i !== index))}>
                  Remove<span className="sr-only"> image {index + 1}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {images.length < GALLERY_MAX ? <MediaBrowser onChoose={(image) => { setImages((list) => [...list, toGalleryImage(image)]); setError(null); }} /> : null}
    </Shell>
  );
}

type CardResult = { id: string; headline: string };

export function ArticleCardForm({ editor, done, mode }: ElementFormProps) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<CardResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();
  const currentLabel = str(nodeAttrs(mode).label);

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
    const attrs = { articleId: result.id, label: result.headline };
    finish(mode, done, setError, () => editor.chain().focus().insertArticleCard(attrs).run(), () => ({ type: "articleCard", attrs: { ...attrs, current: null } }));
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
  // Picking is the action: Enter in the search field must not submit anything.
  const keepEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };
  return (
    <div className="space-y-2">
      {currentLabel ? <p className="text-sm">Now: {currentLabel}. Pick another article to replace it.</p> : null}
      <label htmlFor={searchId} className="block text-sm font-semibold">Search published articles</label>
      <input id={searchId} type="search" value={query} maxLength={100} onChange={(e) => setQuery(e.target.value)} onKeyDown={keepEnter} className={FIELD} autoFocus />
      <p className="text-xs text-neutral-700 dark:text-neutral-300">The card always shows the article&apos;s current headline, and disappears if it is unpublished.</p>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p> : null}
      {list}
      <button type="button" className={BUTTON} onClick={done}>Cancel</button>
    </div>
  );
}
