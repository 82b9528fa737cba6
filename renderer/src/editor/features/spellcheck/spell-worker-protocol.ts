import type { ModelWord } from '../../../../../shared/text/spell/model-words';
import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import type { AcceptedWord, DictionaryLoadReport } from './spell-checker';

/** Messages to the spellcheck worker. Each carries an id; the answer carries the same id. */
export type SpellRequest =
  | { id: number; type: 'load' }
  | { id: number; type: 'check'; words: string[] }
  | { id: number; type: 'advise'; words: string[] }
  | { id: number; type: 'suggest'; word: string }
  | { id: number; type: 'models'; word: string; related: string[] }
  | { id: number; type: 'add'; words: AcceptedWord[] }
  | { id: number; type: 'remove'; words: string[] };

/** What each request answers with. */
export interface SpellResults {
  load: DictionaryLoadReport;
  check: boolean[];
  advise: Array<StyleAdvice | null>;
  suggest: string[];
  models: ModelWord[];
  add: null;
  remove: null;
}

/** `error` is a message for people, in Ukrainian. */
export type SpellResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
