import { useState } from 'react';
import { isResolved, type NoteThread } from '../../../../../shared/notes/notes-file';
import { describeError } from '../../../i18n/describe-error';
import { useI18n } from '../../../i18n/i18n';
import { useDates } from '../../../i18n/use-dates';
import { isApplePlatform } from '../shortcuts/platform';
import { shortcutHint } from '../shortcuts/shortcut-hint';
import type { Notes } from './use-notes';

const ADD_NOTE_HINT = shortcutHint('addNote', isApplePlatform());

interface Props {
  notes: Notes;
}

/**
 * «Примітки»: the article's review threads with their counts, the form for a new one, and each thread with
 * its replies. Everything is a button or a form field, so the whole panel works from the keyboard.
 */
export function NotesPanel({ notes }: Props) {
  const { t } = useI18n();
  const { state, draft, error } = notes;
  const threads = state?.threads ?? [];
  const resolved = threads.filter(isResolved).length;
  const [needSelection, setNeedSelection] = useState(false);

  return (
    <section className="notes-panel" aria-labelledby="notes-panel-title">
      <h2 className="panel-title" id="notes-panel-title">
        {t('notes.panel.title')}
      </h2>
      <p className="notes-counts" data-testid="notes-counts">
        {t('notes.panel.counts', { open: threads.length - resolved, resolved })}
      </p>
      <button
        type="button"
        aria-keyshortcuts={ADD_NOTE_HINT?.aria}
        title={
          ADD_NOTE_HINT ? t('toolbar.withShortcut', { label: t('notes.add'), keys: ADD_NOTE_HINT.text }) : undefined
        }
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setNeedSelection(!notes.request())}
      >
        {t('notes.add')}
      </button>
      {needSelection && !draft ? (
        <p className="notes-hint" role="status">
          {t('notes.form.needSelection')}
        </p>
      ) : null}
      {draft ? <NewNoteForm key={`${draft.range.from}-${draft.range.to}`} notes={notes} /> : null}
      {error ? (
        <p className="notes-error" role="alert">
          {describeError(t, error)}
        </p>
      ) : null}
      {state?.problem ? (
        <p className="notes-error" role="alert">
          {t('notes.panel.problem', { path: state.problem.path, reason: t.message(state.problem.reason) })}
        </p>
      ) : null}
      {threads.length === 0 ? (
        <p className="notes-empty">{t('notes.panel.empty', { keys: ADD_NOTE_HINT?.text ?? '' })}</p>
      ) : (
        <ol className="notes-list" aria-label={t('notes.panel.title')}>
          {threads.map((thread) => (
            <li key={thread.id}>
              <NoteThreadView notes={notes} thread={thread} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NewNoteForm({ notes }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const quote = notes.draft?.quote ?? '';
  return (
    <form
      className="notes-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '' || busy) return;
        setBusy(true);
        void notes.add(text).finally(() => setBusy(false));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') notes.cancel();
      }}
    >
      <label>
        {t('notes.form.label', { quote: shortQuote(quote) })}
        <textarea value={text} autoFocus rows={3} onChange={(event) => setText(event.target.value)} />
      </label>
      <div className="notes-actions">
        <button type="submit" disabled={busy || text.trim() === ''}>
          {t('notes.form.save')}
        </button>
        <button type="button" onClick={notes.cancel}>
          {t('notes.form.cancel')}
        </button>
      </div>
    </form>
  );
}

function NoteThreadView({ notes, thread }: { notes: Notes; thread: NoteThread }) {
  const { t } = useI18n();
  const dates = useDates();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const anchored = notes.anchors.has(thread.id);
  const resolved = isResolved(thread);
  const lastResolution = thread.resolutions.at(-1);
  const canDelete = thread.replies.length === 0 && notes.userName !== '' && thread.author === notes.userName;
  return (
    <article className={`note-thread${resolved ? ' resolved' : ''}`} data-note={thread.id}>
      {anchored ? (
        <button type="button" className="note-quote" onClick={() => notes.show(thread.id)}>
          {t('notes.show', { quote: shortQuote(thread.quote) })}
        </button>
      ) : (
        <p className="note-detached">
          <strong>{t('notes.detached')}</strong>: «{shortQuote(thread.quote)}»
        </p>
      )}
      <p className="note-byline">{t('notes.byline', { author: thread.author, time: dates.dateTime(thread.at) })}</p>
      <p className="note-text">{thread.text}</p>
      {thread.replies.length > 0 ? (
        <ul className="note-replies">
          {thread.replies.map((one) => (
            <li key={`${one.at}-${one.author}`}>
              <p className="note-byline">{t('notes.byline', { author: one.author, time: dates.dateTime(one.at) })}</p>
              <p className="note-text">{one.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {resolved && lastResolution ? (
        <p className="note-resolved">
          {t('notes.resolvedBy', { author: lastResolution.by, time: dates.dateTime(lastResolution.at) })}
        </p>
      ) : null}
      {replying ? (
        <form
          className="notes-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reply.trim() === '') return;
            void notes.reply(thread.id, reply).then((sent) => {
              if (!sent) return;
              setReply('');
              setReplying(false);
            });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setReplying(false);
          }}
        >
          <label>
            {t('notes.reply.label')}
            <textarea value={reply} autoFocus rows={2} onChange={(event) => setReply(event.target.value)} />
          </label>
          <div className="notes-actions">
            <button type="submit" disabled={reply.trim() === ''}>
              {t('notes.reply.send')}
            </button>
            <button type="button" onClick={() => setReplying(false)}>
              {t('notes.form.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <div className="notes-actions">
        {replying ? null : (
          <button type="button" onClick={() => setReplying(true)}>
            {t('notes.reply')}
          </button>
        )}
        <button type="button" onClick={() => void notes.resolve(thread.id, !resolved)}>
          {resolved ? t('notes.reopen') : t('notes.resolve')}
        </button>
        {canDelete ? (
          <button type="button" onClick={() => void notes.remove(thread.id)}>
            {t('notes.delete')}
          </button>
        ) : null}
      </div>
    </article>
  );
}

/** A long quote is cut for labels; the whole one stays in the file. */
function shortQuote(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
}
