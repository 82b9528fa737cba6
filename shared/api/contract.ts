import { z } from '../validation/zod';
import {
  ARTICLE_STATUSES,
  ArticleIdSchema,
  ArticleSchema,
  ArticleStatusSchema,
  ArticleSummarySchema,
} from '../domain/article';
import { AbsolutePathSchema, SettingsPatchSchema, SettingsSchema } from '../settings/schema';
import {
  JoinProgressSchema,
  NewsroomLoginSchema,
  NewsroomStatusSchema,
  NewsroomUrlSchema,
  SyncStateSchema,
} from '../newsroom/newsroom-link';
import { TransitionEntrySchema } from '../workflow/transition-entry';
import { VersionEntrySchema, VersionIdSchema } from '../domain/versions';
import { MAX_LOGO_BYTES, OutletProfileEditSchema, OutletProfileSchema } from '../outlet/outlet-profile';
import type { Message } from '../i18n/message';
import { NOTES_LIMITS, NoteIdSchema, NoteThreadSchema } from '../notes/notes-file';
import { isWireMessage } from './errors';
import { PublishingSetupSchema, PublishingSetupUpdateSchema, TargetKindSchema } from '../publishing/publishing-setup';
import { JobWhenSchema, OutboxJobIdSchema, OutboxJobViewSchema } from '../publishing/outbox/outbox-job';
import { UpdateStatusSchema } from '../updates/update-status';
import type { EventName, MethodName } from './names';

export { EVENT_NAMES, isMethodName, METHOD_NAMES, type EventName, type MethodName } from './names';

/**
 * The one API between the page and everything outside it. Electron IPC and the browser-mode
 * HTTP host both serve exactly this table; channel and route names are derived from its keys.
 */
const Empty = z.object({}).strict();

/** Words for a person, as a catalogue key and its params: each UI words it in its own language. */
export const MessageSchema = z.custom<Message>(isWireMessage);

/** What of a body this version's editor does not know (see shared/domain/editor-schema.ts). */
export const UnsupportedContentSchema = z.object({
  nodes: z.array(z.string()),
  marks: z.array(z.string()),
  /** `node.attribute`, e.g. `paragraph.textAlign`. */
  attributes: z.array(z.string()),
});

export const ArticleFileSchema = z.object({
  article: ArticleSchema,
  /** sha256 of the file's bytes on disk; a save names the hash it was based on. */
  hash: z.string(),
  /** Content the editor cannot show: the article opens read-only and saves over it are refused. */
  unsupported: UnsupportedContentSchema.nullable(),
});
export type ArticleFile = z.infer<typeof ArticleFileSchema>;

export const DamagedFileSchema = z.object({
  path: z.string(),
  reason: MessageSchema,
});
export type DamagedFile = z.infer<typeof DamagedFileSchema>;

/** The library's outlet profile as this app uses it. */
export const OutletStateSchema = z.object({
  profile: OutletProfileSchema,
  /** sha256 of outlet.json; an update names it. Null: no file yet, or one that cannot be used. */
  hash: z.string().nullable(),
  /** The file cannot be used (damaged, hostile, from a newer app): `profile` is the defaults, read-only. */
  problem: DamagedFileSchema.nullable(),
  /** The logo as a data: URL, for the settings and the sandboxed page preview; null: none or unreadable. */
  logoDataUrl: z.string().nullable(),
});
export type OutletState = z.infer<typeof OutletStateSchema>;

const StatusTally = z.partialRecord(ArticleStatusSchema, z.number().int().min(0));

