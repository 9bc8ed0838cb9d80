// Inserting a block (embed, story element) from a command. When a block is selected
// (the one just inserted is), insert after it rather than replace it.
import type { CommandProps, Content } from "@tiptap/core";
import { NodeSelection } from "@tiptap/pm/state";

export function insertBlock({ commands, state }: CommandProps, content: Content): boolean {
  const { selection } = state;
  return selection instanceof NodeSelection ? commands.insertContentAt(selection.to, content) : commands.insertContent(content);
}
