import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendTransitions,
  carryOverTransitions,
  MAX_LOG_BYTES,
  parseTransitionLog,
  readTransitionLog,
} from '../../../../electron/services/workflow/transition-log';
import { nodeFileSystem } from '../../../../electron/services/fs/file-system';
import { message } from '../../../../shared/i18n/message';
import type { TransitionEntry } from '../../../../shared/workflow/transition-entry';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-log-');

function entry(to: TransitionEntry['to'], at: string, patch: Partial<TransitionEntry> = {}): TransitionEntry {
  return {
    format: 1,
    at,
    by: 'Олена Коваленко',
    role: 'journalist',
    from: 'draft',
    to,
    note: '',
    contentHash: 'a'.repeat(64),
    ...patch,
  };
}

const submitted = entry('submitted', '2025-12-19T18:00:00.000Z');
const review = entry('in-review', '2025-12-19T18:05:00.000Z', { by: 'Редактор', role: 'editor', from: 'submitted' });

describe('transition log on disk', () => {
  it('appends one JSON entry per line, never rewriting what is there, and reads them back in order', async () => {
    const file = path.join(await tempDir(), 'transitions.jsonl');
    expect(await readTransitionLog(nodeFileSystem, file)).toEqual({ entries: [], problems: [] });
    await appendTransitions(nodeFileSystem, file, [submitted]);
    const first = await readFile(file, 'utf8');
    await appendTransitions(nodeFileSystem, file, [review]);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith(first)).toBe(true);
    expect(text.split('\n')).toEqual([JSON.stringify(submitted), JSON.stringify(review), '']);
    expect(await readTransitionLog(nodeFileSystem, file)).toEqual({ entries: [submitted, review], problems: [] });
  });

  it('tolerates a torn last line (a crash mid-append): skipped on read, kept, and the next entry starts a new line', async () => {
    const file = path.join(await tempDir(), 'transitions.jsonl');
    const torn = JSON.stringify(review).slice(0, 40);
    await writeFile(file, `${JSON.stringify(submitted)}\n${torn}`);
    expect(await readTransitionLog(nodeFileSystem, file)).toEqual({ entries: [submitted], problems: [] });

    const next = entry('in-review', '2025-12-19T18:06:00.000Z', { from: 'submitted', role: 'editor' });
    await appendTransitions(nodeFileSystem, file, [next]);
    const text = await readFile(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(submitted)}\n${torn}\n${JSON.stringify(next)}\n`);
    // No longer the last line: now it is a damaged line, reported by its number and still kept.
    expect(await readTransitionLog(nodeFileSystem, file)).toEqual({
      entries: [submitted, next],
      problems: [{ line: 2, reason: message('workflow.log.badLine') }],
    });
  });

  it('reports a line that is not an entry and a line of a newer format, and leaves both as they are', async () => {
    const file = path.join(await tempDir(), 'transitions.jsonl');
    const newer = JSON.stringify({ ...review, format: 2, signature: 'xyz' });
    const lines = [
      JSON.stringify(submitted),
      'not json {',
      JSON.stringify({ ...review, to: 'teleported' }),
      newer,
      JSON.stringify(review),
    ];
    const text = `${lines.join('\n')}\n`;
    await writeFile(file, text);
    expect(await readTransitionLog(nodeFileSystem, file)).toEqual({
      entries: [submitted, review],
      problems: [
        { line: 2, reason: message('workflow.log.badLine') },
        { line: 3, reason: message('workflow.log.badLine') },
        { line: 4, reason: message('workflow.log.newerLine', { format: 2 }) },
      ],
    });
    await appendTransitions(nodeFileSystem, file, [entry('returned', '2025-12-19T19:00:00.000Z')]);
    expect((await readFile(file, 'utf8')).startsWith(text)).toBe(true);
  });

  it('does not read a log larger than the limit whole: it is reported', async () => {
    const file = path.join(await tempDir(), 'transitions.jsonl');
    await writeFile(file, Buffer.alloc(MAX_LOG_BYTES + 1, 0x20));
    expect(await readTransitionLog(nodeFileSystem, file)).toEqual({
      entries: [],
      problems: [{ line: 0, reason: message('workflow.log.tooLarge') }],
    });
  });

  it('skips blank lines and reads a whole last line without its newline', () => {
    expect(parseTransitionLog(`\n${JSON.stringify(submitted)}\n\n${JSON.stringify(review)}`)).toEqual({
      entries: [submitted, review],
      problems: [],
    });
  });

  it('carries steps over once: those already in the log are not written again', async () => {
    const file = path.join(await tempDir(), 'transitions.jsonl');
    const legacy = [
      { ...submitted, role: null, contentHash: null },
      { ...review, role: null, contentHash: null },
    ];
    await carryOverTransitions(nodeFileSystem, file, legacy.slice(0, 1));
    await carryOverTransitions(nodeFileSystem, file, legacy);
    expect((await readTransitionLog(nodeFileSystem, file)).entries).toEqual(legacy);
  });
});
