import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { StatusStore } from '../status/status-store';
import { DocCounter } from './doc-counts';
import type { EditedArticle } from './edited-article';

/** A recount waits for typing to pause this long. */
const RECOUNT_DELAY_MS = 300;
/** A shift+arrow run settles this long before the selection is counted. */
const SELECTION_DELAY_MS = 120;

export interface DocCounts {
  /** The text changed: the status bar's counts follow, off the keystroke path. */
  recount(): void;
  /** Counts the editor's selections from now on. */
  watch(editor: Editor): void;
}

/** Words and characters of the open article (body, headline and lead) and of the selection, in the status bar. */
export function useDocCounts(status: StatusStore, edited: EditedArticle): DocCounts {
  const [counts] = useState(() => new StatusCounts(status, edited));
  useEffect(
    () => () => {
      counts.stop();
      status.update({ counts: null, selection: null });
    },
    [counts, status],
  );
  return counts;
}

/** Counts off the keystroke path: each waits for its run of changes to settle. */
class StatusCounts implements DocCounts {
  private readonly counter = new DocCounter();
  private countTimer: number | undefined;
  private selectionTimer: number | undefined;

  constructor(
    private readonly status: StatusStore,
    private readonly edited: EditedArticle,
  ) {}

  recount = (): void => {
    window.clearTimeout(this.countTimer);
    this.countTimer = window.setTimeout(() => {
      const doc = this.edited.editor?.state.doc;
      if (!doc) return;
      const { headline, lead } = this.edited.meta;
      this.status.update({ counts: this.counter.count(doc, [headline, lead]) });
    }, RECOUNT_DELAY_MS);
  };

  watch = (editor: Editor): void => {
    editor.on('selectionUpdate', this.countSelection);
  };

  stop(): void {
    window.clearTimeout(this.countTimer);
    window.clearTimeout(this.selectionTimer);
  }

  private countSelection = (): void => {
    window.clearTimeout(this.selectionTimer);
    this.selectionTimer = window.setTimeout(() => {
      const editor = this.edited.editor;
      if (!editor) return;
      const { from, to, empty } = editor.state.selection;
      const counted = empty ? null : this.counter.countRange(editor.state.doc, from, to);
      // A selected figure or card has no text: nothing to count, nothing to show.
      const selection = counted && counted.characters > 0 ? counted : null;
      if (selection !== this.status.getSnapshot().selection) this.status.update({ selection });
    }, SELECTION_DELAY_MS);
  };
}