/** Search and filters of the library list (all optional: no filter lists everything, newest change first). */
export const LibraryQuerySchema = z
  .object({
    /** Words to find; inflected forms find each other, the last word is a prefix (search while typing). */
    text: z.string().max(500).optional(),
    status: z.array(ArticleStatusSchema).max(ARTICLE_STATUSES.length).optional(),
    rubric: z.string().max(200).optional(),
    tag: z.string().max(200).optional(),
    author: z.string().max(200).optional(),
    /** Inclusive dates (YYYY-MM-DD), of the publish date when sorting by it, else of the last change. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    sort: z.enum(['updated', 'published', 'relevance']).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;

export const SnippetSchema = z.object({
  text: z.string(),
  /** [start, end) offsets into text of the words that matched: ranges, never HTML. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** Where the text is from when not the lead and body: only the byline or the rubric matched. */
  source: z.enum(['authors', 'rubric']).optional(),
});
export type Snippet = z.infer<typeof SnippetSchema>;

export const ArticleListItemSchema = ArticleSummarySchema.extend({
  publishAt: z.string().nullable(),
  tags: z.array(z.string()),
  authors: z.array(z.string()),
  snippet: SnippetSchema.nullable(),
  /** Conflict copies a sync tool left beside this article's file. */
  conflicts: z.number().int(),
});
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>;

const Facet = z.array(z.object({ name: z.string(), count: z.number().int() }));

export const ConflictCopySchema = z.object({
  /** File name inside the article folder, e.g. `article (Olena's conflicted copy 2025-12-19).json`. */
  fileName: z.string(),
  /** Which tool made it and what its name says. */
  description: MessageSchema,
  hash: z.string(),
  /** The copy's article, or null when the copy itself is damaged. */
  article: ArticleSchema.nullable(),
  reason: MessageSchema.nullable(),
});
export type ConflictCopy = z.infer<typeof ConflictCopySchema>;

const IdInput = z.object({ id: ArticleIdSchema }).strict();

/** An article's review threads (notes.json); a file that cannot be used reads as none, with its reason. */
export const NotesStateSchema = z.object({
  threads: z.array(NoteThreadSchema),
  /** sha256 of notes.json; null: no notes yet, or a file that cannot be used. */
  hash: z.string().nullable(),
  problem: DamagedFileSchema.nullable(),
});
export type NotesState = z.infer<typeof NotesStateSchema>;

const NoteText = z.string().trim().min(1).max(NOTES_LIMITS.text);
/**
 * A change to one thread. `baseHash` is the notes version the view showed; the change is applied to the file
 * as it is now either way (a colleague's notes are merged), and the answer carries all of them. Who writes is
 * the person in this app's settings, never a name from the request.
 */
const noteInput = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ id: ArticleIdSchema, noteId: NoteIdSchema, baseHash: z.string().nullable(), ...shape }).strict();

/** What a «Читайте також» entry needs of a library article: its page address comes from the slug. */
export const LibraryCardSchema = ArticleSummarySchema.omit({ rubric: true }).extend({
  slug: z.string(),
  publishAt: z.string().nullable(),
  /** The lead, else the first paragraph, cut as a meta description (shared/domain/related.ts). */
  teaser: z.string(),
});
export type LibraryCard = z.infer<typeof LibraryCardSchema>;

export const RelatedSuggestionSchema = LibraryCardSchema.extend({
  /** The tags it shares with the article: the reason shown beside it. */
  sharedTags: z.array(z.string()),
  /** 0…1: shared tags weighted by their rarity, and how much of the article's distinctive words it has. */
  score: z.number(),
});
export type RelatedSuggestion = z.infer<typeof RelatedSuggestionSchema>;

/** At most as many as an article may list in «Читайте також». */
const RELATED_IDS = z.array(ArticleIdSchema).max(20);

/** One page showing the app (a desktop window, a browser tab): its own random id, new on every load. */
export const ViewIdSchema = z.string().min(8).max(64);

