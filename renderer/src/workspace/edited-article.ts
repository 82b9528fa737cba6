import type { Editor } from '@tiptap/core';
import type { ArticleFile, MethodInput } from '../../../shared/api/contract';
import type { Article } from '../../../shared/domain/article';
import type { Doc } from '../../../shared/domain/doc';
import { showablePart } from '../../../shared/domain/editor-schema';
import type { ArticleMeta } from '../panel/MetadataPanel';
import { DocJsonCache } from './doc-json';
import type { LocalDraft } from './drafts/draft-store';

/**
 * The article as the window holds it right now, outside React: saving, keeping a draft and comparing read
 * it without a re-render. The screen's copy (state) follows it through useEditedArticle.
 */
export class EditedArticle {
  meta: ArticleMeta;
  /** The version on disk the edits started from. */
  baseHash: string;
  /** «Записати мою версію»: the other version the next save writes over (kept as a revision by the service). */
  overwrites: string | null = null;
  /** The body's editor once it is ready; null until then. */
  editor: Editor | null = null;
  /** Nothing of a read-only article is changed or written. */
  readOnly = false;
  private initialBody: Doc;
  /** The article as the version `baseHash` holds it: the common ancestor when a colleague's change is merged in. */
  private baseArticle: Article;
  private readonly docJson = new DocJsonCache();

  constructor(file: ArticleFile) {
    this.meta = withoutBody(file);
    this.baseHash = file.hash;
    this.initialBody = bodyToShow(file);
    this.baseArticle = file.article;
  }

  get base(): Article {
    return this.baseArticle;
  }

  get id(): string {
    return this.meta.id;
  }

  /** Metadata changed (a field, the panel); returns the new metadata. */
  change(patch: Partial<ArticleMeta>): ArticleMeta {
    this.meta = { ...this.meta, ...patch };
    return this.meta;
  }

  /** The body's editor is ready (again, after another version replaced the body). */
  attach(editor: Editor): void {
    this.editor = editor;
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
  }

  /** The version on disk the window's edits now stand on (a conflict copy was resolved in its favour). */
  rebase(hash: string): void {
    this.baseHash = hash;
  }

  /** «Записати мою версію»: the next save writes over the version with this hash. */
  writeOver(hash: string): void {
    this.overwrites = hash;
  }

  /** What the window holds now: the editor's body, or the one it opened with while it has none. */
  current(): Article {
    const body = this.editor ? this.docJson.toJSON(this.editor.state.doc) : this.initialBody;
    return { ...this.meta, body };
  }

  /** The edits as this browser keeps them until the host confirms them. */
  draft(): LocalDraft {
    return { id: this.id, baseHash: this.baseHash, article: this.current() };
  }

  /** The save of `article` (what the window holds now, unless the caller already took it). */
  saveInput(article: Article = this.current()): MethodInput<'article.save'> {
    return {
      article,
      baseHash: this.baseHash,
      ...(this.overwrites === null ? {} : { overwrites: this.overwrites }),
    };
  }

  /** A workflow step was written: the file has the new status and hash, the text is as it was. */
  moved({ hash, status }: { hash: string; status: Article['status'] }): void {
    this.baseHash = hash;
    this.meta = { ...this.meta, status };
    this.baseArticle = { ...this.baseArticle, status };
  }

  /** The host wrote `article` (what the save sent): the next save starts from that version. */
  saved({ hash, savedAt }: { hash: string; savedAt: string }, article: Article): void {
    this.baseHash = hash;
    this.overwrites = null;
    this.meta = { ...this.meta, updatedAt: savedAt };
    this.baseArticle = { ...article, updatedAt: savedAt };
  }

  /** Another version takes the window's place; returns the body to show for it. */
  replace(file: ArticleFile): Doc {
    this.baseHash = file.hash;
    this.overwrites = null;
    this.meta = withoutBody(file);
    this.initialBody = bodyToShow(file);
    this.baseArticle = file.article;
    return this.initialBody;
  }

  /**
   * A colleague's version (`disk`) was merged into the window's edits: they now stand on it, and what the
   * merge gave (`merged`) is what the window holds, to be saved over it.
   */
  mergedOver(disk: ArticleFile, merged: Article): void {
    this.baseHash = disk.hash;
    this.overwrites = null;
    this.baseArticle = disk.article;
    this.meta = withoutBody({ ...disk, article: merged });
  }
}

/** A body with content the editor does not know is shown without it (read-only, never saved). */
export function bodyToShow(file: ArticleFile): Doc {
  return file.unsupported ? showablePart(file.article.body) : file.article.body;
}

function withoutBody(file: ArticleFile): ArticleMeta {
  const { body: _body, ...meta } = file.article;
  return meta;
}
