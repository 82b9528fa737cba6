import type { Editor } from '@tiptap/core';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ArticleFile, ConflictCopy } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { toApiError } from '../../../shared/api/errors';
import { ARTICLE_LIMITS, type Article } from '../../../shared/domain/article';
import type { Doc } from '../../../shared/domain/doc';
import { showablePart } from '../../../shared/domain/editor-schema';
import type { Settings } from '../../../shared/settings/schema';
import { useApi } from '../api/api-context';
import { BackupBanner } from '../conflicts/BackupBanner';
import { CompareDialog, type CompareSide } from '../conflicts/CompareDialog';
import { ConflictCopiesBanner } from '../conflicts/ConflictCopiesBanner';
import { useI18n } from '../i18n/i18n';
import { MetadataPanel, type ArticleMeta } from '../panel/MetadataPanel';
import type { StatusStore } from '../status/status-store';
import { Autosave } from './autosave';
import { BodyEditor } from './BodyEditor';
import { DocCounter } from './doc-counts';
import { DocJsonCache } from './doc-json';
import { fixTypography } from '../../../shared/text/typography';
import { applyToString, fieldSuggestions } from './typography/field-suggestions';
import { SuggestionsStore, type PlacedSuggestion } from './typography/suggestions-store';
import { TypographyPanel } from './typography/TypographyPanel';
import { UnsupportedContentBanner } from './UnsupportedContentBanner';
import { useTypingTypography } from './typography/use-typing-typography';
import { skippableIdle } from './when-idle';
import { useLocalDraft } from './drafts/use-local-draft';
import { withKeptDraft } from './drafts/with-kept-draft';
import { firstKept } from './drafts/first-kept';
import type { OpenArticle } from './open-article';
import { SpelledTextarea } from './spellcheck/SpelledTextarea';
import { availableSpellSession } from './spellcheck/spell-session';
import { SLASH_ITEMS } from './blocks/slash-items';
import { CommandUndo, type CommandFieldChange } from './undo/command-undo';
import { useFieldHistory } from './undo/use-field-history';
import { useUndoGuard } from './undo/use-undo-guard';
import { FieldLimitNote } from './limits/FieldLimitNote';
import { HeadlineLength } from './limits/HeadlineLength';
import { useFieldLimit } from './limits/use-field-limit';

/**
 * Leaving an article waits at most this long for its edits to be saved or kept in this browser: a host that
 * hangs must not hold the window, and the journalist is told why the article stayed open.
 */
const LEAVE_WAIT_MS = 5000;

/** Slash-menu blocks offered in the toolbar's «Вставити» list: the rest have buttons of their own. */
const TOOLBAR_INSERT_IDS = new Set(['image', 'embed', 'readAlso', 'recap']);

interface Props {
  id: string;
  settings: Settings;
  status: StatusStore;
  /** Conflict copies the library list reports for this article; a change makes the editor look again. */
  conflictCount?: number | undefined;
  /** Lets the shell save now (Ctrl+S, menu, status bar) and secure the edits before the article is left. */
  registerArticle(article: OpenArticle | null): void;
  /** The article was just made: the caret goes to its headline, the first thing the journalist writes. */
  focusHeadline?: boolean;
  /** The article is drawn (a frame after its editor mounted): a crash from now on is not its opening. */
  onShown?: ((id: string) => void) | undefined;
}

type Loaded =
  { kind: 'loading' } | { kind: 'error'; error: ApiError } | { kind: 'ready'; file: ArticleFile; restored: boolean };

