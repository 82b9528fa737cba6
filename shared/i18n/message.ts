import type { MessageKey, uk } from './uk';

/**
 * The placeholder names of a template, read from its text: `Params<'Файл {name} ({size})'>` is
 * `'name' | 'size'`. The Ukrainian catalogue is the source, so a key's parameters are checked where it is used.
 */
export type Params<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Params<Rest> : never;

export type ParamName<K extends MessageKey> = Params<(typeof uk)[K]>;

/** A key together with the values of its placeholders; a value may itself be a message (a composed sentence). */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, ParamValue>>;
}

export type ParamValue = string | number | Message;

export type ParamsOf<K extends MessageKey> = { readonly [P in ParamName<K>]: ParamValue };

/** Nothing for a key without placeholders, otherwise exactly its parameters. */
export type ParamArgs<K extends MessageKey> = [ParamName<K>] extends [never] ? [] : [params: ParamsOf<K>];

/** Keys without placeholders: what a table of labels may hold and `t(key)` may show as it is. */
export type PlainKey = { [K in MessageKey]: [ParamName<K>] extends [never] ? K : never }[MessageKey];

/** A message to be worded later, in the reader's language (an error crossing the API, a nested reason). */
export function message<K extends MessageKey>(key: K, ...params: ParamArgs<K>): Message {
  const [values] = params;
  return values === undefined ? { key } : { key, params: values };
}
