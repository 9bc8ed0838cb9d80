"use client";

import { useState, type ReactNode } from "react";
import { ArrowDown, ArrowUp, GripVertical, X } from "lucide-react";

type Props<T> = {
  items: T[];
  itemKey: (item: T) => string;
  /** The item's name for buttons and announcements, e.g. a headline. */
  itemName: (item: T) => string;
  render: (item: T, index: number) => ReactNode;
  onChange: (next: T[]) => void;
  /** Said politely after a move or a removal. */
  announce: (message: string) => void;
  label: string;
  removeLabel?: string;
  disabled?: boolean;
};

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

const iconButton = "rounded border border-neutral-300 p-1 hover:bg-neutral-100 disabled:opacity-40 dark:border-neutral-700 dark:hover:bg-neutral-800";

/**
 * An ordered list the editor rearranges three ways, all equal: drag an item by its grip
 * (mouse or touch), focus the grip and press the up and down arrow keys, or use the
 * Move up / Move down buttons. Every move is announced to screen readers.
 */
export function ReorderableList<T>({ items, itemKey, itemName, render, onChange, announce, label, removeLabel = "Remove", disabled }: Props<T>) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const move = (from: number, to: number, focusGrip = false) => {
    if (to < 0 || to >= items.length) return;
    onChange(moveItem(items, from, to));
    announce(`${itemName(items[from]!)} moved to position ${to + 1} of ${items.length}.`);
    if (focusGrip) requestAnimationFrame(() => document.getElementById(`grip-${itemKey(items[from]!)}`)?.focus());
  };
  return (
    <ol aria-label={label} className="space-y-2">
      {items.map((item, index) => {
        const name = itemName(item);
        return (
          <li
            key={itemKey(item)}
            data-testid="reorderable-item"
            onDragOver={(e) => {
              if (dragging === null) return;
              e.preventDefault();
              setOver(index);
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, index);
              setDragging(null);
              setOver(null);
            }}
            className={`flex items-start gap-2 rounded border bg-white p-2 dark:bg-neutral-900 ${over === index && dragging !== index ? "border-sky-600" : "border-neutral-300 dark:border-neutral-700"}`}
          >
            <button
              type="button"
              id={`grip-${itemKey(item)}`}
              draggable={!disabled}
              disabled={disabled}
              aria-label={`Reorder ${name}: position ${index + 1} of ${items.length}; press the up or down arrow key to move`}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", String(index));
                setDragging(index);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
              onKeyDown={(e) => {
                if (e.key === "ArrowUp") {
                  e.preventDefault();
                  move(index, index - 1, true);
                } else if (e.key === "ArrowDown") {
                  e.preventDefault();
                  move(index, index + 1, true);
                }
              }}
              className={`${iconButton} cursor-grab`}
            >
              <GripVertical aria-hidden="true" className="h-4 w-4" />
            </button>
            <div className="min-w-0 flex-1">{render(item, index)}</div>
            <div className="flex gap-1">
              <button type="button" className={iconButton} disabled={disabled || index === 0} onClick={() => move(index, index - 1)}>
                <ArrowUp aria-hidden="true" className="h-4 w-4" />
                <span className="sr-only">Move {name} up</span>
              </button>
              <button type="button" className={iconButton} disabled={disabled || index === items.length - 1} onClick={() => move(index, index + 1)}>
                <ArrowDown aria-hidden="true" className="h-4 w-4" />
                <span className="sr-only">Move {name} down</span>
              </button>
              <button
                type="button"
                className={iconButton}
                disabled={disabled}
                onClick={() => {
                  onChange(items.filter((_, i) => i !== index));
                  announce(`${name} removed.`);
                }}
              >
                <X aria-hidden="true" className="h-4 w-4" />
                <span className="sr-only">{removeLabel} {name}</span>
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
