import type { Node as PmNode } from '@tiptap/pm/model';
import { printedBlockText } from '../../../shared/domain/body-nodes';
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
        counts = countText(printedBlockText(block.type.name, block.textBetween(0, block.content.size, '\n', ' ')));
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

  /**
   * Counts of a selection, text block by text block: a block the selection covers whole comes from the
   * cache, so selecting all of a long read costs what a keystroke's recount does.
   */
  countRange(doc: PmNode, from: number, to: number): TextCounts {
    const total: TextCounts = { words: 0, characters: 0 };
    let blocks = 0;
    doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isTextblock) return true;
      const start = pos + 1;
      const end = start + node.content.size;
      const whole = from <= start && to >= end;
      let counts = whole ? this.cache.get(node) : undefined;
      if (!counts) {
        const text = node.textBetween(Math.max(from, start) - start, Math.min(to, end) - start, '\n', ' ');
        counts = countText(text);
        if (whole) this.cache.set(node, counts);
      }
      total.words += counts.words;
      total.characters += counts.characters;
      blocks += 1;
      return false;
    });
    total.characters += Math.max(0, blocks - 1);
    return total;
  }
}
