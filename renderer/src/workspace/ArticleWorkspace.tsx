import { memo, Suspense, useEffect } from 'react';
import type { OutletState } from '../../../shared/api/contract';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import type { StatusStore } from '../status/status-store';
import type { Role } from '../../../shared/settings/schema';
import { LazyArticleSession, preloadArticleSession } from './lazy-article-session';
import type { OpenArticle } from './open-article';
import { useArticleFile } from './use-article-file';

interface Props {
  id: string;
  /** The library's outlet profile: rubrics, apostrophe and the page preview follow it. */
  outlet: OutletState;
  status: StatusStore;
  /** Conflict copies the library list reports for this article; a change makes the editor look again. */
  conflictCount?: number | undefined;
  /** Lets the shell save now (Ctrl+S, menu, status bar) and secure the edits before the article is left. */
  registerArticle(article: OpenArticle | null): void;
  /** The article was just made: the caret goes to its headline, the first thing the journalist writes. */
  focusHeadline?: boolean;
  /** The article is drawn (a frame after its editor mounted): a crash from now on is not its opening. */
  onShown?: ((id: string) => void) | undefined;
  /** The role in this computer's settings (the service checks it again on every step and save). */
  role: Role;
  /** Opens the settings; stable, so the memoised workspace is not drawn again. */
  onOpenSettings(): void;
}

/** Loads one article and keeps its file in step with the screen. Re-mounted (keyed) per article. */
/** Memoised: the library list reloads after every save, and that must not re-render the editor's page. */
export const ArticleWorkspace = memo(function ArticleWorkspace({
  id,
  outlet,
  status,
  conflictCount,
  registerArticle,
  focusHeadline = false,
  onShown,
  role,
  onOpenSettings,
}: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { loaded, retry } = useArticleFile(api, id);
  // The editor's code and the article's file load side by side.
  useEffect(preloadArticleSession, []);

  const opening = (
    <p className="workspace-state" aria-busy="true">
      {t('editor.loading')}
    </p>
  );
  if (loaded.kind === 'loading') return opening;
  if (loaded.kind === 'error') {
    return (
      <div className="workspace-state error" role="alert">
        <h2>{t('editor.openError')}</h2>
        <p>{t.message(loaded.error.reason)}</p>
        <p>{t('editor.openRetryHint')}</p>
        <button type="button" onClick={retry}>
          {t('editor.openRetry')}
        </button>
      </div>
    );
  }
  return (
    <Suspense fallback={opening}>
      <LazyArticleSession
        file={loaded.file}
        restored={loaded.restored}
        outlet={outlet}
        status={status}
        conflictCount={conflictCount}
        registerArticle={registerArticle}
        focusHeadline={focusHeadline}
        onShown={onShown}
        role={role}
        onOpenSettings={onOpenSettings}
      />
    </Suspense>
  );
});
