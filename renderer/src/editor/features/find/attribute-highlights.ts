import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import type { ReactNodeViewRendererOptions } from '@tiptap/react';
import type { TextMatch } from '../../../../../shared/text/find-text';
import type { BodyMatch } from './body-match';

/** Find's matches in one attribute's field, as its node view draws them. */
export interface AttributeHighlights {
  /** Offsets in the attribute's text, in order. */
  matches: readonly TextMatch[];
  /** The index of the current match among `matches`; -1 when it is elsewhere. */
  current: number;
}

const SPEC_KEY = 'findAttributes';
type Spec = Record<typeof SPEC_KEY, Record<string, AttributeHighlights>>;

export const NO_ATTRIBUTE_HIGHLIGHTS: AttributeHighlights = { matches: [], current: -1 };

/**
 * A node's matches in its attributes, as a node decoration: ProseMirror hands it to the node's view (and maps
 * it through edits), which draws them in its fields.
 */
export function attributeDecoration(
  node: PMNode,
  pos: number,
  matches: readonly BodyMatch[],
  current: BodyMatch | null,
) {
  const byName: Record<string, { matches: TextMatch[]; current: number }> = {};
  for (const match of matches) {
    const attribute = match.attribute;
    if (!attribute) continue;
    const highlights = (byName[attribute.name] ??= { matches: [], current: -1 });
    const isCurrent =
      current?.attribute?.node === attribute.node &&
      current.attribute.name === attribute.name &&
      current.attribute.from === attribute.from;
    if (isCurrent) highlights.current = highlights.matches.length;
    highlights.matches.push({ from: attribute.from, to: attribute.to });
  }
  const spec: Spec = { [SPEC_KEY]: byName };
  return Decoration.node(pos, pos + node.nodeSize, {}, spec);
}

function findSpec(decorations: readonly { spec: unknown }[]): Spec[typeof SPEC_KEY] | undefined {
  for (const decoration of decorations) {
    const found = (decoration.spec as Partial<Spec> | undefined)?.[SPEC_KEY];
    if (found) return found;
  }
  return undefined;
}

/** What a node view is given by find for attribute `name`, among its decorations. */
export function attributeHighlights(decorations: readonly { spec: unknown }[], name: string): AttributeHighlights {
  return findSpec(decorations)?.[name] ?? NO_ATTRIBUTE_HIGHLIGHTS;
}

/**
 * The `update` of a node view with attribute fields (ReactNodeViewRenderer's option): TipTap draws a view
 * again only when its node changes, and find's matches come as a change of its decorations.
 */
export const updateOnFindChange: NonNullable<ReactNodeViewRendererOptions['update']> = ({
  oldNode,
  newNode,
  oldDecorations,
  newDecorations,
  updateProps,
}) => {
  if (newNode !== oldNode || findSpec(oldDecorations) !== findSpec(newDecorations)) updateProps();
  return true;
};