/** Loads one article and keeps its file in step with the screen. Re-mounted (keyed) per article. */
/** Memoised: the library list reloads after every save, and that must not re-render the editor's page. */
export const ArticleWorkspace = memo(function ArticleWorkspace({
  id,
  settings,
  status,
  conflictCount,
  registerArticle,
  focusHeadline = false,
  onShown,
}: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    // Edits this browser kept while the host could not take them open with the article, and go out again.
    api
      .invoke('article.get', { id })
      .then(withKeptDraft)
      .then(
        ({ file, restored }) => alive && setLoaded({ kind: 'ready', file, restored }),
        (error: unknown) => alive && setLoaded({ kind: 'error', error: toApiError(error) }),
      );
    return () => {
      alive = false;
    };
  }, [api, id, attempt]);

  // A file caught half-written (a sync tool, another program) cannot be opened; when it changes again, try again.
  const failed = loaded.kind === 'error';
  useEffect(
    () => (failed ? api.on('article.changed', (change) => change.id === id && setAttempt((n) => n + 1)) : undefined),
    [api, id, failed],
  );

  if (loaded.kind === 'loading') {
    return (
      <p className="workspace-state" aria-busy="true">
        {t('editor.loading')}
      </p>
    );
  }
  if (loaded.kind === 'error') {
    return (
      <div className="workspace-state error" role="alert">
        <h2>{t('editor.openError')}</h2>
        <p>{t.message(loaded.error.reason)}</p>
        <p>{t('editor.openRetryHint')}</p>
        <button
          type="button"
          onClick={() => {
            setLoaded({ kind: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          {t('editor.openRetry')}
        </button>
      </div>
    );
  }
  return (
    <ArticleSession
      file={loaded.file}
      restored={loaded.restored}
      settings={settings}
      status={status}
      conflictCount={conflictCount}
      registerArticle={registerArticle}
      focusHeadline={focusHeadline}
      onShown={onShown}
    />
  );
});

interface SessionProps {
  file: ArticleFile;
  /** The file carries edits kept in this browser that the host never confirmed: they are sent at once. */
  restored: boolean;
  settings: Settings;
  status: StatusStore;
  conflictCount: number | undefined;
  registerArticle(article: OpenArticle | null): void;
  focusHeadline: boolean;
  onShown: ((id: string) => void) | undefined;
}

function ArticleSession({
  file,
  restored,
  settings,
  status,
  conflictCount,
  registerArticle,
  focusHeadline,
  onShown,
}: SessionProps) {
  const api = useApi();
  const { t } = useI18n();
  const fieldId = useId();
  const articleId = file.article.id;
  const apostrophe = settings.outlet.apostrophe;
  const [suggestions] = useState(() => {
    const store = new SuggestionsStore();
    store.setFields(fieldSuggestions(file.article.headline, file.article.lead));
    return store;
  });
  // Stable for the session: a new object would re-create the editor.
  const editorContext = useMemo(
    () => ({ api, articleId, t, apostrophe, suggestions }),
    [api, articleId, t, apostrophe, suggestions],
  );
  // The blocks the toolbar has no button for; stable per language so the toolbar never re-renders for it.
  const insertItems = useMemo(
    () =>
      SLASH_ITEMS.filter((item) => TOOLBAR_INSERT_IDS.has(item.id)).map((item) => ({
        id: item.id,
        label: t(item.label),
        run: item.run,
      })),
    [t],
  );
  const headlineRef = useTypingTypography<HTMLTextAreaElement>(apostrophe);
  const leadRef = useTypingTypography<HTMLTextAreaElement>(apostrophe);
  // Children's effects ran first, so the editor is mounted; a frame later it has been laid out and painted.
  useEffect(() => {
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => onShown?.(articleId), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [articleId, onShown]);
  // A value the field's own undo gives back goes in as typing does (changeMeta is declared further down).
  const changeMetaRef = useRef<(patch: Partial<ArticleMeta>) => void>(() => undefined);
  const headlineUndo = useFieldHistory(headlineRef, (headline) => changeMetaRef.current({ headline }));
  const leadUndo = useFieldHistory(leadRef, (lead) => changeMetaRef.current({ lead }));
  const [commandUndo] = useState(() => new CommandUndo());
  const headlineLimit = useFieldLimit(ARTICLE_LIMITS.headline);
  const leadLimit = useFieldLimit(ARTICLE_LIMITS.lead);
  useUndoGuard(commandUndo);
  const focusHeadlineOnOpen = useRef(focusHeadline);
  useEffect(() => {
    if (focusHeadlineOnOpen.current) headlineRef.current?.focus();
  }, [headlineRef]);
  // The body's checker, shared by the window.
  const spellSession = useMemo(() => availableSpellSession(api), [api]);
  const [fixResult, setFixResult] = useState<string | null>(null);
  const [meta, setMeta] = useState<ArticleMeta>(() => withoutBody(file));
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<string | null>(() => (restored ? t('draft.restored') : null));
  const [backup, setBackup] = useState<{ savedAt: string; article: Article } | null>(null);
  const [copies, setCopies] = useState<ConflictCopy[]>([]);
  const [resolving, setResolving] = useState(false);
  const [comparing, setComparing] = useState<{ left: CompareSide; right: CompareSide } | null>(null);
  const [bodyVersion, setBodyVersion] = useState(0);
  const [initialBody, setInitialBody] = useState<Doc>(() => bodyToShow(file));
  // Content this editor cannot show, found by the service or by the editor's own schema check: the article is
  // then read-only, and nothing of it is written (the editor would lose what it cannot hold).
  const [unsupported, setUnsupported] = useState(file.unsupported);
  const [bodyRefused, setBodyRefused] = useState(false);
  const readOnly = unsupported !== null || bodyRefused;
  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;

  // The latest values live in refs so that saving never needs a re-render.
  const metaRef = useRef(meta);
  const baseHash = useRef(file.hash);
  /** «Записати мою версію»: the other version the next save writes over (kept as a revision by the service). */
  const overwrites = useRef<string | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const countTimer = useRef<number | null>(null);
  const selectionTimer = useRef<number | null>(null);
  const counter = useRef(new DocCounter());
  const docJson = useRef(new DocJsonCache());
  const autosaveRef = useRef<Autosave | null>(null);
  const mounted = useRef(false);
  /** The page is being left (beforeunload): the last save cannot wait for an idle moment. */
  const leaving = useRef(false);
  /** Ends the idle wait of a save already on its way, when the page is being left: no idle moment comes then. */
  const skipIdleWait = useRef<(() => void) | null>(null);
  const localDraft = useLocalDraft(() => ({
    id: articleId,
    baseHash: baseHash.current,
    article: {
      ...metaRef.current,
      body: editorRef.current ? docJson.current.toJSON(editorRef.current.state.doc) : initialBody,
    },
  }));

  const recount = useCallback(() => {
    if (countTimer.current !== null) window.clearTimeout(countTimer.current);
    countTimer.current = window.setTimeout(() => {
      countTimer.current = null;
      const doc = editorRef.current?.state.doc;
      if (!doc) return;
      const { headline, lead } = metaRef.current;
      status.update({ counts: counter.current.count(doc, [headline, lead]) });
    }, 300);
  }, [status]);

  if (autosaveRef.current === null) {
    autosaveRef.current = new Autosave({
      save: async () => {
        // Serialising a long article takes a while: do it between keystrokes, not in front of one. When the
        // page is going away (reload, closing the tab) there is no later: an idle moment would never come, so
        // a save begins at once, and one already waiting for idle stops waiting (warnBeforeUnload).
        if (!leaving.current) {
          const idle = skippableIdle();
          skipIdleWait.current = idle.now;
          await idle.done;
          skipIdleWait.current = null;
        }
        const editor = editorRef.current;
        const body = editor ? docJson.current.toJSON(editor.state.doc) : initialBody;
        const saved = await api.invoke('article.save', {
          article: { ...metaRef.current, body },
          baseHash: baseHash.current,
          ...(overwrites.current === null ? {} : { overwrites: overwrites.current }),
        });
        baseHash.current = saved.hash;
        overwrites.current = null;
        metaRef.current = { ...metaRef.current, updatedAt: saved.savedAt };
        return saved;
      },
      onState: (state) => {
        // Saved, or the disk's version taken instead (reset): nothing of this browser's is left to send.
        if (state.kind === 'saved' || state.kind === 'clean') localDraft.confirmed();
        status.update({ save: state });
        setConflict(state.kind === 'conflict');
      },
    });
  }
  const autosave = autosaveRef.current;

  useEffect(() => {
    mounted.current = true;
    autosave.unblock();
    status.update({ save: { kind: 'clean' } });
    registerArticle({
      save: () => autosave.flush(),
      // Whichever comes first: the host confirms the save, or this browser holds the edits (host down or slow).
      secure: () =>
        autosave.hasUnsavedChanges
          ? firstKept([localDraft.keepNow(), autosave.flush().then(() => !autosave.hasUnsavedChanges)], LEAVE_WAIT_MS)
          : Promise.resolve(true),
    });
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosave.hasUnsavedChanges) return;
      void localDraft.keepNow();
      // The request leaves before the page does; if the journalist stays, saving waits for idle again.
      leaving.current = true;
      skipIdleWait.current?.();
      void autosave.flush().finally(() => {
        leaving.current = false;
      });
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', warnBeforeUnload);
      registerArticle(null);
      // Switching articles must not drop the last edits. (A remount, as StrictMode does, keeps it alive.)
      // They are kept in this browser first: with the host down, the flush fails and they would be gone.
      if (autosave.hasUnsavedChanges) void localDraft.keepNow();
      mounted.current = false;
      void autosave.flush().finally(() => {
        if (!mounted.current) autosave.dispose();
      });
      if (countTimer.current !== null) window.clearTimeout(countTimer.current);
      if (selectionTimer.current !== null) window.clearTimeout(selectionTimer.current);
      status.update({ save: null, counts: null, selection: null });
    };
  }, [autosave, localDraft, registerArticle, status]);

  useEffect(() => {
    if (!restored) return;
    autosave.touch();
  }, [autosave, restored]);

  const replaceWith = useCallback(
    (next: ArticleFile) => {
      baseHash.current = next.hash;
      overwrites.current = null;
      const nextMeta = withoutBody(next);
      metaRef.current = nextMeta;
      setMeta(nextMeta);
      setInitialBody(bodyToShow(next));
      setUnsupported(next.unsupported);
      setBodyRefused(false);
      setBodyVersion((v) => v + 1); // a fresh editor for the new body; undo history of the old one is moot
      autosave.reset();
      headlineUndo.clear();
      leadUndo.clear();
      commandUndo.forget();
      recount();
      suggestions.setFields(fieldSuggestions(nextMeta.headline, nextMeta.lead));
    },
    [autosave, recount, suggestions, headlineUndo, leadUndo, commandUndo],
  );

  // Someone else changed the file: reload if we have nothing unsaved, otherwise keep both.
  useEffect(
    () =>
      api.on('article.changed', ({ id, hash }) => {
        if (id !== metaRef.current.id || hash === baseHash.current) return;
        if (hash === null) {
          // The file is gone (deleted, moved, a drive unplugged): the text stays here and saves go to a backup.
          setNotice(t('vanished.notice'));
          return;
        }
        if (autosave.hasUnsavedChanges) {
          setConflict(true);
          return;
        }
        api.invoke('article.get', { id }).then(
          (next) => {
            replaceWith(next);
            setNotice(t('reloaded.notice'));
          },
          (error: unknown) => status.update({ save: { kind: 'error', error: toApiError(error) } }),
        );
      }),
    [api, autosave, replaceWith, status, t],
  );

  const reportError = useCallback(
    (error: unknown) => status.update({ save: { kind: 'error', error: toApiError(error) } }),
    [status],
  );

  // Edits kept in the app's backup by an earlier failed save: offered back unless they equal the file.
  useEffect(() => {
    let alive = true;
    api.invoke('article.backup', { id: file.article.id }).then(({ backup: found }) => {
      if (!alive || !found) return;
      if (sameContent(found.article, file.article)) void api.invoke('article.discardBackup', { id: file.article.id });
      else setBackup(found);
    }, reportError);
    return () => {
      alive = false;
    };
  }, [api, file.article, reportError]);

  // Conflict copies left by sync tools: looked up on opening and whenever the library reports a change in their number.
  useEffect(() => {
    let alive = true;
    api
      .invoke('article.conflicts', { id: file.article.id })
      .then(({ copies: found }) => alive && setCopies(found), reportError);
    return () => {
      alive = false;
    };
  }, [api, file.article.id, conflictCount, reportError]);

  /** What the window holds now, for comparisons. */
  const currentVersion = (): Article => ({
    ...metaRef.current,
    body: editorRef.current ? docJson.current.toJSON(editorRef.current.state.doc) : initialBody,
  });

  const resolveCopy = async (copy: ConflictCopy, keep: 'current' | 'copy') => {
    setResolving(true);
    try {
      // Our latest edits go to disk first: if the copy wins, they are kept as a revision, not lost.
      await autosave.flush();
      const resolved = await api.invoke('article.resolveConflict', {
        id: metaRef.current.id,
        fileName: copy.fileName,
        keep,
      });
      if (keep === 'copy') replaceWith(resolved);
      else baseHash.current = resolved.hash;
      setCopies((list) => list.filter((c) => c.fileName !== copy.fileName));
    } catch (error) {
      reportError(error);
    } finally {
      setResolving(false);
    }
  };

  const compareCopy = (copy: ConflictCopy) => {
    if (!copy.article) return;
    setComparing({
      left: {
        label: t('compare.current'),
        article: currentVersion(),
        choose: { label: t('copies.keepCurrent'), onChoose: () => void resolveCopy(copy, 'current') },
      },
      right: {
        label: copy.description,
        article: copy.article,
        choose: { label: t('copies.takeCopy'), onChoose: () => void resolveCopy(copy, 'copy') },
      },
    });
  };

  const restoreBackup = () => {
    if (!backup) return;
    // The backup becomes the window's version and is saved over what is on disk: the journalist chose it.
    replaceWith({ article: backup.article, hash: baseHash.current, unsupported: null });
    setBackup(null);
    autosave.touch();
    localDraft.changed();
  };
  const discardBackup = () => {
    setBackup(null);
    void api.invoke('article.discardBackup', { id: metaRef.current.id }).catch(reportError);
  };

  const compareWithDisk = async () => {
    try {
      const disk = await api.invoke('article.get', { id: metaRef.current.id });
      setComparing({
        left: {
          label: t('compare.mine'),
          article: currentVersion(),
          choose: { label: t('conflict.keepMine'), onChoose: () => void keepMine(disk.hash) },
        },
        right: {
          label: t('compare.disk'),
          article: disk.article,
          choose: { label: t('conflict.takeTheirs'), onChoose: () => void takeTheirs() },
        },
      });
    } catch (error) {
      reportError(error);
    }
  };

  const changeMeta = (patch: Partial<ArticleMeta>) => {
    if (readOnlyRef.current) return;
    const next = { ...metaRef.current, ...patch };
    metaRef.current = next;
    setMeta(next);
    autosave.touch();
    localDraft.changed();
    if ('headline' in patch || 'lead' in patch) {
      recount();
      suggestions.setFields(fieldSuggestions(next.headline, next.lead));
    }
  };
  changeMetaRef.current = changeMeta;

  /** A field a command is about to set: its step is recorded, so the command can be undone as a whole. */
  const commandFieldChange = (field: 'headline' | 'lead', after: string): CommandFieldChange => {
    const undo = field === 'headline' ? headlineUndo : leadUndo;
    undo.recordCommand();
    return { undo, after, current: () => metaRef.current[field] };
  };

  const fixAllTypography = () => {
    if (readOnlyRef.current) return;
    const { headline, lead } = metaRef.current;
    const fixedHeadline = fixTypography(headline, { apostrophe });
    const fixedLead = fixTypography(lead, { apostrophe });
    const editor = editorRef.current;
    const fields: CommandFieldChange[] = [];
    if (fixedHeadline !== headline) fields.push(commandFieldChange('headline', fixedHeadline));
    if (fixedLead !== lead) fields.push(commandFieldChange('lead', fixedLead));
    let bodyCount = 0;
    commandUndo.run(
      editor,
      () => {
        if (fields.length > 0) changeMeta({ headline: fixedHeadline, lead: fixedLead });
        if (!editor) return false;
        editor.commands.fixTypography();
        bodyCount = editor.storage.typography.lastFixCount;
        return bodyCount > 0;
      },
      () => fields,
    );
    const count = fields.length + bodyCount;
    setFixResult(count > 0 ? t('typography.fixed', { count }) : t('typography.nothingToFix'));
  };

  const applySuggestion = (item: PlacedSuggestion) => {
    if (readOnlyRef.current) return;
    setFixResult(null);
    const editor = editorRef.current;
    if (item.field !== 'body') {
      const field = item.field;
      const next = applyToString(metaRef.current[field], item);
      if (next === null) suggestions.setFields(fieldSuggestions(metaRef.current.headline, metaRef.current.lead));
      else {
        const change = commandFieldChange(field, next);
        commandUndo.run(
          editor,
          () => {
            changeMeta({ [field]: next });
            return false;
          },
          () => [change],
        );
      }
      return;
    }
    if (!editor) return;
    const holds = (at: PlacedSuggestion) =>
      at.end <= editor.state.doc.content.size &&
      editor.state.doc.textBetween(at.start, at.end, undefined, '\n') === at.original;
    // The text may have moved since the panel was drawn (typing, «Виправити типографіку»): look again.
    const target = holds(item) ? item : suggestions.refind(item);
    if (!target || !holds(target)) {
      setFixResult(t('typography.stale'));
      return;
    }
    commandUndo.run(
      editor,
      () => {
        editor.view.dispatch(editor.state.tr.insertText(target.replacement, target.start, target.end));
        return true;
      },
      () => [],
    );
  };

  const fixAllRef = useRef(fixAllTypography);
  fixAllRef.current = fixAllTypography;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isFixTypographyShortcut(event)) return;
      event.preventDefault();
      fixAllRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const showSuggestion = (item: PlacedSuggestion) => {
    editorRef.current?.chain().focus().setTextSelection({ from: item.start, to: item.end }).scrollIntoView().run();
  };

  const countSelection = useCallback(() => {
    if (selectionTimer.current !== null) window.clearTimeout(selectionTimer.current);
    // Off the keystroke path: a shift+arrow run settles before the selection is counted.
    selectionTimer.current = window.setTimeout(() => {
      selectionTimer.current = null;
      const editor = editorRef.current;
      if (!editor) return;
      const { from, to, empty } = editor.state.selection;
      const counted = empty ? null : counter.current.countRange(editor.state.doc, from, to);
      // A selected figure or card has no text: nothing to count, nothing to show.
      const selection = counted && counted.characters > 0 ? counted : null;
      if (selection !== status.getSnapshot().selection) status.update({ selection });
    }, 120);
  }, [status]);

  const onReady = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      editor.on('selectionUpdate', countSelection);
      recount();
    },
    [recount, countSelection],
  );
  const onBodyChange = useCallback(() => {
    if (readOnlyRef.current) return;
    autosave.touch();
    localDraft.changed();
    recount();
  }, [autosave, localDraft, recount]);

  const onBodyRefused = useCallback(() => setBodyRefused(true), []);

  // Both sides of a conflict are kept: whichever version loses becomes a revision in the library.
  const takeTheirs = async () => {
    try {
      await api.invoke('article.keepMineAsRevision', { article: currentVersion() });
      replaceWith(await api.invoke('article.get', { id: metaRef.current.id }));
      setConflict(false);
      setNotice(t('conflict.keptMine'));
    } catch (error) {
      status.update({ save: { kind: 'error', error: toApiError(error) } });
    }
  };
  /** `theirs`: the hash of the other version as the compare view showed it; else the one on disk now. */
  const keepMine = async (theirs?: string) => {
    try {
      overwrites.current = theirs ?? (await api.invoke('article.get', { id: metaRef.current.id })).hash;
      setConflict(false);
      autosave.touch();
      await autosave.flush();
      // A save that went through clears the choice; one that did not says so through the status bar.
      if (overwrites.current === null) setNotice(t('conflict.keptOther'));
    } catch (error) {
      status.update({ save: { kind: 'error', error: toApiError(error) } });
    }
  };

  return (
    <div className="workspace">
      <section className="editor-column" aria-label={t('editor.region')} id="editor">
        {readOnly ? <UnsupportedContentBanner unsupported={unsupported} /> : null}
        {conflict ? (
          <div className="banner warning" role="alert">
            <strong>{t('conflict.title')}</strong>
            <p>{t('conflict.body')}</p>
            <div className="banner-actions">
              <button type="button" onClick={() => void compareWithDisk()}>
                {t('conflict.compare')}
              </button>
              <button type="button" onClick={() => void takeTheirs()}>
                {t('conflict.takeTheirs')}
              </button>
              <button type="button" onClick={() => void keepMine()}>
                {t('conflict.keepMine')}
              </button>
            </div>
          </div>
        ) : null}
        {backup ? (
          <BackupBanner
            savedAt={backup.savedAt}
            onRestore={restoreBackup}
            onDiscard={discardBackup}
            onCompare={() =>
              setComparing({
                left: {
                  label: t('compare.current'),
                  article: currentVersion(),
                  choose: { label: t('backup.discard'), onChoose: discardBackup },
                },
                right: {
                  label: t('compare.backup'),
                  article: backup.article,
                  choose: { label: t('backup.restore'), onChoose: restoreBackup },
                },
              })
            }
          />
        ) : null}
        <ConflictCopiesBanner
          copies={copies}
          busy={resolving}
          onCompare={compareCopy}
          onKeepCurrent={(copy) => void resolveCopy(copy, 'current')}
          onTakeCopy={(copy) => void resolveCopy(copy, 'copy')}
        />
        {comparing ? (
          <CompareDialog left={comparing.left} right={comparing.right} onClose={() => setComparing(null)} />
        ) : null}
        {notice ? (
          <div className="banner info" role="status">
            <span>{notice}</span>
            <button type="button" className="link-button" onClick={() => setNotice(null)}>
              {t('app.dismiss')}
            </button>
          </div>
        ) : null}
        <label htmlFor={`${fieldId}-headline`} className="visually-hidden">
          {t('editor.headline')}
        </label>
        <SpelledTextarea
          id={`${fieldId}-headline`}
          fieldRef={headlineRef}
          className="headline-input"
          rows={1}
          value={meta.headline}
          session={spellSession}
          t={t}
          placeholder={t('editor.headlinePlaceholder')}
          readOnly={readOnly}
          aria-describedby={`${fieldId}-headline-limit ${fieldId}-headline-length`}
          onChange={(e) => changeMeta({ headline: headlineLimit.cut(e.target.value.replace(/\n/g, ' ')) })}
        />
        <FieldLimitNote
          id={`${fieldId}-headline-limit`}
          field={t('editor.headline')}
          limit={ARTICLE_LIMITS.headline}
          cutCount={headlineLimit.cutCount}
        />
        <HeadlineLength id={`${fieldId}-headline-length`} length={meta.headline.length} />
        <label htmlFor={`${fieldId}-lead`} className="visually-hidden">
          {t('editor.lead')}
        </label>
        <SpelledTextarea
          id={`${fieldId}-lead`}
          fieldRef={leadRef}
          className="lead-input"
          rows={2}
          value={meta.lead}
          session={spellSession}
          t={t}
          placeholder={t('editor.leadPlaceholder')}
          readOnly={readOnly}
          aria-describedby={`${fieldId}-lead-limit`}
          onChange={(e) => changeMeta({ lead: leadLimit.cut(e.target.value) })}
        />
        <FieldLimitNote
          id={`${fieldId}-lead-limit`}
          field={t('editor.lead')}
          limit={ARTICLE_LIMITS.lead}
          cutCount={leadLimit.cutCount}
        />
        <BodyEditor
          key={bodyVersion}
          initialContent={initialBody}
          context={editorContext}
          insertItems={insertItems}
          label={t('editor.body')}
          onReady={onReady}
          onChange={onBodyChange}
          readOnly={readOnly}
          onContentError={onBodyRefused}
          hidden={bodyRefused}
        />
      </section>
      <aside className="side-panel" aria-label={t('panel.region')}>
        <fieldset className="plain-fieldset" disabled={readOnly}>
          <MetadataPanel key={bodyVersion} meta={meta} rubrics={settings.outlet.rubrics} onChange={changeMeta} />
        </fieldset>
        <TypographyPanel
          store={suggestions}
          fixResult={fixResult}
          readOnly={readOnly}
          onFixAll={fixAllTypography}
          onApply={applySuggestion}
          onShow={showSuggestion}
        />
      </aside>
    </div>
  );
}

/**
 * Ctrl+Shift+F (⌘⇧F): «Виправити типографіку». `code`, not `key`: the Ukrainian layout types «А» there.
 * Not Ctrl+Alt+T, which GNOME takes for a terminal before the app sees it.
 */
function isFixTypographyShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyF';
}

/** The same text and metadata, whenever it was saved. */
function sameContent(a: Article, b: Article): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

/** A body with content the editor does not know is shown without it (read-only, never saved). */
function bodyToShow(file: ArticleFile): Doc {
  return file.unsupported ? showablePart(file.article.body) : file.article.body;
}

function withoutBody(file: ArticleFile): ArticleMeta {
  const { body: _body, ...meta } = file.article;
  return meta;
}
