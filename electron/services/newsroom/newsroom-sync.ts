import {
  isDescendent,
  listBranches,
  readCommit,
  resolveRef,
  writeCommit,
  writeRef,
  type CommitObject,
  type GitProgressEvent,
} from 'isomorphic-git';
import { ApiError } from '../../../shared/api/errors';
import type { RefusalCode, SyncState } from '../../../shared/newsroom/newsroom-link';
import type { Role } from '../../../shared/settings/schema';
import type { GitObjects } from '../versions/article-tree';
import { journalistChanges, settleStatuses } from './desk-authority';
import type { LibraryTree } from './library-tree';
import { mergeCommits } from './merge-commits';
import { REMOTE, type NewsroomRemote } from './newsroom-remote';
import type { PendingUnits } from './pending-units';
import { entryAt } from './tree-edit';

/** This computer's line of work: what the library folder holds, committed. Sent to the person's place on the server. */
export const WORK_REF = 'refs/heads/work';
export const DESK = 'desk';

export function personalRef(login: string): string {
  return `j/${login}`;
}

export interface NewsroomSyncOptions {
  git: GitObjects;
  tree: LibraryTree;
  remote: NewsroomRemote;
  pending: PendingUnits;
  login: string;
  role: () => Role;
  /** The person's name from settings: the commits' author name (the login is their address, as the hook checks). */
  name: () => string;
  clock?: () => Date;
  /** Runs `write` as the only writer of the unit's files (the library store's article lock). */
  exclusive: (unit: string, write: () => Promise<void>) => Promise<void>;
  /**
   * An article that could not be merged: the caller keeps the version that did not stand (`lost`, by `who`, the
   * login that wrote it) beside the article, where the person can compare.
   */
  onConflict: (unit: string, lost: Uint8Array | null, who: string) => Promise<void>;
  /** Units written into the library folder from the server (awaited: a turn ends once they are listed). */
  onWritten: (units: string[]) => Promise<void>;
  onState: (state: SyncState) => void;
  /**
   * How many articles of the library still have another version beside them: the exchange says «conflict» until
   * the person has settled each, not only in the turn that found it.
   */
  conflicted?: () => number;
  onProgress?: (event: GitProgressEvent) => void;
  logger: { error(message: string, error: unknown): void };
}

/**
 * The newsroom library's exchange with its server, in turns (never two at once, never on the typing path):
 * 1. what changed here is committed onto `work` (the pending units);
 * 2. the server's branches are fetched;
 * 3. the desk (and, for an editor, what each journalist sent, filtered by desk-authority.ts) is merged into
 *    `work`; the units that changed are written into the folder, each only if it is still as `work` had it;
 * 4. `work` is sent to the person's place: `desk` for an editor, `j/<login>` for a journalist. A server that
 *    moved on meanwhile answers stale: fetch, merge and send again.
 * Commits are local first: offline, they wait on `work` (a durable, ordered queue) and go with the next turn.
 */
export class NewsroomSync {
  private running: Promise<void> | null = null;
  private again = false;
  /** Look in the folder for articles added or removed (on start, and when the library says so). */
  private scanFolder = true;
  private state: SyncState = { kind: 'synced', pending: 0, lastSyncedAt: null };
  private readonly clock: () => Date;

