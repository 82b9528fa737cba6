import path from 'node:path';
import { ApiError } from '../../../../shared/api/errors';
import { message } from '../../../../shared/i18n/message';
import { withFileLock } from '../../fs/file-lock';
import type { FileSystem } from '../../fs/file-system';

/** Folders this process has an outbox open on, with the release under way once one is closing. */
const heldHere = new Map<string, Promise<void> | null>();

/**
 * Holds the outbox folder for one outbox at a time: the desktop app and browser mode share the data folder, and
 * two outboxes on the same jobs would each send them. The lock file names its holder's process, so one left by
 * a killed app is taken over at once; a live holder elsewhere is refused. Returns the release.
 */
export async function holdFolder(dir: string, fs: FileSystem): Promise<() => Promise<void>> {
  const key = path.resolve(dir);
  // An outbox closing here (the app's services stopped and started again) lets go first: it is waited for.
  const releasing = heldHere.get(key);
  if (releasing) await releasing;
  if (heldHere.has(key)) throw elsewhere();
  heldHere.set(key, null);
  let letGo = () => undefined as void;
  const released = new Promise<void>((resolve) => (letGo = resolve));
  let held = () => undefined as void;
  const taken = new Promise<void>((resolve) => (held = resolve));
  // Never stale by age: the outbox holds it for as long as the app runs.
  const holding = withFileLock(
    path.join(dir, '.lock'),
    () => {
      held();
      return released;
    },
    { fs, staleMs: Number.MAX_SAFE_INTEGER, timeoutMs: 1_000 },
  );
  try {
    await Promise.race([taken, holding]);
  } catch {
    heldHere.delete(key);
    throw elsewhere();
  }
  let done: Promise<void> | null = null;
  return () => {
    if (done) return done;
    done = (async () => {
      letGo();
      await holding.catch(() => undefined);
      heldHere.delete(key);
    })();
    heldHere.set(key, done);
    return done;
  };
}

const elsewhere = () => new ApiError('conflict', message('publish.outbox.error.openElsewhere'));
