import type { DictionaryLoadReport } from './spell-checker';

/** Messages to the spellcheck worker. Each carries an id; the answer carries the same id. */
export type SpellRequest =
  | { id: number; type: 'load' }
  | { id: number; type: 'check'; words: string[] }
  | { id: number; type: 'suggest'; word: string }
  | { id: number; type: 'add'; words: string[] }
  | { id: number; type: 'remove'; words: string[] };

/** What each request answers with. */
export interface SpellResults {
  load: DictionaryLoadReport;
  check: boolean[];
  suggest: string[];
  add: null;
  remove: null;
}

/** `error` is a message for people, in Ukrainian. */
export type SpellResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
