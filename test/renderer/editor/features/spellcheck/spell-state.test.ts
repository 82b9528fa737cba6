import { getSchema } from '@tiptap/core';
import { EditorState, Plugin, TextSelection } from '@tiptap/pm/state';
import { StarterKit } from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { spellMark } from '../../../../../renderer/src/editor/features/spellcheck/spell-marks';
import {
  applySpellTransaction,
  initialSpellState,
  spellcheckAttribute,
  spellcheckKey,
  type SpellMeta,
} from '../../../../../renderer/src/editor/features/spellcheck/spell-state';

const schema = getSchema([StarterKit]);

/** A state with only the spellcheck state field, over paragraphs of text. */
function stateOf(...paragraphs: string[]): EditorState {
  const plugin = new Plugin({
    key: spellcheckKey,
    state: {
      init: (_config, state) => initialSpellState(state, 'ready'),
      apply: (tr, value, _old, state) => applySpellTransaction(tr, value, state),
    },
  });
  const doc = schema.node(
    'doc',
    null,
    paragraphs.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])),
  );
  return EditorState.create({ doc, plugins: [plugin] });
}

const spell = (state: EditorState) => spellcheckKey.getState(state)!;
const withMeta = (state: EditorState, meta: SpellMeta) => state.apply(state.tr.setMeta(spellcheckKey, meta));

/** «Учора пареговори тривали.» checked whole: one mark on «пареговори» (positions 7–17). */
function checked(): EditorState {
  const state = stateOf('Учора пареговори тривали.');
  return withMeta(state, {
    type: 'checked',
    from: 0,
    to: state.doc.content.size,
    marks: [spellMark(7, 17, 'пареговори')],
    deferred: null,
  });
}

describe('the spellcheck state', () => {
  it('starts with the whole document to check, and is ready once it is checked', () => {
    const state = stateOf('Учора пареговори тривали.');
    expect(spell(state).dirty).toEqual([{ from: 0, to: state.doc.content.size }]);
    expect(spellcheckAttribute(spell(state))).toBe('pending');
    const after = checked();
    expect(spell(after).dirty).toEqual([]);
    expect(spellcheckAttribute(spell(after))).toBe('ready');
    expect(
      spell(after)
        .decorations.find()
        .map((d) => [d.from, d.to]),
    ).toEqual([[7, 17]]);
  });

  it('a keystroke moves the marks and notes the changed stretch and where the edit ended', () => {
    const state = checked().apply(checked().tr.insertText('Ще ', 1));
    expect(
      spell(state)
        .decorations.find()
        .map((d) => [d.from, d.to]),
    ).toEqual([[10, 20]]);
    expect(spell(state).dirty).toEqual([{ from: 1, to: 4 }]);
    expect(spell(state).lastEdit).toBe(4);
  });

  it('a transaction that changes nothing of its own keeps the very same state object', () => {
    const state = checked();
    const next = state.apply(state.tr.setMeta('unrelated', true));
    expect(spell(next)).toBe(spell(state));
  });

  it('the caret leaving a deferred word puts it back on the list to check', () => {
    let state = checked();
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 20)));
    state = withMeta(state, { type: 'checked', from: 0, to: 0, marks: [], deferred: { from: 18, to: 25 } });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 22)));
    expect(spell(state).deferred).toEqual({ from: 18, to: 25 });
    expect(spell(state).dirty).toEqual([]);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    expect(spell(state).deferred).toBeNull();
    expect(spell(state).dirty).toEqual([{ from: 18, to: 25 }]);
  });

  it('forgets the marks of accepted words, rechecks everything on demand, and drops all marks when the checker fails', () => {
    const state = checked();
    expect(spell(withMeta(state, { type: 'forget', keys: new Set(['пареговори']) })).decorations.find()).toEqual([]);
    expect(spell(withMeta(state, { type: 'forget', keys: new Set(['інше']) })).decorations.find()).toHaveLength(1);
    expect(spell(withMeta(state, { type: 'recheck' })).dirty).toEqual([{ from: 0, to: state.doc.content.size }]);
    const failed = spell(withMeta(state, { type: 'checker', status: 'error' }));
    expect(failed.decorations.find()).toEqual([]);
    expect(spellcheckAttribute(failed)).toBe('error');
  });
});
