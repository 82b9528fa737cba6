import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { toApiError } from '../../../shared/api/errors';
import type { Message } from '../../../shared/i18n/message';
import type { Settings } from '../../../shared/settings/schema';
import { AboutDialog } from '../about/AboutDialog';
import { AboutUpdatesLine } from '../updates/AboutUpdatesLine';
import { ApiContext } from '../api/api-context';
import type { Connection } from '../api/connect';
import { ArticleWorkspace } from '../workspace/ArticleWorkspace';
import type { OpenArticle } from '../workspace/open-article';
import { requestShortcutHelp } from '../editor/features/shortcuts/help-requests';
import { matchesShortcut } from '../editor/features/shortcuts/match-shortcut';
import { ShortcutHelpHost } from '../editor/features/shortcuts/ShortcutHelpHost';
import { describeError } from '../i18n/describe-error';
import { createTranslator, I18nContext } from '../i18n/i18n';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { useOutlet } from '../outlet/use-outlet';
import { resolveOpenId } from '../library/list-navigation';
import { useLibrary } from '../library/use-library';
import { useLibraryActions } from '../library/use-library-actions';
import { JoinNewsroomDialog } from '../newsroom/JoinNewsroomDialog';
import { NewsroomConflictsDialog } from '../newsroom/NewsroomConflictsDialog';
import { OutboxDialog } from '../publishing/OutboxDialog';
import { usePublishingJobs } from '../publishing/use-publishing-jobs';
import { useNewsroom } from '../newsroom/use-newsroom';
import { useSyncOnFocus } from '../newsroom/use-sync-on-focus';
import type { NewsroomStatus } from '../../../shared/newsroom/newsroom-link';
import { SettingsDialog, type SettingsSection } from '../settings/SettingsDialog';
import { WelcomeCard } from '../settings/WelcomeCard';
import { StatusBar } from '../status/StatusBar';
import { StatusStore } from '../status/status-store';
import { ErrorBoundary } from './ErrorBoundary';
import { installPageFieldHistories } from '../editor/features/undo/page-field-histories';
import { useArticleSwitch } from './use-article-switch';
import { useCrashRecovery } from './use-crash-recovery';
import { PanelToggle } from './layout/PanelToggle';
import { useOverlayDismiss } from './layout/use-overlay-dismiss';
import { usePanelLayout } from './layout/use-panel-layout';

type AppInfo = MethodOutput<'app.info'>;

export function App({ connection }: { connection: Connection }) {
  return (
    <ApiContext.Provider value={connection.api}>
      <Shell connection={connection} />
    </ApiContext.Provider>
  );
}

