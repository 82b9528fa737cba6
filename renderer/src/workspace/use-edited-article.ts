import { useCallback, useState } from 'react';
import type { ArticleFile } from '../../../shared/api/contract';
import type { ArticleStatus } from '../../../shared/domain/article';
import type { Role } from '../../../shared/settings/schema';
import { workflowLock, type WorkflowLock } from '../workflow/workflow-lock';
import type { Doc } from '../../../shared/domain/doc';
import type { UnsupportedContent } from '../../../shared/domain/editor-schema';
import type { ArticleMeta } from '../panel/MetadataPanel';
import { bodyToShow, EditedArticle } from './edited-article';

export interface EditedArticleView {
  /** The latest version, read without a re-render. */
  edited: EditedArticle;
  meta: ArticleMeta;
  /** The body a fresh editor starts from; `bodyVersion` changes when another version replaces it. */
  initialBody: Doc;
  bodyVersion: number;
  /** Content the service found that this editor cannot show; null when there is none. */
  unsupported: UnsupportedContent | null;
  /** The editor's own schema check refused the body. */
  bodyRefused: boolean;
  /** This role may not edit the article in its status (with the editor, approved…): why, or null. */
  workflowLock: WorkflowLock;
  readOnly: boolean;
  /** A workflow step was written here: the new status and the hash the next save starts from. */
  moved(hash: string, status: ArticleStatus): void;
  /** Changes metadata (headline, lead, the panel) on screen and in the latest version. */
  changeMeta(patch: Partial<ArticleMeta>): ArticleMeta;
  /** Another version of the article (the disk's, a backup, a copy) takes the window's place. */
  replace(file: ArticleFile): void;
  refuseBody(): void;
}

/**
 * The article on screen and its latest version. Content this editor cannot show, found by the service or by
 * the editor's own schema check, makes the article read-only: nothing of it is written, as the editor would
 * lose what it cannot hold.
 */
export function useEditedArticle(file: ArticleFile, role: Role): EditedArticleView {
  const [edited] = useState(() => new EditedArticle(file));
  const [meta, setMeta] = useState(edited.meta);
  const [initialBody, setInitialBody] = useState<Doc>(() => bodyToShow(file));
  const [bodyVersion, setBodyVersion] = useState(0);
  const [unsupported, setUnsupported] = useState(file.unsupported);
  const [bodyRefused, setBodyRefused] = useState(false);
  // The status follows the file (a step here, or a reload after a step elsewhere), so the lock does too.
  const lock = workflowLock(role, meta.status);
  const readOnly = unsupported !== null || bodyRefused || lock !== null;
  edited.setReadOnly(readOnly);

  const changeMeta = useCallback(
    (patch: Partial<ArticleMeta>) => {
      const next = edited.change(patch);
      setMeta(next);
      return next;
    },
    [edited],
  );
  const replace = useCallback(
    (next: ArticleFile) => {
      setInitialBody(edited.replace(next));
      setMeta(edited.meta);
      setUnsupported(next.unsupported);
      setBodyRefused(false);
      setBodyVersion((v) => v + 1); // a fresh editor for the new body; undo history of the old one is moot
    },
    [edited],
  );
  const refuseBody = useCallback(() => setBodyRefused(true), []);
  const moved = useCallback(
    (hash: string, status: ArticleStatus) => {
      edited.moved({ hash, status });
      setMeta(edited.meta);
    },
    [edited],
  );

  return {
    edited,
    meta,
    initialBody,
    bodyVersion,
    unsupported,
    bodyRefused,
    workflowLock: lock,
    readOnly,
    moved,
    changeMeta,
    replace,
    refuseBody,
  };
}
