import { readCommit, resolveRef, writeCommit, writeRef } from 'isomorphic-git';
import { ApiError } from '../../../shared/api/errors';
import type { GitObjects } from '../versions/article-tree';
import { REMOTE, type NewsroomRemote } from './newsroom-remote';
import { DESK } from './newsroom-sync';

const PROBE_REF = 'refs/shpalta/desk-probe';

/**
 * The setup check a journalist's join runs: does the server refuse her change to the approved articles? It
 * offers the desk a commit that changes nothing (the desk's own tree, on top of the desk), signed by her
 * login. A server that guards the desk refuses it (true). One that takes it (false) lets anyone approve, and
 * only that empty step got through: the articles are as they were. Null when the server could not be asked.
 */
export async function checkDeskGuard(git: GitObjects, remote: NewsroomRemote, login: string): Promise<boolean | null> {
  const desk = await resolveRef({ ...git, ref: `refs/remotes/${REMOTE}/${DESK}` }).catch(() => null);
  if (!desk) return null;
  const { commit } = await readCommit({ ...git, oid: desk });
  const now = Math.floor(Date.now() / 1000);
  const person = { name: login, email: login, timestamp: now, timezoneOffset: 0 };
  const probe = await writeCommit({
    ...git,
    commit: { message: 'Shpalta: setup check\n', tree: commit.tree, parent: [desk], author: person, committer: person },
  });
  await writeRef({ ...git, ref: PROBE_REF, value: probe, force: true });
  try {
    await remote.push(PROBE_REF, `refs/heads/${DESK}`);
    return false;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'newsroom-refused') return true;
    return null;
  }
}
