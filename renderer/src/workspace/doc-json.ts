import type { Node as PmNode } from '@tiptap/pm/model';
import type { Doc, DocNode } from '../../../shared/domain/doc';

/**
 * The body as article JSON, block by block. ProseMirror shares unchanged blocks between versions, so a
 * cache keyed by block makes the autosave after a keystroke serialise one paragraph, not a whole long read
 * (tens of milliseconds on 50,000 words, long enough to delay the next key). The JSON is shared between
 * saves: callers must not change it.
 */
export class DocJsonCache {
  private cache = new WeakMap<PmNode, DocNode>();

  toJSON(doc: PmNode): Doc {
    const content: DocNode[] = [];
    doc.forEach((block) => {
      let json = this.cache.get(block);
      if (!json) {
        json = block.toJSON() as DocNode;
        this.cache.set(block, json);
      }
      content.push(json);
    });
    return { type: 'doc', content };
  }
}