  constructor(private readonly options: NewsroomSyncOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  get current(): SyncState {
    return this.state;
  }

  /** The person's place on the server for the role they have now. */
  get mine(): string {
    return this.options.role() === 'editor' ? DESK : personalRef(this.options.login);
  }

  /** Resolves once no turn is running (a closing app waits for the one under way). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** The next turn looks for articles added to or removed from the folder. */
  rescan(): void {
    this.scanFolder = true;
  }

  /** One turn; a turn asked for while one runs runs right after it, once. */
  turn(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.runTurn();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async runTurn(): Promise<void> {
    this.setState({ kind: 'syncing' });
    try {
      await this.commitPending();
      await this.options.remote.fetchAll(this.options.onProgress);
      let conflicts = 0;
      for (let round = 0; round < 3; round += 1) {
        conflicts += await this.integrate();
        if ((await this.sendWork()) === 'sent') break;
        await this.options.remote.fetchAll();
      }
      this.setState({
        kind: conflicts > 0 || (this.options.conflicted?.() ?? 0) > 0 ? 'conflict' : 'synced',
        lastSyncedAt: this.clock().toISOString(),
        pending: await this.countPending(),
      });
    } catch (error) {
      this.setState({ ...stateOf(error), pending: await this.countPending().catch(() => this.state.pending) });
      if (!(error instanceof ApiError)) this.options.logger.error('newsroom sync failed', error);
    }
  }

  /** Takes what changed in the folder into `work`. */
  async commitPending(): Promise<void> {
    const { pending, tree } = this.options;
    const snapshot = await pending.snapshot();
    const head = await this.resolve(WORK_REF);
    const headTree = head ? (await this.commit(head)).tree : null;
    const units = new Set(snapshot.units);
    if (this.scanFolder) {
      this.scanFolder = false;
      for (const unit of await tree.unitsAddedOrGone(headTree)) units.add(unit);
    }
    if (units.size > 0) {
      const next = await tree.withUnitsFromDisk(headTree, units);
      if (next !== headTree) {
        const changed = await tree.changedUnits(headTree, next);
        await this.writeWork(next, head ? [head] : [], `${changed.length}`);
      }
    }
    await pending.forget(snapshot.count);
  }

  /** Merges the server's branches this person takes into `work`; the number of articles that could not merge. */
  private async integrate(): Promise<number> {
    let conflicts = 0;
    for (const branch of await this.sources()) {
      const source = await this.resolve(`refs/remotes/${REMOTE}/${branch}`);
      if (!source) continue;
      const head = await this.resolve(WORK_REF);
      if (head === source || (head && (await this.contains(head, source)))) continue;
      const headTree = head ? (await this.commit(head)).tree : null;
      let theirs = source;
      if (this.options.role() === 'editor' && branch !== DESK) theirs = await this.filtered(source, headTree);
      const next = head
        ? await this.merged(head, headTree, theirs, branch === DESK)
        : { commit: theirs, conflicts: [] };
      const nextTree = (await this.commit(next.commit)).tree;
      if (!(await this.apply(headTree, nextTree))) return conflicts; // the folder changed meanwhile: next turn
      await writeRef({ ...this.options.git, ref: WORK_REF, value: next.commit, force: true });
      for (const conflict of next.conflicts) {
        await this.options.onConflict(conflict.unit, conflict.lost, conflict.who);
        // The version kept beside the article goes to the server too (right after this turn): the other person
        // sees it, and whoever settles it settles it for both.
        await this.options.pending.touch(conflict.unit);
        this.again = true;
      }
      conflicts += next.conflicts.length;
    }
    return conflicts;
  }

  /** The desk, and this person's own place (another computer of theirs may have sent to it); an editor takes every journalist's too. */
  private async sources(): Promise<string[]> {
    const branches = await listBranches({ ...this.options.git, remote: REMOTE });
    const own = personalRef(this.options.login);
    const journalists = branches.filter((b) => b.startsWith('j/') && b !== own).sort();
    const wanted = [DESK, own, ...(this.options.role() === 'editor' ? journalists : [])];
    return wanted.filter((b) => branches.includes(b));
  }

  /** A journalist's commit with only what she may change, as a commit on top of hers (so the merge base moves on). */
  private async filtered(source: string, deskTree: string | null): Promise<string> {
    const sourceTree = (await this.commit(source)).tree;
    const allowed = await journalistChanges(this.options.git, deskTree, sourceTree);
    if (allowed === sourceTree) return source;
    return this.newCommit(allowed, [source], 'taken');
  }

  /**
   * `theirs` merged into `head`. What both changed in one article is settled the same way on every computer, so
   * two people merging at once end up alike: the desk's version stands (for an editor, the desk is what he sends;
   * for a journalist, what the editors hold), and the other version is kept beside it (`conflicts`, with whose it was).
   */
  private async merged(
    head: string,
    headTree: string | null,
    theirs: string,
    deskWins: boolean,
  ): Promise<{ commit: string; conflicts: Array<{ unit: string; lost: Uint8Array | null; who: string }> }> {
    const [first, second] = deskWins ? [theirs, head] : [head, theirs];
    const result = await mergeCommits({ ...this.options.git, ours: first, theirs: second, author: this.person() });
    const ahead = result.fastForward === null ? null : (result.fastForward === 'ours') === deskWins ? 'theirs' : 'ours';
    if (ahead === 'ours') return { commit: head, conflicts: [] };
    const tree = await settleStatuses(this.options.git, headTree, result.tree);
    if (ahead === 'theirs') {
      // Theirs is ahead: taken as it is, unless a status in it is not what its steps say.
      return { commit: tree === result.tree ? theirs : await this.newCommit(tree, [theirs], 'settled'), conflicts: [] };
    }
    // Logs and notes always merge; an article's own file is what may not, and its other side is kept.
    const loser = deskWins ? this.options.login : (await this.commit(theirs)).author.email;
    const conflicts = result.conflicts
      .filter((conflict) => conflict.path.endsWith('/article.json'))
      .map((conflict) => ({ unit: unitOf(conflict.path), lost: conflict.theirs, who: loser }));
    return { commit: await this.newCommit(tree, [head, theirs], 'merged'), conflicts };
  }

  /**
   * Writes into the folder every unit that differs between the two trees, each only while the folder still
   * holds what `before` has (under the article's lock): a save that came in between is committed next turn
   * and nothing it wrote is overwritten. False when that happened.
   */
  private async apply(before: string | null, after: string): Promise<boolean> {
    const { tree, pending, git } = this.options;
    const units = await tree.changedUnits(before, after);
    const written: string[] = [];
    let intact = true;
    for (const unit of units) {
      await this.options.exclusive(unit, async () => {
        const expected = await entryAt(git, before, unit);
        const onDisk = await tree.buildUnit(unit, expected);
        if ((onDisk?.oid ?? null) !== (expected?.oid ?? null)) {
          intact = false;
          await pending.touch(unit);
          return;
        }
        await tree.writeUnit(unit, after, before);
        written.push(unit);
      });
      if (!intact) break;
    }
    if (written.length > 0) await this.options.onWritten(written);
    return intact;
  }

  /** Sends `work` to the person's place; `stale` when the server has moved on and a merge must come first. */
  private async sendWork(): Promise<'sent' | 'stale'> {
    const head = await this.resolve(WORK_REF);
    if (!head) return 'sent';
    const there = await this.resolve(`refs/remotes/${REMOTE}/${this.mine}`);
    if (there === head) return 'sent';
    const outcome = await this.options.remote.push(WORK_REF, `refs/heads/${this.mine}`);
    if (outcome === 'sent') {
      await writeRef({ ...this.options.git, ref: `refs/remotes/${REMOTE}/${this.mine}`, value: head, force: true });
    }
    return outcome;
  }

  /**
   * What waits to be sent, as a person counts it: the articles (and profile) that differ between this computer's
   * line of work and what the server has of it (the person's own place, else the desk).
   */
  private async countPending(): Promise<number> {
    const head = await this.resolve(WORK_REF);
    if (!head) return 0;
    const there =
      (await this.resolve(`refs/remotes/${REMOTE}/${this.mine}`)) ??
      (await this.resolve(`refs/remotes/${REMOTE}/${DESK}`));
    if (there === head) return 0;
    const treeOf = async (oid: string | null) => (oid ? (await this.commit(oid)).tree : null);
    return (await this.options.tree.changedUnits(await treeOf(there), await treeOf(head))).length;
  }

  private async writeWork(tree: string, parents: string[], what: string): Promise<string> {
    const oid = await this.newCommit(tree, parents, what);
    await writeRef({ ...this.options.git, ref: WORK_REF, value: oid, force: true });
    return oid;
  }

  private newCommit(tree: string, parent: string[], what: string): Promise<string> {
    const person = this.person();
    return writeCommit({
      ...this.options.git,
      commit: { message: `Shpalta: ${what}\n`, tree, parent, author: person, committer: person },
    });
  }

  private person() {
    const at = this.clock();
    return {
      name: this.options.name().trim() || this.options.login,
      email: this.options.login,
      timestamp: Math.floor(at.getTime() / 1000),
      timezoneOffset: 0,
    };
  }

  private async contains(head: string, other: string): Promise<boolean> {
    return isDescendent({ ...this.options.git, oid: head, ancestor: other, depth: -1 });
  }

  private async commit(oid: string): Promise<CommitObject> {
    return (await readCommit({ ...this.options.git, oid })).commit;
  }

  private async resolve(ref: string): Promise<string | null> {
    return resolveRef({ ...this.options.git, ref }).catch(() => null);
  }

  private setState(change: Partial<SyncState>): void {
    this.state = { ...this.state, ...change };
    if (this.state.kind !== 'rejected') delete this.state.refusal;
    this.options.onState(this.state);
  }
}

/** `articles/<id>/article.json` → `articles/<id>`. */
function unitOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'articles' || parts[0] === 'trash' ? parts.slice(0, 2).join('/') : (parts[0] ?? path);
}

function stateOf(error: unknown): Pick<SyncState, 'kind' | 'refusal'> {
  if (!(error instanceof ApiError)) return { kind: 'offline' };
  if (error.code === 'newsroom-unauthorized') return { kind: 'unauthorized' };
  if (error.code === 'newsroom-refused') {
    const code = error.reason.key.replace('newsroom.refused.', '') as RefusalCode;
    return { kind: 'rejected', refusal: code };
  }
  return { kind: 'offline' };
}
