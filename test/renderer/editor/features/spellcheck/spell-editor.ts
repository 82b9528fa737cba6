import { Editor } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { vi } from 'vitest';
import type { ShpaltaApi } from '../../../../../shared/api/contract';
import { Spellcheck } from '../../../../../renderer/src/editor/features/spellcheck/Spellcheck';
import type { SchedulerTiming } from '../../../../../renderer/src/editor/features/spellcheck/spell-scheduler';
import type { SpellSession } from '../../../../../renderer/src/editor/features/spellcheck/spell-session';
import { spellcheckKey, type SpellMarkSpec } from '../../../../../renderer/src/editor/features/spellcheck/spell-state';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';

/** Short waits so tests run fast; the order of things is the app's. */
export const TEST_TIMING: SchedulerTiming = { pauseMs: 5, maxWaitMs: 50, sliceMs: 5, redrawsPerSlice: 8 };

/** A body editor (StarterKit + Spellcheck) attached to the document, so focus and events behave. */
export function spellEditor(session: SpellSession, api: ShpaltaApi, content: string, timing = TEST_TIMING): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({
    element,
    extensions: [
      StarterKit,
      Spellcheck.configure({ context: { api, articleId: 'a', t: createTranslator('uk') }, session, timing }),
    ],
    content,
  });
}

/** The words marked as misspelled, in document order. */
export function markedWords(editor: Editor): string[] {
  return marks(editor, false);
}

/** The words marked with a style suggestion (not misspelled), in document order. */
export function styledWords(editor: Editor): string[] {
  return marks(editor, true);
}

function marks(editor: Editor, style: boolean): string[] {
  const spell = spellcheckKey.getState(editor.state);
  return (spell?.decorations.find() ?? [])
    .filter((d) => ((d.spec as SpellMarkSpec).style === true) === style)
    .sort((a, b) => a.from - b.from)
    .map((d) => editor.state.doc.textBetween(d.from, d.to));
}

/** Resolves once the editor says every word is checked (`data-spellcheck="ready"`). */
export async function settled(editor: Editor): Promise<void> {
  await vi.waitFor(
    () => {
      if (editor.view.dom.getAttribute('data-spellcheck') !== 'ready') throw new Error('still checking');
    },
    { timeout: 10_000, interval: 5 },
  );
}
