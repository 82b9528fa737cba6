import type { Node as PmNode } from '@tiptap/pm/model';
import { findSuggestions, type Suggestion } from '../../../../../shared/text/typography';
import { placeSuggestions, type PlacedSuggestion } from './suggestions-store';

/**
 * Suggestions for every text block of the body. Unchanged blocks are the same node objects between
 * versions, so a cache keyed by node makes a re-scan after typing cost one paragraph.
 */
export class BodySuggestionScanner {
  private cache = new WeakMap<PmNode, Suggestion[]>();

  scan(doc: PmNode): PlacedSuggestion[] {
    const out: PlacedSuggestion[] = [];
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if (node.type.spec.code === true) return false;
      let found = this.cache.get(node);
      const text = () => node.textBetween(0, node.content.size, undefined, '\n');
      if (!found) {
        found = findSuggestions(text());
        this.cache.set(node, found);
      }
      // Leaf nodes count one character each, so an offset in the text is an offset in the block.
      if (found.length > 0) out.push(...placeSuggestions('body', text(), found, pos + 1));
      return false;
    });
    return out;
  }
}
