import path from 'node:path';
import { message, type Message } from '../../../shared/i18n/message';
import {
  sameStep,
  TRANSITION_ENTRY_FORMAT,
  TransitionEntrySchema,
  type TransitionEntry,
} from '../../../shared/workflow/transition-entry';
import type { FileSystem } from '../fs/file-system';
import { isCode } from '../fs/io-error';

/** Beside article.json: one JSON entry per line, only ever appended to. */
export const TRANSITIONS_FILE = 'transitions.jsonl';

/** Far more than any article's steps; a bigger file is not read whole (it is reported and left alone). */
export const MAX_LOG_BYTES = 8 * 1024 * 1024;

export interface LogProblem {
  /** 1-based line number in the file. */
  line: number;
  reason: Message;
}

export interface TransitionLogRead {
  entries: TransitionEntry[];
  /** Lines that are kept in the file but could not be read (damaged, or of a newer format). */
  problems: LogProblem[];
}

export function transitionLogPath(articleDir: string): string {
  return path.join(articleDir, TRANSITIONS_FILE);
}

/**
 * Reads the log's text. A line that is not an entry is reported with its number and stays in the file; a
 * line of a newer format is reported as such. A last line without its newline is what a crash in the
 * middle of an append leaves: it is read if whole, and passed over silently if torn.
 */
export function parseTransitionLog(text: string): TransitionLogRead {
  const entries: TransitionEntry[] = [];
  const problems: LogProblem[] = [];
  const lines = text.split('\n');
  const lastIsTorn = !text.endsWith('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const torn = lastIsTorn && index === lines.length - 1;
    const read = readLine(line);
    if ('entry' in read) entries.push(read.entry);
    else if (!torn) problems.push({ line: index + 1, reason: read.reason });
  });
  return { entries, problems };
}

function readLine(line: string): { entry: TransitionEntry } | { reason: Message } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { reason: message('workflow.log.badLine') };
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (typeof format === 'number' && format > TRANSITION_ENTRY_FORMAT) {
    return { reason: message('workflow.log.newerLine', { format }) };
  }
  const parsed = TransitionEntrySchema.safeParse(raw);
  return parsed.success ? { entry: parsed.data } : { reason: message('workflow.log.badLine') };
}

/** The log of one article; an article without steps yet has none. */
export async function readTransitionLog(fs: FileSystem, file: string): Promise<TransitionLogRead> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { entries: [], problems: [] };
    throw error;
  }
  if (size > MAX_LOG_BYTES) return { entries: [], problems: [{ line: 0, reason: message('workflow.log.tooLarge') }] };
  return parseTransitionLog(await fs.readFile(file, 'utf8'));
}

/**
 * Appends entries and makes them durable (fsync) before returning. Nothing already in the file is rewritten:
 * after a torn last line the new entries start on a line of their own, so the torn one stays as it was.
 */
export async function appendTransitions(
  fs: FileSystem,
  file: string,
  entries: readonly TransitionEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const handle = await fs.open(file, 'a+', 0o644);
  try {
    const { size } = await handle.stat();
    let lead = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) lead = '\n';
    }
    await handle.appendFile(`${lead}${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the steps a version-1 file kept in its `history` into the log, except those already there (a crash
 * after an earlier carry-over and before the file was rewritten would otherwise write them twice).
 */
export async function carryOverTransitions(
  fs: FileSystem,
  file: string,
  legacy: readonly TransitionEntry[],
): Promise<void> {
  if (legacy.length === 0) return;
  const { entries } = await readTransitionLog(fs, file);
  await appendTransitions(
    fs,
    file,
    legacy.filter((step) => !entries.some((logged) => sameStep(logged, step))),
  );
}
