import type { NoteReply, NoteResolution, NoteThread, NotesFile } from '../notes/notes-file';
import { sameJson } from './canonical-json';
import { mergeOrder } from './merge-order';

/**
 * The review threads of an article merged from their ancestor and two edits; notes never conflict. Threads
 * are matched by id: one either side started is kept; one a side deleted is gone if the other left it as it
 * was, and kept if the other answered or resolved it meanwhile. A thread's replies and resolutions are the
 * union of both sides', in time order.
 */
export function mergeNotes(base: NotesFile | null, ours: NotesFile, theirs: NotesFile): NotesFile {
  const byId = (file: NotesFile | null) => new Map((file?.threads ?? []).map((thread) => [thread.id, thread]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const threads: NoteThread[] = [];
  for (const id of mergeOrder([...b.keys()], [...o.keys()], [...t.keys()])) {
    const before = b.get(id);
    const mine = o.get(id);
    const other = t.get(id);
    if (mine && other) threads.push(mergeThread(mine, other));
    else if (mine || other) {
      const kept = (mine ?? other) as NoteThread;
      if (before === undefined || !sameJson(before, kept)) threads.push(kept);
    }
  }
  return { ...ours, threads };
}

/** One thread both sides hold: its opening note as ours has it (it is never edited), all the answers of both. */
function mergeThread(ours: NoteThread, theirs: NoteThread): NoteThread {
  return {
    ...ours,
    replies: union(ours.replies, theirs.replies, (reply: NoteReply) => [reply.author, reply.at, reply.text]),
    resolutions: union(ours.resolutions, theirs.resolutions, (step: NoteResolution) => [
      step.by,
      step.at,
      step.resolved,
    ]),
  };
}

/** Both sides' entries, each once (by who, when and what), sorted by time; at one time ours come first. */
function union<T extends { at: string }>(
  ours: readonly T[],
  theirs: readonly T[],
  identity: (entry: T) => unknown[],
): T[] {
  const seen = new Set<string>();
  const all: T[] = [];
  for (const entry of [...ours, ...theirs]) {
    const key = JSON.stringify(identity(entry));
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(entry);
  }
  return all
    .map((entry, order) => ({ entry, order, time: Date.parse(entry.at) }))
    .sort((x, y) => x.time - y.time || x.order - y.order)
    .map(({ entry }) => entry);
}
