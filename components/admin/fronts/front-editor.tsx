"use client";

import { startTransition, useActionState, useCallback, useMemo, useRef, useState } from "react";
import { Plus } from "lucide-react";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";
import type { StoryOption } from "@/lib/fronts/get-front-for-editing";
import { FRONT_BLOCKS_MAX, PICKS_MAX, RIVER_MAX, SECTION_BLOCK_MAX, TOP_ROW_MAX, TOP_ROW_MIN, type FrontBlock } from "@/lib/fronts/schema";
import { FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { Field } from "@/components/admin/ui/field";
import { ReorderableList } from "@/components/admin/fronts/reorderable-list";
import { StorySearch } from "@/components/admin/fronts/story-search";
import { describeStory } from "@/components/admin/fronts/story-state";

type EditorBlock = FrontBlock & { uid: string };
type SectionOption = { id: string; name: string; depth: number };

export type FrontEditorActions = {
  saveFrontAction: FormAction;
  searchStories: (query: string) => Promise<StoryOption[]>;
};

type Props = {
  frontKey: string;
  initialBlocks: FrontBlock[];
  stories: StoryOption[];
  sections: SectionOption[];
  actions: FrontEditorActions;
  timeZone: string;
  /** Section fronts cannot hold a block of their own section's subtree twice; none here. */
  disabled?: boolean;
};

const BLOCK_LABELS: Record<FrontBlock["type"], string> = {
  lead: "Lead story",
  top: "Top stories row",
  section: "Section block",
  picks: "Hand-picked list",
  river: "Most recent river",
};

let uidCounter = 0;
const uid = () => `b${Date.now().toString(36)}${(uidCounter++).toString(36)}`;

function newBlock(type: FrontBlock["type"], sections: SectionOption[]): FrontBlock {
  switch (type) {
    case "lead":
      return { type, pick: null };
    case "top":
      return { type, title: "Top stories", size: 4, picks: [] };
    case "section":
      return { type, sectionId: sections[0]?.id ?? "", title: "", count: 4 };
    case "picks":
      return { type, title: "Editor’s picks", picks: [] };
    case "river":
      return { type, title: "Latest", count: 10 };
  }
}

function stripUid({ uid: _uid, ...block }: EditorBlock): FrontBlock {
  if (block.type === "top") return { ...block, picks: block.picks.filter((p): p is string => !!p) };
  return block;
}

/**
 * The front editor: blocks from top to bottom, each with its settings and its pinned
 * stories. Blocks and stories are reordered by drag and drop, by the keyboard (arrow keys
 * on a grip) or with buttons; stories are found by search-as-you-type. The layout is sent
 * as one JSON field with the chosen intent: save a draft, publish now, or schedule.
 */
export function FrontEditor({ frontKey, initialBlocks, stories, sections, actions, timeZone, disabled }: Props) {
  const [blocks, setBlocks] = useState<EditorBlock[]>(() => initialBlocks.map((b) => ({ ...b, uid: uid() })));
  const [known, setKnown] = useState<Map<string, StoryOption>>(() => new Map(stories.map((s) => [s.id, s])));
  const [said, setSaid] = useState("");
  const [addType, setAddType] = useState<FrontBlock["type"]>("picks");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(actions.saveFrontAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const announce = useCallback((message: string) => setSaid(message), []);
  const search = useCallback((q: string) => actions.searchStories(q), [actions]);
  const now = useMemo(() => new Date(), []);

  const taken = useMemo(() => {
    const ids = new Set<string>();
    for (const b of blocks) {
      if (b.type === "lead" && b.pick) ids.add(b.pick);
      if (b.type === "top" || b.type === "picks") for (const id of b.picks) if (id) ids.add(id);
    }
    return ids;
  }, [blocks]);

  const update = (index: number, block: FrontBlock) => setBlocks((all) => all.map((b, i) => (i === index ? { ...block, uid: b.uid } : b)));
  const remember = (story: StoryOption) => setKnown((m) => new Map(m).set(story.id, story));
  const storyName = (id: string) => known.get(id)?.headline ?? "A story";
  const blockName = (b: EditorBlock) => {
    const label = BLOCK_LABELS[b.type];
    if (b.type === "section") return `${label}: ${sections.find((s) => s.id === b.sectionId)?.name ?? "no section"}`;
    return "title" in b && b.title ? `${label}: ${b.title}` : label;
  };

  const storyLine = (id: string) => {
    const story = known.get(id);
    return (
      <span>
        <span className="font-medium">{story?.headline ?? "A story"}</span>{" "}
        <span className="text-sm text-neutral-700 dark:text-neutral-300">({story ? describeStory(story, now) : "unknown"})</span>
      </span>
    );
  };

  const renderPins = (block: EditorBlock, index: number) => {
    if (block.type !== "top" && block.type !== "picks") return null;
    const picks = (block.picks as (string | null)[]).filter((p): p is string => !!p);
    const max = block.type === "top" ? block.size : PICKS_MAX;
    return (
      <div className="mt-3">
        {picks.length > 0 ? (
          <ReorderableList
            items={picks}
            itemKey={(id) => `${block.uid}-${id}`}
            itemName={storyName}
            render={(id) => storyLine(id)}
            onChange={(next) => update(index, { ...block, picks: next })}
            announce={announce}
            label={`Stories in ${blockName(block)}`}
            disabled={disabled}
          />
        ) : null}
        <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
          {block.type === "top"
            ? `${picks.length} of ${block.size} places pinned; ${Math.max(0, block.size - picks.length)} fill themselves with the newest stories.`
            : "Only these stories, in this order; one that stops being public drops out."}
        </p>
        <StorySearch
          label={`Add a story to ${blockName(block)}`}
          search={search}
          taken={taken}
          disabled={disabled || picks.length >= max}
          onPick={(story) => {
            remember(story);
            if (picks.includes(story.id)) return announce(`${story.headline} is already in this block.`);
            update(index, { ...block, picks: [...picks, story.id] } as FrontBlock);
            announce(`${story.headline} added to ${blockName(block)}, position ${picks.length + 1}.`);
          }}
        />
      </div>
    );
  };

  const renderBlock = (block: EditorBlock, index: number) => {
    const id = (name: string) => `${block.uid}-${name}`;
    return (
      <fieldset className="space-y-2" disabled={disabled}>
        <legend className="font-semibold">{BLOCK_LABELS[block.type]}</legend>
        {"title" in block && block.type !== "section" ? (
          <Field id={id("title")} label="Heading">
            <input value={block.title} maxLength={60} onChange={(e) => update(index, { ...block, title: e.target.value })} className={inputClass} />
          </Field>
        ) : null}
        {block.type === "lead" ? (
          <div>
            {block.pick ? (
              <p className="mt-1 flex flex-wrap items-center gap-2">
                {storyLine(block.pick)}
                <button type="button" className="text-sm underline" onClick={() => { announce(`${storyName(block.pick!)} unpinned; the newest story leads.`); update(index, { ...block, pick: null }); }}>
                  Unpin<span className="sr-only"> the lead story</span>
                </button>
              </p>
            ) : (
              <p className="text-sm text-neutral-700 dark:text-neutral-300">Not pinned: the newest story leads.</p>
            )}
            <StorySearch
              label="Pin the lead story"
              search={search}
              taken={taken}
              disabled={disabled}
              onPick={(story) => {
                remember(story);
                update(index, { ...block, pick: story.id });
                announce(`${story.headline} pinned as the lead story.`);
              }}
            />
          </div>
        ) : null}
        {block.type === "top" ? (
          <Field id={id("size")} label="Places in the row">
            <select value={block.size} onChange={(e) => update(index, { ...block, size: Number(e.target.value), picks: block.picks.slice(0, Number(e.target.value)) })} className={inputClass}>
              {Array.from({ length: TOP_ROW_MAX - TOP_ROW_MIN + 1 }, (_, i) => TOP_ROW_MIN + i).map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </Field>
        ) : null}
        {block.type === "section" ? (
          <>
            <Field id={id("section")} label="Section">
              <select value={block.sectionId} onChange={(e) => update(index, { ...block, sectionId: e.target.value })} className={inputClass}>
                {sections.length === 0 ? <option value="">No sections yet</option> : null}
                {sections.map((s) => <option key={s.id} value={s.id}>{`${"\u00a0\u00a0".repeat(s.depth)}${s.name}`}</option>)}
              </select>
            </Field>
            <Field id={id("title")} label="Heading (optional)" hint="Empty: the section’s name.">
              <input value={block.title} maxLength={60} onChange={(e) => update(index, { ...block, title: e.target.value })} className={inputClass} />
            </Field>
          </>
        ) : null}
        {block.type === "section" || block.type === "river" ? (
          <Field id={id("count")} label="Stories shown">
            <input type="number" min={1} max={block.type === "river" ? RIVER_MAX : SECTION_BLOCK_MAX} value={block.count} onChange={(e) => update(index, { ...block, count: Math.max(1, Number(e.target.value) || 1) })} className={inputClass} />
          </Field>
        ) : null}
        {block.type === "river" ? <p className="text-sm text-neutral-700 dark:text-neutral-300">The newest stories not shown above.</p> : null}
        {renderPins(block, index)}
      </fieldset>
    );
  };

  const submit = (intent: "draft" | "publish" | "schedule") => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    data.set("intent", intent);
    data.set("blocks", JSON.stringify(blocks.map(stripUid)));
    startTransition(() => formAction(data));
  };

  return (
    <div className="space-y-6">
      <p role="status" aria-live="polite" className="sr-only">{said}</p>
      <section aria-labelledby="blocks-heading" className="space-y-3">
        <h2 id="blocks-heading" className="text-lg font-semibold">Blocks, top to bottom</h2>
        <ReorderableList
          items={blocks}
          itemKey={(b) => b.uid}
          itemName={blockName}
          render={renderBlock}
          onChange={setBlocks}
          announce={announce}
          label="Blocks"
          removeLabel="Remove block"
          disabled={disabled}
        />
        <div className="flex flex-wrap items-end gap-2">
          <Field id="add-block-type" label="New block" className="w-64">
            <select value={addType} onChange={(e) => setAddType(e.target.value as FrontBlock["type"])} className={inputClass} disabled={disabled}>
              {Object.entries(BLOCK_LABELS).map(([type, label]) => <option key={type} value={type}>{label}</option>)}
            </select>
          </Field>
          <button
            type="button"
            className={`${secondaryButtonClass} flex items-center gap-1`}
            disabled={disabled || blocks.length >= FRONT_BLOCKS_MAX || (addType === "section" && sections.length === 0)}
            onClick={() => {
              setBlocks((all) => [...all, { ...newBlock(addType, sections), uid: uid() }]);
              announce(`${BLOCK_LABELS[addType]} added at the bottom.`);
            }}
          >
            <Plus aria-hidden="true" className="h-4 w-4" /> Add block
          </button>
        </div>
      </section>

      <form
        ref={formRef}
        aria-labelledby="publish-heading"
        className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
        onSubmit={(e) => {
          e.preventDefault();
          submit("draft");
        }}
      >
        <h2 id="publish-heading" className="text-lg font-semibold">Save, publish or schedule</h2>
        <input type="hidden" name="key" value={frontKey} />
        <FormMessage state={state} pending={pending} />
        <div className="flex flex-wrap gap-2">
          <button type="button" disabled={pending || disabled} className={secondaryButtonClass} onClick={() => submit("draft")}>Save draft</button>
          <button type="button" disabled={pending || disabled} className={buttonClass} onClick={() => submit("publish")}>Publish now</button>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <Field id="front-at" label={`Go live at (${timeZone})`} className="w-72">
            <input type="datetime-local" name="at" step={1} className={inputClass} disabled={disabled} />
          </Field>
          <button type="button" disabled={pending || disabled} className={secondaryButtonClass} onClick={() => submit("schedule")}>Schedule</button>
        </div>
      </form>
    </div>
  );
}
