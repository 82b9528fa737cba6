import { z } from '../validation/zod';
import { ArticleIdSchema, ArticleSchema, ArticleSummarySchema } from '../domain/article';
import { SettingsPatchSchema, SettingsSchema } from '../settings/schema';

/**
 * The one API between the page and everything outside it. Electron IPC and the browser-mode
 * HTTP host both serve exactly this table; channel and route names are derived from its keys.
 */
const Empty = z.object({}).strict();

export const ArticleFileSchema = z.object({
  article: ArticleSchema,
  /** sha256 of the file's bytes on disk; a save names the hash it was based on. */
  hash: z.string(),
});
export type ArticleFile = z.infer<typeof ArticleFileSchema>;

export const DamagedFileSchema = z.object({
  path: z.string(),
  /** Ukrainian, for people. */
  reason: z.string(),
});
export type DamagedFile = z.infer<typeof DamagedFileSchema>;

export const contract = {
  'app.info': {
    input: Empty,
    output: z.object({
      name: z.string(),
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      platform: z.string(),
      /** Things the user must hear about once, e.g. a settings file that was kept aside. */
      startupNotices: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
  },
  'settings.get': { input: Empty, output: SettingsSchema },
  'settings.update': { input: SettingsPatchSchema, output: SettingsSchema },
  'library.list': {
    input: Empty,
    output: z.object({
      libraryPath: z.string(),
      articles: z.array(ArticleSummarySchema),
      damaged: z.array(DamagedFileSchema),
    }),
  },
  'article.get': { input: z.object({ id: ArticleIdSchema }).strict(), output: ArticleFileSchema },
  'article.create': {
    input: z.object({ headline: z.string().max(1000).optional() }).strict(),
    output: ArticleFileSchema,
  },
  'article.save': {
    input: z
      .object({
        article: ArticleSchema,
        /** The hash the edit started from; a different file on disk is a conflict, never overwritten. */
        baseHash: z.string().nullable(),
      })
      .strict(),
    output: z.object({ hash: z.string(), savedAt: z.iso.datetime({ offset: true }) }),
  },
} as const;

/** Events pushed from the main side to the page. */
export const events = {
  /** An article file changed on disk (another app, a sync tool, or this app in another window). */
  'article.changed': z.object({ id: ArticleIdSchema, hash: z.string().nullable() }),
  /** Articles were added or removed; the list should be reloaded. */
  'library.changed': z.object({}),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodArgs<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the page sees, whichever host it runs in. */
export interface ShpaltaApi {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Returns a function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The server side: one async function per method, given validated arguments. */
export type HandlerTable = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<MethodOutput<M>>;
};