export const contract = {
  'app.info': {
    input: Empty,
    output: z.object({
      name: z.string(),
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      platform: z.string(),
      /** Things the user must hear about once, e.g. a settings file that was kept aside. */
      startupNotices: z.array(z.object({ code: z.string(), message: MessageSchema })),
    }),
  },
  'settings.get': { input: Empty, output: SettingsSchema },
  'settings.update': { input: SettingsPatchSchema, output: SettingsSchema },
  'library.list': {
    input: LibraryQuerySchema,
    output: z.object({
      libraryPath: z.string(),
      /** While the index is being built or checked: how far it got (the list fills in meanwhile). */
      indexing: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
      total: z.number().int(),
      articles: z.array(ArticleListItemSchema),
      damaged: z.array(DamagedFileSchema),
    }),
  },
  'library.facets': {
    input: Empty,
    output: z.object({ rubrics: Facet, tags: Facet, authors: Facet }),
  },
  /** Other library articles to list in the article's «Читайте також», most related first. */
  'library.related': {
    input: z
      .object({
        id: ArticleIdSchema,
        /** Already listed (as the window has it now, saved or not): never suggested again. */
        exclude: RELATED_IDS.optional(),
        limit: z.number().int().min(1).max(50).optional(),
      })
      .strict(),
    output: z.object({ suggestions: z.array(RelatedSuggestionSchema) }),
  },
  /** The library's articles of these ids, in their order; an id the library does not have (now) is left out. */
  'library.lookup': {
    input: z.object({ ids: RELATED_IDS }).strict(),
    output: z.object({ articles: z.array(LibraryCardSchema) }),
  },
  /**
   * The articles with another version beside them (a colleague's change that did not merge, a sync tool's copy):
   * what «Є розбіжності» lists.
   */
  'library.conflicted': {
    input: Empty,
    output: z.object({ articles: z.array(LibraryCardSchema.extend({ copies: z.number().int().positive() })) }),
  },
  /** The slugs of the library's other articles: a new slug must not take one of them. */
  'library.slugs': {
    input: z.object({ except: ArticleIdSchema }).strict(),
    output: z.object({ slugs: z.array(z.string()) }),
  },
  /** How many articles have each status, all and those `author` (the person's own name) wrote: the views' counts. */
  'library.statusCounts': {
    input: z.object({ author: z.string().max(200) }).strict(),
    output: z.object({ all: StatusTally, mine: StatusTally }),
  },
  'library.trash': {
    input: Empty,
    output: z.object({
      items: z.array(ArticleSummarySchema.extend({ trashedAt: z.string() })),
      damaged: z.array(DamagedFileSchema),
    }),
  },
  'article.get': { input: IdInput, output: ArticleFileSchema },
  'article.duplicate': { input: IdInput, output: ArticleFileSchema },
  'article.trash': { input: IdInput, output: z.object({}) },
  'article.restore': { input: IdInput, output: z.object({}) },
  'article.purge': { input: IdInput, output: z.object({}) },
  /** Edits kept aside because they could not be written to the library (see electron EditBackups). */
  'article.backup': {
    input: IdInput,
    output: z.object({
      backup: z.object({ savedAt: z.string(), article: ArticleSchema }).nullable(),
    }),
  },
  'article.discardBackup': { input: IdInput, output: z.object({}) },
  'article.conflicts': { input: IdInput, output: z.object({ copies: z.array(ConflictCopySchema) }) },
  'article.resolveConflict': {
    input: z
      .object({
        id: ArticleIdSchema,
        fileName: z.string().max(300),
        /** `current`: keep article.json; `copy`: the copy becomes the article. The other is kept as a revision. */
        keep: z.enum(['current', 'copy']),
      })
      .strict(),
    output: ArticleFileSchema,
  },
  /** «Взяти їхню версію»: both sides are kept as versions before the other one replaces the window's own. */
  'article.keepMineAsRevision': { input: z.object({ article: ArticleSchema }).strict(), output: z.object({}) },
  /**
   * One workflow step (shared/workflow/status-machine.ts), taken as the role and name in this computer's
   * settings: refused (`workflow-forbidden`, `workflow-invalid`) when that role may not take it, and as a
   * `conflict` when article.json is no longer the version with `baseHash`. Returns the file's new hash.
   */
  'workflow.transition': {
    input: z
      .object({
        id: ArticleIdSchema,
        to: ArticleStatusSchema,
        note: z.string().max(20000).optional(),
        baseHash: z.string(),
        /** The view that takes the step: the others with the article open hear of it (`article.changed`). */
        view: ViewIdSchema.optional(),
      })
      .strict(),
    output: z.object({ hash: z.string(), status: ArticleStatusSchema, entry: TransitionEntrySchema }),
  },
  /** The article's status history (`transitions.jsonl`), oldest first; unreadable lines are counted, kept. */
  'workflow.log': {
    input: IdInput,
    output: z.object({
      entries: z.array(TransitionEntrySchema),
      problems: z.array(z.object({ line: z.number().int(), reason: MessageSchema })),
    }),
  },
  /** The article's kept versions (electron/services/versions), newest first. */
  'versions.list': { input: IdInput, output: z.object({ versions: z.array(VersionEntrySchema) }) },
  /** One kept version's article, read through the schema and its migrations; a damaged one is `damaged-file`. */
  'versions.read': {
    input: z.object({ id: ArticleIdSchema, version: VersionIdSchema }).strict(),
    output: z.object({ article: ArticleSchema }),
  },
  /** «Зберегти версію»: keeps the article as it is on disk now. */
  'versions.save': { input: IdInput, output: z.object({ version: VersionIdSchema }) },
  /**
   * Writes the version's text as the current file (the normal atomic save, checked against the file's hash)
   * and keeps it as a new version: history is never rewritten. The workflow's status stays as it is now.
   */
  'versions.restore': {
    input: z.object({ id: ArticleIdSchema, version: VersionIdSchema }).strict(),
    output: z.object({ hash: z.string() }),
  },
  'notes.list': { input: IdInput, output: NotesStateSchema },
  'notes.add': {
    input: noteInput({ quote: z.string().max(NOTES_LIMITS.quote), text: NoteText, view: ViewIdSchema.optional() }),
    output: NotesStateSchema,
  },
  'notes.reply': { input: noteInput({ text: NoteText, view: ViewIdSchema.optional() }), output: NotesStateSchema },
  'notes.resolve': {
    input: noteInput({ resolved: z.boolean(), view: ViewIdSchema.optional() }),
    output: NotesStateSchema,
  },
  /** Only the author's own note, and only while nobody has answered it. */
  'notes.delete': { input: noteInput({ view: ViewIdSchema.optional() }), output: NotesStateSchema },
  'media.import': {
    input: z
      .object({
        articleId: ArticleIdSchema,
        fileName: z.string().min(1).max(300),
        /** The image bytes, base64; 40 MB of base64 is 30 MB of image. */
        base64: z.base64().max(40 * 1024 * 1024),
      })
      .strict(),
    /** Where it is stored, and its size in pixels as its header says (the bytes decide, not the name). */
    output: z.object({ src: z.string(), width: z.number().int().positive(), height: z.number().int().positive() }),
  },
  /**
   * Keeps the camera's original of a photo the library got only as a web rendition (`src`, from media.import)
   * on this computer, outside the library (`<userData>/originals/<articleId>/`), readable by this user alone.
   * The page calls it only when the person chose so in the settings (`media.keepOriginals`).
   */
  'media.keepOriginal': {
    input: z
      .object({
        articleId: ArticleIdSchema,
        src: z.string().min(1).max(300),
        fileName: z.string().min(1).max(300),
        base64: z.base64().max(40 * 1024 * 1024),
      })
      .strict(),
    output: z.object({}),
  },
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
        /**
         * «Записати мою версію»: the hash of the other version the person chose to write over (as shown to
         * them). Checked instead of `baseHash`; that version is kept as a revision before it is replaced.
         */
        overwrites: z.string().optional(),
        /** The view that saves: the others with the article open hear of the save (`article.changed`). */
        view: ViewIdSchema.optional(),
      })
      .strict(),
    output: z.object({ hash: z.string(), savedAt: z.iso.datetime({ offset: true }) }),
  },
  /**
   * The article a view has open now (null: none). The host keeps this for every view, so each knows at once
   * when its article is open in another (`article.views`); the answer lists the views that have it open.
   */
  'outlet.get': { input: Empty, output: OutletStateSchema },
  /** Refused (`conflict`) when outlet.json is no longer the version with `baseHash`: a colleague's is kept. */
  'outlet.update': {
    input: z.object({ profile: OutletProfileEditSchema, baseHash: z.string().nullable() }).strict(),
    output: OutletStateSchema,
  },
  /** Stores an image beside outlet.json as a logo; the profile names it once saved. */
  'outlet.importLogo': {
    input: z
      .object({
        fileName: z.string().min(1).max(300),
        base64: z.base64().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4),
      })
      .strict(),
    output: z.object({ logo: z.string(), dataUrl: z.string() }),
  },
  'view.opened': {
    input: z.object({ view: ViewIdSchema, id: ArticleIdSchema.nullable() }).strict(),
    output: z.object({ views: z.array(ViewIdSchema) }),
  },
  /** The open library's newsroom server, if it has one, and where it stands with it. */
  'newsroom.get': { input: Empty, output: NewsroomStatusSchema },
  /**
   * Joins a newsroom: fetches everything from the server into `folder` (new or empty), which becomes the open
   * library. The token goes to the secrets store, never to settings or the page again. Progress: `newsroom.progress`.
   */
  'newsroom.join': {
    input: z
      .object({
        url: NewsroomUrlSchema,
        login: NewsroomLoginSchema,
        token: z.string().min(1).max(4096),
        folder: AbsolutePathSchema,
      })
      .strict(),
    output: NewsroomStatusSchema,
  },
  /** Unlinks the library from its server: the files stay, the token is forgotten. */
  'newsroom.leave': { input: Empty, output: NewsroomStatusSchema },
  /** Exchanges changes with the server now (the window got the focus, or the person asked). */
  'newsroom.syncNow': { input: Empty, output: NewsroomStatusSchema },
  /** A new access token for the linked server (the old one was revoked or expired); an exchange follows. */
  'newsroom.updateToken': {
    input: z.object({ token: z.string().min(1).max(4096) }).strict(),
    output: NewsroomStatusSchema,
  },
  /** Where this computer publishes to, and whether it may (only editors' computers publish). */
  'publishing.get': { input: Empty, output: PublishingSetupSchema },
  /** Changes the targets; credentials go to the secrets store only. Refused on a journalist's computer. */
  'publishing.update': { input: PublishingSetupUpdateSchema, output: PublishingSetupSchema },
  /** What the publish dialog warns of that only this side knows: the text changed since it was approved. */
  'publishing.check': {
    input: IdInput,
    output: z.object({ changedSinceApproval: z.boolean() }),
  },
  /**
   * Publishes the approved article to the chosen targets, now or at a scheduled instant, through the outbox:
   * resolves once the jobs are on disk, long before they are sent (`publishing.job` tells each step).
   * `baseHash` is the article file the editor reviewed in the dialog; `changedSinceApproval` confirms that
   * the editor saw the article differs from what was approved and publishes it anyway.
   */
  'publishing.start': {
    input: z
      .object({
        id: ArticleIdSchema,
        baseHash: z.string().max(200),
        targets: z.array(TargetKindSchema).min(1).max(3),
        when: JobWhenSchema,
        changedSinceApproval: z.boolean(),
      })
      .strict(),
    output: z.object({ jobs: z.array(OutboxJobViewSchema) }),
  },
  /** Takes a published article down from every target it went to. */
  'publishing.withdraw': {
    input: z.object({ id: ArticleIdSchema, baseHash: z.string().max(200), note: z.string().max(20000) }).strict(),
    output: z.object({ jobs: z.array(OutboxJobViewSchema) }),
  },
  /** The outbox, newest first: one article's jobs, or every job kept. */
  'publishing.jobs': {
    input: z.object({ id: ArticleIdSchema.optional() }).strict(),
    output: z.object({ jobs: z.array(OutboxJobViewSchema) }),
  },
  /** A failed job, or one whose outcome is unknown, is sent again (a person decided). */
  'publishing.retry': { input: z.object({ jobId: OutboxJobIdSchema }).strict(), output: OutboxJobViewSchema },
  /** A job whose outcome is unknown did reach its target (a person looked): it counts as sent. */
  'publishing.markSent': { input: z.object({ jobId: OutboxJobIdSchema }).strict(), output: OutboxJobViewSchema },
  /** A job that waits is not sent after all. */
  'publishing.cancel': { input: z.object({ jobId: OutboxJobIdSchema }).strict(), output: OutboxJobViewSchema },
  /**
   * Whether the view (a window, a tab) holds edits the library does not have yet. The desktop app waits with
   * installing an update while any view does, or one went away while it did and its last save has not landed.
   */
  'view.unsaved': {
    input: z.object({ view: ViewIdSchema, unsaved: z.boolean() }).strict(),
    output: z.object({}),
  },
  /** Where the app's updates stand (browser mode: `unsupported`, they are the desktop app's). */
  'updates.get': { input: Empty, output: UpdateStatusSchema },
  /** «Перевірити зараз»: asks the release feed now, unless updates are off or a check is under way. */
  'updates.check': { input: Empty, output: UpdateStatusSchema },
  /**
   * «Перезапустити й оновити»: the person's choice to install a ready update now. Refused in the answer's
   * `hold` while an article has unsaved edits or the outbox is sending: nothing restarts then.
   */
  'updates.install': { input: Empty, output: UpdateStatusSchema },
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

