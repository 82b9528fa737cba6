import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import type { NotesState, ShpaltaApi } from '../../../../../shared/api/contract';
import { toApiError, type ApiError } from '../../../../../shared/api/errors';
import { NOTES_LIMITS } from '../../../../../shared/notes/notes-file';
import { VIEW_ID } from '../../../api/view-id';
import { onMenuRequest } from '../menus/menu-requests';
import { newNoteId } from './note-id';
import { noteRanges, type NoteRange } from './note-ranges';

/** A note about to be written: the text it is about, as selected when «Додати примітку» was asked for. */
export interface NoteDraft {
  range: NoteRange;
  quote: string;
}

export interface Notes {
  state: NotesState | null;
  /** Where each anchored note's text stands now; a thread missing here is detached. */
  anchors: Map<string, NoteRange>;
  draft: NoteDraft | null;
  error: ApiError | null;
  /** Opens the form for the body's selection; false when nothing is selected. */
  request(): boolean;
  cancel(): void;
  add(text: string): Promise<boolean>;
  reply(noteId: string, text: string): Promise<boolean>;
  resolve(noteId: string, resolved: boolean): Promise<boolean>;
  remove(noteId: string): Promise<boolean>;
  /** Selects the note's text and brings it into view. */
  show(noteId: string): void;
  /** The name this app's settings give the person: their own notes may be deleted. */
  userName: string;
}

/**
 * An article's review threads as this view shows them: read from notes.json, followed as colleagues and other
 * windows change it (`notes.changed`), with each thread's anchor read off the body as it is edited.
 */
export function useNotes(api: ShpaltaApi, articleId: string, editor: Editor | null): Notes {
  const [state, setState] = useState<NotesState | null>(null);
  const [anchors, setAnchors] = useState<Map<string, NoteRange>>(() => new Map());
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [userName, setUserName] = useState('');

  useEffect(() => {
    let live = true;
    api.invoke('settings.get', {}).then(
      (settings) => {
        if (live) setUserName(settings.user.name.trim());
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    let live = true;
    const load = () =>
      api.invoke('notes.list', { id: articleId }).then(
        (next) => {
          if (live) setState(next);
        },
        (caught: unknown) => {
          if (live) setError(toApiError(caught));
        },
      );
    void load();
    const stop = api.on('notes.changed', (event) => {
      // This view's own changes came back with their answer already.
      if (event.id === articleId && event.view !== VIEW_ID) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, articleId]);

  const request = useCallback((): boolean => {
    const range = editor ? selectedRange(editor) : null;
    if (!editor || !range) return false;
    const { from, to } = range;
    const quote = editor.state.doc.textBetween(from, to, ' ').trim();
    if (quote === '') return false;
    setDraft({ range: { from, to }, quote: quote.slice(0, NOTES_LIMITS.quote) });
    return true;
  }, [editor]);

  useEffect(() => {
    if (!editor) return undefined;
    // «Додати примітку» in the selection's bubble menu.
    return onMenuRequest(editor, (asked) => {
      if (asked === 'note') request();
    });
  }, [editor, request]);

  useEffect(() => {
    if (!editor) return undefined;
    const read = () => setAnchors(noteRanges(editor.state.doc));
    read();
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) read();
    };
    editor.on('transaction', onTransaction);
    return () => void editor.off('transaction', onTransaction);
  }, [editor]);

  const run = useCallback(async (work: () => Promise<NotesState>): Promise<boolean> => {
    try {
      setState(await work());
      setError(null);
      return true;
    } catch (caught) {
      setError(toApiError(caught));
      return false;
    }
  }, []);

  const baseHash = state?.hash ?? null;
  const common = (noteId: string) => ({ id: articleId, noteId, baseHash, view: VIEW_ID });

  return {
    state,
    anchors,
    draft,
    error,
    request,
    cancel: () => setDraft(null),
    add: async (text) => {
      if (!draft || !editor) return false;
      const noteId = newNoteId();
      const saved = await run(async () => {
        const next = await api.invoke('notes.add', { ...common(noteId), quote: draft.quote, text });
        // The service signs with the settings' name, which may have been given since this view read it.
        const mine = next.threads.find((thread) => thread.id === noteId);
        if (mine) setUserName(mine.author);
        return next;
      });
      // The anchor only once the thread is stored: a mark must never point at a note that is not there.
      if (saved) editor.chain().setTextSelection(draft.range).setNoteMark(noteId).run();
      if (saved) setDraft(null);
      return saved;
    },
    reply: (noteId, text) => run(() => api.invoke('notes.reply', { ...common(noteId), text })),
    resolve: (noteId, resolved) => run(() => api.invoke('notes.resolve', { ...common(noteId), resolved })),
    remove: async (noteId) => {
      const removed = await run(() => api.invoke('notes.delete', common(noteId)));
      if (removed) editor?.commands.unsetNoteMark(noteId);
      return removed;
    },
    show: (noteId) => {
      const range = anchors.get(noteId);
      if (!editor || !range) return;
      editor.chain().focus().setTextSelection(range).scrollIntoView().run();
    },
    userName,
  };
}

/**
 * The body's selection. A read-only body is not focusable, so ProseMirror does not follow what the person
 * selects there: the page's own selection inside the body is read instead.
 */
function selectedRange(editor: Editor): NoteRange | null {
  if (editor.isEditable) {
    const { from, to, empty } = editor.state.selection;
    return empty ? null : { from, to };
  }
  const selection = editor.view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || selection.isCollapsed || !anchorNode || !focusNode) return null;
  if (!editor.view.dom.contains(anchorNode) || !editor.view.dom.contains(focusNode)) return null;
  try {
    const anchor = editor.view.posAtDOM(anchorNode, selection.anchorOffset);
    const head = editor.view.posAtDOM(focusNode, selection.focusOffset);
    return anchor === head ? null : { from: Math.min(anchor, head), to: Math.max(anchor, head) };
  } catch {
    return null; // a selection inside a node view's own controls
  }
}
