import { ApiError } from '../../../shared/api/errors';
import type { Article, ArticleStatus } from '../../../shared/domain/article';
import { message } from '../../../shared/i18n/message';
import type { Role } from '../../../shared/settings/schema';
import { canEdit, TRANSITIONS, transitionAllowed, transitionExists } from '../../../shared/workflow/status-machine';
import { noteRequired, stepOf } from '../../../shared/workflow/steps';
import { sameStep, TRANSITION_ENTRY_FORMAT, type TransitionEntry } from '../../../shared/workflow/transition-entry';
import { ioError } from '../fs/io-error';
import type { LibraryStore, SaveOptions } from '../library/library-store';
import { contentHash } from './content-hash';
import { appendTransitions, readTransitionLog, transitionLogPath, type TransitionLogRead } from './transition-log';

/** Who is acting: read from this computer's settings by the host, never taken from the page. */
export interface Actor {
  name: string;
  role: Role;
}

export interface TransitionRequest {
  id: string;
  to: ArticleStatus;
  note?: string | undefined;
  baseHash: string;
}

export interface TransitionDone {
  hash: string;
  from: ArticleStatus;
  status: ArticleStatus;
  entry: TransitionEntry;
}

/**
 * The editorial workflow over one library: every step checked against the status machine for the actor's
 * role, logged (append-only, `transitions.jsonl`) and written into article.json through the store's save,
 * so a file changed elsewhere is a conflict, never overwritten. In a plain folder this is honest labelling,
 * not authority: anyone who can write the files can write a status (DESIGN §5).
 */
export class WorkflowService {
  constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async transition(actor: Actor, request: TransitionRequest): Promise<TransitionDone> {
    const { id, to, baseHash } = request;
    const note = (request.note ?? '').trim();
    const file = await this.store.get(id);
    if (file.hash !== baseHash) throw new ApiError('conflict', message('error.article.changedOutside'));
    const from = file.article.status;
    refuseStep(actor.role, from, to, note);
    let entry: TransitionEntry | null = null;
    const saved = await this.store.save(file.article, baseHash, {
      prepare: async (onDisk) => {
        // The hash check passed: the status on disk is the one checked above.
        entry = {
          format: TRANSITION_ENTRY_FORMAT,
          at: this.clock().toISOString(),
          by: actor.name.trim(),
          role: actor.role,
          from: onDisk?.status ?? from,
          to,
          note,
          contentHash: contentHash(file.article),
        };
        // Logged before the status is written: a crash between the two leaves a step in the log whose
        // status the file does not show yet, never a status nobody logged.
        await this.append(id, entry);
        return { ...file.article, status: to };
      },
    });
    if (entry === null) throw new ApiError('internal', message('error.generic'));
    return { hash: saved.hash, from, status: to, entry };
  }

  /** The article's steps, oldest first: the log, and before it what a version-1 file still holds inside it. */
  async log(id: string): Promise<TransitionLogRead> {
    const read = await readTransitionLog(this.store.fileSystem, transitionLogPath(this.store.articleDir(id))).catch(
      (error: unknown) => {
        throw ioError(message('error.io.read', { path: transitionLogPath(this.store.articleDir(id)) }), error);
      },
    );
    const scanned = await this.store.readArticle(id);
    const legacy = scanned && 'article' in scanned ? scanned.legacyTransitions : [];
    // Carried-over steps come first in the log too (a save writes them before any step of its own); some may
    // be there already when a save was interrupted after writing them.
    const rest = read.entries.filter((logged) => !legacy.some((step) => sameStep(logged, step)));
    return { entries: [...legacy, ...rest], problems: read.problems };
  }

  /** Refuses a change of the article's content (an image, a conflict copy taken) the role may not make now. */
  async refuseReadOnly(role: Role, id: string): Promise<void> {
    const { article } = await this.store.get(id);
    if (!canEdit(role, article.status)) throw readOnlyError(role, article.status);
  }

  private async append(id: string, entry: TransitionEntry): Promise<void> {
    const file = transitionLogPath(this.store.articleDir(id));
    try {
      await appendTransitions(this.store.fileSystem, file, [entry]);
    } catch (error) {
      throw ioError(message('error.io.writeArticle', { path: file }), error);
    }
  }
}

/**
 * The save options that keep the workflow's rules on an ordinary save: the status stays the one on disk
 * (only a step changes it), and a role that may not edit an article
 * in that status is refused, checked under the article's lock against the file itself.
 */
export function guardedSave(role: Role, article: Article): Pick<SaveOptions, 'prepare'> {
  return {
    prepare: (onDisk) => {
      // No readable version on disk (a file written anew, a damaged one replaced on request): nothing to keep.
      if (onDisk === null) return article;
      if (!canEdit(role, onDisk.status)) {
        // A note's anchor on the text is not an edit: while the text is with the editor, the journalist still
        // answers notes. The save goes through when its content (which leaves note anchors out) is the disk's.
        const kept = onDisk.article();
        if (!kept || contentHash(kept) !== contentHash(article)) throw readOnlyError(role, onDisk.status);
        return { ...kept, body: article.body };
      }
      return { ...article, status: onDisk.status };
    },
  };
}

export function readOnlyError(role: Role, status: ArticleStatus): ApiError {
  return new ApiError(
    'workflow-read-only',
    message('workflow.error.readOnly', { status: message(`status.${status}`), role: message(`workflow.role.${role}`) }),
  );
}

/** Throws the reason a step cannot be taken: it does not exist, the role may not take it, or it lacks its note. */
export function refuseStep(role: Role, from: ArticleStatus, to: ArticleStatus, note: string): void {
  const step = stepOf(from, to);
  if (!transitionExists(from, to) || step === null) {
    throw new ApiError(
      'workflow-invalid',
      message('workflow.error.invalid', { from: message(`status.${from}`), to: message(`status.${to}`) }),
    );
  }
  if (!transitionAllowed(role, from, to)) {
    const allowed = TRANSITIONS[from][to]?.[0] ?? 'editor';
    throw new ApiError(
      'workflow-forbidden',
      message('workflow.error.forbidden', {
        step: message(`workflow.doing.${step}`),
        allowed: message(`workflow.role.${allowed}`),
        role: message(`workflow.role.${role}`),
      }),
    );
  }
  if (noteRequired(to) && note === '') throw new ApiError('invalid-argument', message('workflow.error.noteRequired'));
}