/** Events pushed from the main side to the page. */
export const events = {
  /** An article file changed on disk (another app, a sync tool, or this app in another window). */
  'article.changed': z.object({
    id: ArticleIdSchema,
    hash: z.string().nullable(),
    /** The view of this app that saved it; absent when the change came from outside the app. */
    view: ViewIdSchema.optional(),
  }),
  /**
   * An article's file arrived from outside this app (a colleague's machine through a synced folder) with another
   * status: the people it concerns are told.
   */
  'article.status': z.object({
    id: ArticleIdSchema,
    headline: z.string(),
    from: ArticleStatusSchema,
    to: ArticleStatusSchema,
    authors: z.array(z.string()),
  }),
  /** An article's notes.json changed (a colleague's note, another window's); read them again. */
  'notes.changed': z.object({ id: ArticleIdSchema, hash: z.string().nullable(), view: ViewIdSchema.optional() }),
  /** Articles were added or removed; the list should be reloaded. */
  'library.changed': z.object({}),
  /** The views (windows, tabs) that have this article open changed: all of them, as the host knows them. */
  'article.views': z.object({ id: ArticleIdSchema, views: z.array(ViewIdSchema) }),
  /** outlet.json changed (a colleague's save, another window's, another library opened): read it again. */
  'outlet.changed': z.object({ hash: z.string().nullable() }),
  /** Where the library stands with its newsroom server changed. */
  'newsroom.sync': SyncStateSchema,
  /** How far joining a newsroom is. */
  'newsroom.progress': JoinProgressSchema,
  /** A publishing job was made, moved on or ended. */
  'publishing.job': OutboxJobViewSchema,
  /** The app's update moved on (checking, downloading, ready, an error, turned off…). */
  'updates.state': UpdateStatusSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodArgs<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export type Events = typeof events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

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