function Shell({ connection }: { connection: Connection }) {
  const { api } = connection;
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [fatal, setFatal] = useState<Message | null>(null);
  /** Browser mode without the sign-in cookie: the API answers unauthorized to everything. */
  const [signedOut, setSignedOut] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** The article «Нова стаття» just made, whose headline takes the caret when it opens. */
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** The settings were opened for one section (the status bar's «Потрібен новий токен»). */
  const [settingsSection, setSettingsSection] = useState<SettingsSection | undefined>(undefined);
  const [joinOpen, setJoinOpen] = useState(false);
  const [conflictsOpen, setConflictsOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const openAbout = useCallback(() => setAboutOpen(true), []);
  const [noticesDismissed, setNoticesDismissed] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const status = useMemo(() => new StatusStore(), []);
  const openArticle = useRef<OpenArticle | null>(null);
  const library = useLibrary(settings !== null);
  const outlet = useOutlet(settings !== null);
  const newsroom = useNewsroom(settings !== null);
  useSyncOnFocus(Boolean(newsroom.status?.link));
  const autoOpened = useRef<string | null>(null);
  const { listing, reload } = library;
  const layout = usePanelLayout();
  const { toggle: togglePanel, closeOverlay } = layout;
  useOverlayDismiss('library-panel', 'library-toggle', layout.modes.library === 'overlay', closeOverlay);
  useOverlayDismiss('article-panel', 'panel-toggle', layout.modes.panel === 'overlay', closeOverlay);

  const language = settings?.uiLanguage ?? 'uk';
  const { dateStyle } = outlet.current.profile;
  const i18n = useMemo(() => ({ language, t: createTranslator(language), dateStyle }), [language, dateStyle]);
  const { t } = i18n;

  const start = useCallback(async () => {
    try {
      const [nextInfo, nextSettings] = await Promise.all([api.invoke('app.info', {}), api.invoke('settings.get', {})]);
      setInfo(nextInfo);
      setSettings(nextSettings);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'unauthorized') setSignedOut(true);
      else setFatal(apiError.reason);
    }
  }, [api]);

  useEffect(() => {
    // start() sets state only once its requests answer, never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void start();
  }, [start]);

  // Every text field keeps its own undo steps, so Ctrl+Z never reaches into a field the caret is not in.
  useEffect(() => installPageFieldHistories(document), []);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);

  // The newest article is open on start and whenever the chosen one disappears from the library
  // (a search or a filter that hides it from the list leaves it open).
  // The article that opened by itself counts as chosen from then on: a list change never swaps it away.
  // After a crash, the article that was open is not the one that opens by itself (it may be the cause).
  const crash = useCrashRecovery();
  const { skippedId } = crash;
  const listed =
    skippedId && listing ? listing.articles.filter((article) => article.id !== skippedId) : (listing?.articles ?? null);
  const crashedId = crash.recovered?.articleId ?? null;
  const openId = resolveOpenId({ selectedId: selectedId ?? autoOpened.current, listed });
  autoOpened.current = openId;
  const { opening: noteOpening } = crash;
  useEffect(() => noteOpening(openId), [noteOpening, openId]);

  const articleSwitch = useArticleSwitch();
  const runSwitch = articleSwitch.run;
  /**
   * The open article is about to be left: its edits must be on disk or in this browser first. When neither
   * happened in time it stays open, and the journalist is told why (false).
   */
  const leaveOpen = useCallback(async (): Promise<boolean> => {
    const notKept = t('switch.notKept');
    const kept = (await openArticle.current?.secure()) ?? true;
    setActionError((shown) => (kept ? (shown === notKept ? null : shown) : notKept));
    return kept;
  }, [t]);
  /** Opens another article (or none) once the open one has been left safely. */
  const switchArticle = useCallback(
    (task: () => Promise<void> | void) =>
      runSwitch(async () => {
        if (await leaveOpen()) await task();
      }),
    [leaveOpen, runSwitch],
  );
  const createArticle = useCallback(
    () =>
      switchArticle(async () => {
        try {
          const created = await api.invoke('article.create', {});
          await reload();
          setCreatedId(created.article.id);
          setSelectedId(created.article.id);
          setActionError(null);
        } catch (error) {
          setActionError(describeError(t, error));
        }
      }),
    [api, reload, switchArticle, t],
  );

  // Coming back to it later is reading, not starting it: its headline no longer takes the caret.
  const showArticle = useCallback((id: string) => {
    setCreatedId(null);
    setSelectedId(id);
  }, []);
  const selectArticle = useCallback(
    (id: string) => {
      // A library open over the text has done its job once an article is chosen.
      closeOverlay();
      if (id === openId) showArticle(id);
      else void switchArticle(() => showArticle(id));
    },
    [openId, showArticle, switchArticle, closeOverlay],
  );
  // After the open article went to the trash: the next one, or (none left) whatever the list offers.
  const selectAfterAction = useCallback((id: string | null) => {
    autoOpened.current = null;
    setCreatedId(null);
    setSelectedId(id);
  }, []);
  const libraryActions = useLibraryActions({
    library,
    openId,
    select: selectAfterAction,
    leave: leaveOpen,
    report: setActionError,
    runSwitch,
  });

  const openSettings = useCallback((section?: SettingsSection) => {
    setSettingsSection(section);
    setSettingsOpen(true);
  }, []);
  const openNewsroomSettings = useCallback(() => openSettings('newsroom'), [openSettings]);
  const openUpdateSettings = useCallback(() => openSettings('updates'), [openSettings]);
  const saveOpenArticle = useCallback(async () => openArticle.current?.save(), []);
  const showConflicts = useCallback(() => setConflictsOpen(true), []);
  const outbox = usePublishingJobs();
  const [outboxOpen, setOutboxOpen] = useState(false);
  const showOutbox = useCallback(() => setOutboxOpen(true), []);
  /**
   * The host joined and opened the newsroom's library: the page follows as after a library switch in the
   * settings (the list and the outlet profile reload on the host's events), with the newest article open.
   */
  const { accept: acceptNewsroom } = newsroom;
  const joined = useCallback(
    async (status: NewsroomStatus) => {
      acceptNewsroom(status);
      setJoinOpen(false);
      setSettingsOpen(false);
      try {
        setSettings(await api.invoke('settings.get', {}));
        await reload();
        selectAfterAction(null);
      } catch (error) {
        setActionError(describeError(t, error));
      }
    },
    [acceptNewsroom, api, reload, selectAfterAction, t],
  );

  const registerArticle = useCallback((next: OpenArticle | null) => {
    openArticle.current = next;
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (matchesShortcut(event, 'newArticle')) {
        event.preventDefault();
        void createArticle();
      } else if (matchesShortcut(event, 'save')) {
        event.preventDefault();
        void openArticle.current?.save();
      } else if (matchesShortcut(event, 'shortcutHelp')) {
        event.preventDefault();
        requestShortcutHelp();
      } else if (matchesShortcut(event, 'toggleLibrary')) {
        event.preventDefault();
        togglePanel('library');
      } else if (matchesShortcut(event, 'togglePanel')) {
        event.preventDefault();
        togglePanel('panel');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const stopCommands = connection.onCommand((command) => {
      if (command === 'new-article') void createArticle();
      if (command === 'save') void openArticle.current?.save();
      if (command === 'open-settings') openSettings();
      if (command === 'open-about') openAbout();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopCommands();
    };
  }, [connection, createArticle, openAbout, openSettings, togglePanel]);

  // A lost host is said at once, not at the next failed save; when it is back, what the window kept goes out.
  useEffect(
    () =>
      connection.onHostReachable((reachable) => {
        status.update({ hostLost: !reachable });
        if (reachable) void openArticle.current?.save();
      }),
    [connection, status],
  );

  if (signedOut) {
    return (
      <I18nContext.Provider value={i18n}>
        <div className="app-state" role="alert">
          <h1>{t('app.title')}</h1>
          <p>{t('app.noToken')}</p>
        </div>
      </I18nContext.Provider>
    );
  }

  if (fatal) {
    return (
      <I18nContext.Provider value={i18n}>
        <div className="app-state" role="alert">
          <h1>{t('app.fatal')}</h1>
          <p>{t.message(fatal)}</p>
          <button
            type="button"
            onClick={() => {
              setFatal(null);
              void start();
            }}
          >
            {t('app.retry')}
          </button>
        </div>
      </I18nContext.Provider>
    );
  }

  if (!settings || !info) {
    return (
      <I18nContext.Provider value={i18n}>
        <div className="app-state" aria-busy="true">
          <p>{t('app.loading')}</p>
        </div>
      </I18nContext.Provider>
    );
  }

  const notices = noticesDismissed ? [] : info.startupNotices;

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" data-library={layout.modes.library} data-panel={layout.modes.panel}>
        <a className="skip-link" href="#editor">
          {t('app.skipToEditor')}
        </a>
        <nav className="sidebar" id="library-panel" aria-label={t('library.title')}>
          <ErrorBoundary>
            <LibrarySidebar
              library={library}
              selectedId={openId}
              onSelect={selectArticle}
              onCreate={() => {
                closeOverlay();
                void createArticle();
              }}
              onDuplicate={libraryActions.duplicate}
              onTrash={libraryActions.trash}
              onActionError={setActionError}
              reader={{ name: settings?.user.name ?? '', role: settings?.user.role ?? 'journalist' }}
            />
            <button type="button" className="settings-button" onClick={() => openSettings()}>
              {t('settings.open')}
            </button>
            <button type="button" className="link-button about-button" onClick={openAbout}>
              {t('about.open')}
            </button>
          </ErrorBoundary>
        </nav>
        <main className="main" inert={articleSwitch.switching} aria-busy={articleSwitch.switching}>
          <div className="layout-bar" role="group" aria-label={t('layout.bar')}>
            <PanelToggle
              id="library-toggle"
              controls="library-panel"
              label="layout.toggleLibrary"
              shortcut="toggleLibrary"
              mode={layout.modes.library}
              onToggle={() => togglePanel('library')}
            />
            {openId ? (
              <PanelToggle
                id="panel-toggle"
                controls="article-panel"
                label="layout.togglePanel"
                shortcut="togglePanel"
                mode={layout.modes.panel}
                onToggle={() => togglePanel('panel')}
              />
            ) : null}
          </div>
          {notices.map((notice) => (
            <div key={notice.code} className="banner warning" role="alert">
              <span>{t.message(notice.message)}</span>
              <button type="button" className="link-button" onClick={() => setNoticesDismissed(true)}>
                {t('app.dismiss')}
              </button>
            </div>
          ))}
          {crash.recovered ? (
            <div className="banner warning" role="alert">
              <span>
                {crashedId
                  ? t('app.crashArticle', {
                      headline:
                        listing?.articles.find((article) => article.id === crashedId)?.headline ||
                        t('library.untitled'),
                    })
                  : t('app.crashNoArticle')}
              </span>
              {crashedId ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void switchArticle(() => {
                      crash.openedOnPurpose();
                      showArticle(crashedId);
                    })
                  }
                >
                  {t('app.crashOpenAnyway')}
                </button>
              ) : null}
              <button type="button" className="link-button" onClick={crash.dismiss}>
                {t('app.dismiss')}
              </button>
            </div>
          ) : null}
          {actionError ? (
            <div className="banner error" role="alert">
              <span>{actionError}</span>
              <button type="button" className="link-button" onClick={() => setActionError(null)}>
                {t('app.dismiss')}
              </button>
            </div>
          ) : null}
          <WelcomeCard
            settings={settings}
            outlet={outlet}
            onSaved={setSettings}
            onJoinNewsroom={newsroom.status?.link ? undefined : () => setJoinOpen(true)}
          />
          <ErrorBoundary key={openId ?? 'none'}>
            {openId ? (
              <ArticleWorkspace
                key={openId}
                id={openId}
                conflictCount={listing?.articles.find((item) => item.id === openId)?.conflicts}
                outlet={outlet.current}
                status={status}
                registerArticle={registerArticle}
                focusHeadline={openId === createdId}
                onShown={crash.shown}
                role={settings?.user.role ?? 'journalist'}
                onOpenSettings={openSettings}
              />
            ) : (
              <p className="workspace-state" id="editor">
                {t('editor.noneSelected')}
              </p>
            )}
          </ErrorBoundary>
        </main>
        <footer className="statusbar">
          <StatusBar
            store={status}
            host={info.host}
            newsroom={{
              sync: newsroom.shown,
              onNewsroomSettings: openNewsroomSettings,
              onShowConflicts: showConflicts,
            }}
            publishing={{ outbox, onOpen: showOutbox }}
            updates={{ onOpen: openUpdateSettings }}
          />
        </footer>
        {/* The dialog edits the library's profile from the version it opens with: it waits for the first one. */}
        {settingsOpen && (outlet.loaded || outlet.error) ? (
          <SettingsDialog
            settings={settings}
            outlet={outlet}
            onClose={() => setSettingsOpen(false)}
            onSaved={(next) => {
              setSettings(next);
              setSettingsOpen(false);
            }}
            newsroom={newsroom}
            onJoinNewsroom={() => setJoinOpen(true)}
            section={settingsSection}
            saveOpenArticle={saveOpenArticle}
          />
        ) : null}
        {/* Over the settings when opened from there: cancelling returns to them, joining closes both. */}
        {conflictsOpen ? (
          <NewsroomConflictsDialog onOpenArticle={selectArticle} onClose={() => setConflictsOpen(false)} />
        ) : null}
        {outboxOpen ? (
          <OutboxDialog
            outbox={outbox}
            canAct={settings?.user.role === 'editor'}
            onOpenArticle={selectArticle}
            onClose={() => setOutboxOpen(false)}
          />
        ) : null}
        {joinOpen ? (
          <JoinNewsroomDialog
            libraryPath={settings.libraryPath}
            host={info.host}
            beforeJoin={leaveOpen}
            onJoined={(status) => void joined(status)}
            onClose={() => setJoinOpen(false)}
          />
        ) : null}
        {aboutOpen ? (
          <AboutDialog app={info} onClose={() => setAboutOpen(false)} updates={<AboutUpdatesLine />} />
        ) : null}
        <ShortcutHelpHost />
      </div>
    </I18nContext.Provider>
  );
}
