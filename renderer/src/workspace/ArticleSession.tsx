import type { VersionEntry } from '../../../shared/domain/versions';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleFile, OutletState } from '../../../shared/api/contract';
import { toApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';
import { BackupBanner } from '../conflicts/BackupBanner';
import { CompareDialog } from '../conflicts/CompareDialog';
import { ConflictCopiesBanner } from '../conflicts/ConflictCopiesBanner';
import { useI18n } from '../i18n/i18n';
import { MetadataPanel, type ArticleMeta } from '../panel/MetadataPanel';
import { FeaturedImage } from '../panel/featured/FeaturedImage';
import { ShareFields } from '../panel/share/ShareFields';
import { withFollowingSlug } from '../panel/slug-follows-headline';
import { useTakenSlugs } from '../panel/use-taken-slugs';
import { SaveProblemBanner } from '../status/SaveProblemBanner';
import type { StatusStore } from '../status/status-store';
import { BodyEditor } from '../editor/BodyEditor';
import { FindBar } from '../editor/features/find/FindBar';
import { NotesPanel } from '../editor/features/notes/NotesPanel';
import { useNotes } from '../editor/features/notes/use-notes';
import { matchesShortcut } from '../editor/features/shortcuts/match-shortcut';
import { availableSpellSession } from '../editor/features/spellcheck/spell-session';
import { fieldSuggestions } from '../editor/features/typography/field-suggestions';
import { SuggestionsStore } from '../editor/features/typography/suggestions-store';
import { TypographyPanel } from '../editor/features/typography/TypographyPanel';
import { HistoryCompareDialog, type HistoryComparison } from '../versions/HistoryCompareDialog';
import { VersionsPanel } from '../versions/VersionsPanel';
import { PreviewChanges } from '../preview/preview-changes';
import { PreviewMedia } from '../preview/preview-media';
import { ShareCards } from '../preview/cards/ShareCards';
import { SitePreview } from '../preview/SitePreview';
import { backupComparison, copyComparison, diskComparison, type Comparison } from './comparisons';
import { ConflictBanner } from './ConflictBanner';
import { DamagedFileBanner } from './DamagedFileBanner';
import { HeadlineAndLead } from './HeadlineAndLead';
import { NoticeBanner } from './NoticeBanner';
import type { OpenArticle } from './open-article';
import { useToolbarInsertItems } from './toolbar-insert-items';
import { UnsupportedContentBanner } from './UnsupportedContentBanner';
import { useArticleFields } from './use-article-fields';
import { useAutosaveSession } from './use-autosave-session';
import { useBackup } from './use-backup';
import { useChangesFromDisk } from './use-changes-from-disk';
import { useConflictChoice } from './use-conflict-choice';
import { useConflictCopies } from './use-conflict-copies';
import { useDocCounts } from './use-doc-counts';
import { useDamagedFile } from './use-damaged-file';
import { useEditedArticle } from './use-edited-article';
import { useFindSession } from './use-find-session';
import { mergeFromDiskSession } from './merge-from-disk-session';
import { useOpenElsewhere } from './use-open-elsewhere';
import { useShownSignal } from './use-shown-signal';
import { useTypographyActions } from './use-typography-actions';
import type { ArticleStatus } from '../../../shared/domain/article';
import type { Role } from '../../../shared/settings/schema';
import { VIEW_ID } from '../api/view-id';
import { WorkflowBar } from '../workflow/WorkflowBar';
import { WorkflowLockBanner } from '../workflow/WorkflowLockBanner';
import { WorkflowLog } from '../workflow/WorkflowLog';
import { figuresMissingAlt } from '../../../shared/domain/body-nodes';
import { isResolved } from '../../../shared/notes/notes-file';
import { shareCardsModel } from '../preview/cards/share-cards-model';
import { ArticlePublications } from '../publishing/ArticlePublications';
import { PublishDialog } from '../publishing/PublishDialog';
import { spellingErrors } from '../publishing/spelling-count';

interface Props {
  file: ArticleFile;
  /** The file carries edits kept in this browser that the host never confirmed: they are sent at once. */
  restored: boolean;
  /** The library's outlet profile (outlet.json), followed as colleagues change it. */
  outlet: OutletState;
  status: StatusStore;
  conflictCount: number | undefined;
  registerArticle(article: OpenArticle | null): void;
  focusHeadline: boolean;
  onShown: ((id: string) => void) | undefined;
  /** The role in this computer's settings: which workflow steps are offered, and whether the text is editable. */
  role: Role;
  /** Opens the settings (the publish dialog's «Налаштувати публікацію»). */
  onOpenSettings(): void;
}

/** One open article: its fields, body and panels, kept in step with its file by the hooks below. */
export function ArticleSession({
  file,
  restored,
  outlet,
  status,
  conflictCount,
  registerArticle,
  focusHeadline,
  onShown,
  role,
  onOpenSettings,
}: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { apostrophe } = outlet.profile;
  const [historyCompare, setHistoryCompare] = useState<{
    comparison: HistoryComparison;
    versions: readonly VersionEntry[];
  } | null>(null);
  const view = useEditedArticle(file, role);
  const { edited, meta, readOnly } = view;
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<string | null>(() => (restored ? t('draft.restored') : null));
  const [comparing, setComparing] = useState<Comparison | null>(null);
  const [suggestions] = useState(() => {
    const store = new SuggestionsStore();
    store.setFields(fieldSuggestions(file.article.headline, file.article.lead));
    return store;
  });
  const reportError = useCallback(
    (error: unknown) => status.update({ save: { kind: 'error', error: toApiError(error) } }),
    [status],
  );
  const [previewChanges] = useState(() => new PreviewChanges());
  // One picture cache for every preview of this article; a picture that arrives redraws them all.
  const [previewMedia] = useState(() => new PreviewMedia(file.article.id, () => previewChanges.notify()));
  useShownSignal(edited.id, onShown);
  const counts = useDocCounts(status, edited);
  // A refused save first tries to merge with the disk's version (below); only what does not merge is a conflict.
  const saveConflict = useRef<(conflict: boolean) => void>(setConflict);
  const saving = useAutosaveSession({
    api,
    edited,
    status,
    restored,
    registerArticle,
    onConflict: (conflict) => saveConflict.current(conflict),
  });
  const { autosave } = saving;

  const takenSlugs = useTakenSlugs(edited.id);
  const changeMeta = (patch: Partial<ArticleMeta>) => {
    if (edited.readOnly) return;
    const next = view.changeMeta(withFollowingSlug(edited.meta, patch, takenSlugs));
    saving.touch();
    previewChanges.notify();
    if ('headline' in patch || 'lead' in patch) {
      counts.recount();
      suggestions.setFields(fieldSuggestions(next.headline, next.lead));
    }
  };
  const fields = useArticleFields(apostrophe, focusHeadline, changeMeta);
  const typography = useTypographyActions({ edited, apostrophe, suggestions, fields, changeMeta });
  const find = useFindSession({ edited, fields, apostrophe, headline: meta.headline, lead: meta.lead, changeMeta });

  const replaceWith = (next: ArticleFile) => {
    view.replace(next);
    autosave.reset();
    fields.forgetHistory();
    counts.recount();
    suggestions.setFields(fieldSuggestions(edited.meta.headline, edited.meta.lead));
    previewChanges.notify();
  };
  const elsewhere = useOpenElsewhere(api, edited.id);
  const damaged = useDamagedFile({
    edited,
    autosave,
    onRestored: () => {
      setConflict(false);
      setNotice(t('damaged.restored'));
    },
    onError: reportError,
  });
  const merging = mergeFromDiskSession({
    api,
    edited,
    autosave,
    onMerged: () => {
      damaged.clear();
      setConflict(false);
      view.changeMeta({});
      counts.recount();
      suggestions.setFields(fieldSuggestions(edited.meta.headline, edited.meta.lead));
      previewChanges.notify();
      setNotice(t('merged.notice'));
    },
  });
  saveConflict.current = (conflict) => {
    if (!conflict) return setConflict(false);
    void merging.mergeAfterRefusedSave().then((merged) => {
      if (!merged) setConflict(true);
    });
  };
  useChangesFromDisk({
    api,
    edited,
    hasUnsavedChanges: () => autosave.hasUnsavedChanges,
    onVanished: () => setNotice(t('vanished.notice')),
    onMerge: (next) => merging.mergeFrom(next),
    onConflict: () => {
      damaged.clear();
      setConflict(true);
    },
    onReload: (next, source) => {
      damaged.clear();
      replaceWith(next);
      // Another view's save is followed quietly: it happens every few seconds while someone writes there.
      setNotice((shown) => (source === 'outside' ? t('reloaded.notice') : shown));
    },
    onDamaged: (reason, hash) => {
      // Nothing was reloaded from the damaged file: an earlier «updated from disk» no longer describes it.
      setNotice((shown) => (shown === t('reloaded.notice') ? null : shown));
      damaged.found(reason, hash);
    },
    onError: reportError,
  });
  const choice = useConflictChoice({
    api,
    edited,
    autosave,
    replaceWith,
    onChosen: () => setConflict(false),
    onDone: (key) => setNotice(t(key)),
    onError: reportError,
  });
  const recovery = useBackup(
    api,
    file.article,
    // The backup becomes the window's version and is saved over what is on disk: the journalist chose it.
    (backup) => {
      replaceWith({ article: backup.article, hash: edited.baseHash, unsupported: null });
      saving.touch();
    },
    reportError,
  );
  const sync = useConflictCopies({
    api,
    id: edited.id,
    conflictCount,
    beforeResolve: () => autosave.flush(),
    onResolved: (resolved, keep) => {
      if (keep === 'copy') replaceWith(resolved);
      else edited.rebase(resolved.hash);
    },
    onError: reportError,
  });

  const [publishing, setPublishing] = useState(false);
  const saveFirst = async () => {
    await autosave.flush();
    if (autosave.hasUnsavedChanges) throw new Error(t('workflow.error.unsaved'));
  };
  /**
   * A workflow step: what is unsaved is written first, so the step applies to the text on screen. An editor's
   * «Опублікувати» and «Запланувати» open the publish dialog (false: nothing is done yet); a withdrawal takes
   * the article down from every target it went to.
   */
  const takeStep = async (to: ArticleStatus, note: string): Promise<boolean> => {
    if (role === 'editor' && (to === 'published' || to === 'scheduled')) {
      setPublishing(true);
      return false;
    }
    await saveFirst();
    try {
      if (to === 'withdrawn') {
        await api.invoke('publishing.withdraw', { id: edited.id, baseHash: edited.baseHash, note });
        return true;
      }
      const done = await api.invoke('workflow.transition', {
        id: edited.id,
        to,
        note,
        baseHash: edited.baseHash,
        view: VIEW_ID,
      });
      view.moved(done.hash, done.status);
      return true;
    } catch (error) {
      throw new Error(t.message(toApiError(error).reason));
    }
  };
  /** «Лише позначити…» in the publish dialog: the step alone, as before publishing existed. */
  const markOnly = async (scheduled: boolean) => {
    await saveFirst();
    const done = await api.invoke('workflow.transition', {
      id: edited.id,
      to: scheduled ? 'scheduled' : 'published',
      note: '',
      baseHash: edited.baseHash,
      view: VIEW_ID,
    });
    view.moved(done.hash, done.status);
  };

  const compareWithDisk = async () => {
    try {
      const disk = await api.invoke('article.get', { id: edited.id });
      setComparing(
        diskComparison(t, edited.current(), disk, {
          keepMine: (theirs) => void choice.keepMine(theirs),
          takeTheirs: () => void choice.takeTheirs(),
        }),
      );
    } catch (error) {
      reportError(error);
    }
  };

  const [bodyEditor, setBodyEditor] = useState<Editor | null>(null);
  const notes = useNotes(api, edited.id, bodyEditor);
  // Read by the paste cleaner when a note's anchor is pasted: kept only when the thread is this article's.
  const ownNoteIds = useRef(new Set<string>());
  const noteThreads = notes.state?.threads;
  useEffect(() => {
    ownNoteIds.current = new Set(noteThreads?.map((thread) => thread.id));
  }, [noteThreads]);
  const { request: requestNote } = notes;
  useEffect(() => {
    // On the window, not the body: a read-only body takes no key presses, yet may be noted.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, 'addNote')) return;
      event.preventDefault();
      requestNote();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [requestNote]);

  // Stable for the session: a new object would re-create the editor.
  const editorContext = useMemo(
    () => ({
      api,
      articleId: edited.id,
      t,
      apostrophe,
      suggestions,
      isOwnNote: (id: string) => ownNoteIds.current.has(id),
    }),
    [api, edited.id, t, apostrophe, suggestions],
  );
  const insertItems = useToolbarInsertItems(t);
  // The body's checker, shared by the window.
  const spellSession = useMemo(() => availableSpellSession(api), [api]);
  const onReady = useCallback(
    (editor: Editor) => {
      edited.attach(editor);
      setBodyEditor(editor);
      find.attach(editor);
      counts.watch(editor);
      counts.recount();
    },
    [edited, counts, find],
  );
  const { unsupported, bodyRefused } = view;
  const onBodyChange = useCallback(() => {
    if (edited.readOnly) {
      // A read-only body takes no change but a note's anchor (editor/features/notes/note-marks-only.ts): it is
      // saved unless the file cannot be written at all (content this version cannot show).
      if (unsupported === null && !bodyRefused) saving.touch();
      return;
    }
    saving.touch();
    counts.recount();
    previewChanges.notify();
  }, [edited, saving, counts, previewChanges, unsupported, bodyRefused]);

  return (
    <div className="workspace">
      <section className="editor-column" aria-label={t('editor.region')} id="editor">
        {view.unsupported !== null || view.bodyRefused ? (
          <UnsupportedContentBanner unsupported={view.unsupported} />
        ) : null}
        {view.workflowLock ? <WorkflowLockBanner lock={view.workflowLock} /> : null}
        <WorkflowBar status={meta.status} role={role} onStep={takeStep} />
        {publishing ? (
          <PublishDialog
            articleId={edited.id}
            baseHash={() => edited.baseHash}
            publishAt={meta.publishAt}
            checks={{
              shareWarnings: shareCardsModel(
                edited.current(),
                outlet.profile,
                (src) => previewMedia.get(src),
                takenSlugs,
              ).warnings,
              figuresWithoutAlt: figuresMissingAlt(edited.current().body),
              spellingErrors: spellingErrors(bodyEditor),
              openNotes: (notes.state?.threads ?? []).filter((thread) => !isResolved(thread)).length,
            }}
            beforePublish={saveFirst}
            onPublished={() => setNotice(t('publish.ui.started'))}
            onMarkOnly={markOnly}
            onOpenSettings={() => {
              setPublishing(false);
              onOpenSettings();
            }}
            onClose={() => setPublishing(false)}
          />
        ) : null}
        {/* A damaged file's banner says why saves fail and offers the way out: one banner, not two. */}
        {damaged.reason ? null : <SaveProblemBanner store={status} onRetry={() => void autosave.flush()} />}
        {damaged.reason ? (
          <DamagedFileBanner
            reason={damaged.reason}
            busy={damaged.restoring}
            onRestore={() => void damaged.restore()}
          />
        ) : null}
        {conflict && !damaged.reason ? (
          <ConflictBanner
            elsewhere={elsewhere}
            onCompare={() => void compareWithDisk()}
            onTakeTheirs={() => void choice.takeTheirs()}
            onKeepMine={() => void choice.keepMine()}
          />
        ) : null}
        {recovery.backup ? (
          <BackupBanner
            savedAt={recovery.backup.savedAt}
            onRestore={recovery.restore}
            onDiscard={recovery.discard}
            onCompare={() =>
              recovery.backup && setComparing(backupComparison(t, edited.current(), recovery.backup, recovery))
            }
          />
        ) : null}
        <ConflictCopiesBanner
          copies={sync.copies}
          busy={sync.resolving}
          onCompare={(copy) => {
            const comparison = copyComparison(t, edited.current(), copy, (keep) => void sync.resolve(copy, keep));
            if (comparison) setComparing(comparison);
          }}
          onKeepCurrent={(copy) => void sync.resolve(copy, 'current')}
          onTakeCopy={(copy) => void sync.resolve(copy, 'copy')}
        />
        {comparing ? (
          <CompareDialog left={comparing.left} right={comparing.right} onClose={() => setComparing(null)} />
        ) : null}
        <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />
        {elsewhere ? (
          <p className="banner info" role="status">
            {t('elsewhere.notice')}
          </p>
        ) : null}
        <HeadlineAndLead
          headline={meta.headline}
          lead={meta.lead}
          headlineRef={fields.headlineRef}
          leadRef={fields.leadRef}
          spellSession={spellSession}
          readOnly={readOnly}
          find={find}
          onChange={changeMeta}
          onLeadDone={() => edited.editor?.commands.focus('start')}
        />
        <BodyEditor
          key={view.bodyVersion}
          initialContent={view.initialBody}
          context={editorContext}
          insertItems={insertItems}
          label={t('editor.body')}
          onReady={onReady}
          onChange={onBodyChange}
          readOnly={readOnly}
          onContentError={view.refuseBody}
          hidden={view.bodyRefused}
        />
        <FindBar controller={find} readOnly={readOnly} />
      </section>
      <aside className="side-panel" id="article-panel" aria-label={t('panel.region')}>
        <fieldset className="plain-fieldset" disabled={readOnly}>
          <MetadataPanel
            key={view.bodyVersion}
            meta={meta}
            rubrics={outlet.profile.rubrics}
            siteUrl={outlet.profile.siteUrl}
            onChange={changeMeta}
          />
          <FeaturedImage
            articleId={edited.id}
            image={meta.featuredImage}
            onChange={(featuredImage) => changeMeta({ featuredImage })}
          />
          <ShareFields
            articleId={edited.id}
            source={() => edited.current()}
            texts={meta}
            siteUrl={outlet.profile.siteUrl}
            changes={previewChanges}
            onChange={changeMeta}
          />
        </fieldset>
        <WorkflowLog articleId={edited.id} version={`${meta.status}:${view.bodyVersion}`} />
        <ArticlePublications articleId={edited.id} canAct={role === 'editor'} />
        <NotesPanel notes={notes} />
        <TypographyPanel
          store={suggestions}
          fixResult={typography.fixResult}
          readOnly={readOnly}
          onFixAll={typography.fixAll}
          onApply={typography.apply}
          onShow={typography.show}
        />
        <VersionsPanel
          articleId={edited.id}
          flush={() => autosave.flush()}
          readOnly={readOnly}
          onCompare={(comparison, versions) => setHistoryCompare({ comparison, versions })}
        />
        {historyCompare ? (
          <HistoryCompareDialog
            articleId={edited.id}
            versions={historyCompare.versions}
            comparison={historyCompare.comparison}
            current={() => edited.current()}
            onClose={() => setHistoryCompare(null)}
          />
        ) : null}
        <SitePreview
          articleId={edited.id}
          source={() => edited.current()}
          outlet={outlet}
          changes={previewChanges}
          media={previewMedia}
        />
        <ShareCards
          articleId={edited.id}
          source={() => edited.current()}
          outlet={outlet.profile}
          changes={previewChanges}
          media={previewMedia}
          takenSlugs={takenSlugs}
        />
      </aside>
    </div>
  );
}
