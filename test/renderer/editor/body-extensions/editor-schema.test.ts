import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { EDITOR_MARKS, EDITOR_NODES } from '../../../../shared/domain/editor-schema';
import { bodyExtensions } from '../../../../renderer/src/editor/body-extensions';
import { blockContext } from '../support/block-editor';

/**
 * The service judges files by shared/domain/editor-schema.ts; the editor is what draws them. If an extension
 * adds, renames or drops a node, mark or node attribute, this fails until the shared list says the same.
 */
describe('the body editor schema', () => {
  const schema = getSchema(bodyExtensions(blockContext()));

  it('has exactly the node types and node attributes the service checks against', () => {
    const nodes = Object.fromEntries(
      Object.entries(schema.nodes).map(([name, type]) => [name, Object.keys(type.spec.attrs ?? {}).sort()]),
    );
    const shared = Object.fromEntries(Object.entries(EDITOR_NODES).map(([name, attrs]) => [name, [...attrs].sort()]));
    expect(nodes).toEqual(shared);
  });

  it('has exactly the mark types the service checks against', () => {
    expect(Object.keys(schema.marks).sort()).toEqual([...EDITOR_MARKS].sort());
  });
});
