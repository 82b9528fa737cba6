import type { Node as PmNode } from '@tiptap/pm/model';
import { countText, type TextCounts } from '../../../shared/text/counts';

/**
 * Counts of a whole document, block by block. ProseMirror shares unchanged nodes between versions,
 * so a cache keyed by node makes a recount after a keystroke cost one paragraph, not the article.
 */
export class DocCounter {
  private cache = new WeakMap<PmNode, TextCounts>();

  count(doc: PmNode, extraTexts: readonly string[] = []): TextCounts {
    const total: TextCounts = { words: 0, characters: 0 };
    const add = (counts: TextCounts) => {
      total.words += counts.words;
      total.characters += counts.characters;
    };
    let blocks = 0;
    doc.forEach((block) => {
      let counts = this.cache.get(block);
      if (!counts) {
        counts = countText(block.textBetween(0, block.content.size, '\n', ' '));
        this.cache.set(block, counts);
      }
      add(counts);
      blocks += 1;
    });
    for (const text of extraTexts) {
      if (!text) continue;
      add(countText(text));
      blocks += 1;
    }
    // Blocks are joined by a line break in the plain text, which `знаків з пробілами` counts.
    total.characters += Math.max(0, blocks - 1);
    return total;
  }
}
