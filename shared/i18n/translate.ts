import type { UiLanguage } from '../settings/schema';
import { en } from './en';
import type { Message, ParamArgs } from './message';
import { uk, type MessageKey } from './uk';

export interface Translate {
  <K extends MessageKey>(key: K, ...params: ParamArgs<K>): string;
  /** A message built elsewhere, e.g. the reason of a service error, nested messages included. */
  message(message: Message): string;
}

const CATALOGUES: Record<UiLanguage, Readonly<Record<MessageKey, string>>> = { uk, en };

/** Nested messages deeper than this are shown as their key: a message from the wire cannot recurse forever. */
const MAX_NESTING = 8;

export function createTranslator(language: UiLanguage): Translate {
  const catalogue = CATALOGUES[language];
  const render = (message: Message, depth: number): string => {
    const template = catalogue[message.key];
    const params = message.params;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      if (value === undefined) return whole;
      if (typeof value === 'object') return depth < MAX_NESTING ? render(value, depth + 1) : value.key;
      return String(value);
    });
  };
  const t = <K extends MessageKey>(key: K, ...params: ParamArgs<K>): string => render({ key, params: params[0] }, 0);
  return Object.assign(t, { message: (message: Message) => render(message, 0) });
}

/** Whether a string names a key of the catalogue (for keys that arrive over a wire). */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(uk, value);
}

/** The placeholder names of a key's template, as the translator fills them. */
export function placeholdersOf(key: MessageKey): string[] {
  return [...uk[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
}
