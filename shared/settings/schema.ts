import { PERSONAL_WORD_MAX_LENGTH, PERSONAL_WORDS_MAX } from '../text/spell/personal-words';
import {
  defaultPublishingSettings,
  PublishingSettingsSchema,
  type PublishingSettings,
} from '../publishing/publishing-setup';
import { schemaReason } from '../validation/issue-reason';
import { AbsolutePathSchema } from './absolute-path';
import { z } from '../validation/zod';

export { AbsolutePathSchema };

export const ROLES = ['journalist', 'editor'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UI_LANGUAGES = ['uk', 'en'] as const;
export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** `standard`: `19 грудня 2025 року, 20:44`; `capitalized-dash`: `19 Грудня 2025 року - 20:44` (some sites' house style). */
export const DATE_STYLES = ['standard', 'capitalized-dash'] as const;
export const DateStyleSchema = z.enum(DATE_STYLES);
export type DateStyle = z.infer<typeof DateStyleSchema>;

/** The canonical apostrophe the outlet stores: right single quotation mark or modifier letter apostrophe. */
export const APOSTROPHES = ['\u2019', '\u02BC'] as const;
export const ApostropheSchema = z.enum(APOSTROPHES);

const URL_MESSAGE = schemaReason('settings.invalid.url');
const optionalUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: URL_MESSAGE })], {
  error: URL_MESSAGE,
});

export const UserProfileSchema = z.object({
  name: z.string().max(200),
  role: RoleSchema,
});

export const OutletProfileSchema = z.object({
  name: z.string().max(200),
  siteUrl: optionalUrl,
  telegramUrl: optionalUrl,
  facebookUrl: optionalUrl,
  rubrics: z.array(z.string().min(1).max(100)).max(100),
  dateStyle: DateStyleSchema,
  apostrophe: ApostropheSchema,
});

const personalWordText = z
  .string()
  .min(1)
  .max(PERSONAL_WORD_MAX_LENGTH)
  .regex(/^\S+$/, schemaReason('settings.invalid.oneWord'));

/**
 * Spellcheck: words the journalist taught it («Додати до словника»), one word each, no spaces. A plain word
 * is accepted as written (every entry before models); a word with a model declines like that dictionary
 * word (`{ word: 'Виткофф', model: 'Трамп' }`).
 */
export const SpellingSchema = z.object({
  personalWords: z
    .array(z.union([personalWordText, z.object({ word: personalWordText, model: personalWordText }).strict()]))
    .max(PERSONAL_WORDS_MAX),
});
export type SpellingSettings = z.infer<typeof SpellingSchema>;

/**
 * Pictures: `keepOriginals` keeps the camera's original of a photo reduced for the shared library on this
 * computer only (`<userData>/originals`), never in the library.
 */
export const MediaSettingsSchema = z.object({
  keepOriginals: z.boolean(),
});
export type MediaSettings = z.infer<typeof MediaSettingsSchema>;

/**
 * Updates of the desktop app from the release feed: on by default. A newsroom that rolls versions out itself
 * turns them off here (per computer), or for everyone through the administrator's SHPALTA_UPDATES=off.
 */
export const UpdateSettingsSchema = z.object({
  enabled: z.boolean(),
});
export type UpdateSettings = z.infer<typeof UpdateSettingsSchema>;

export const SettingsSchema = z.object({
  /** Absolute path of the library folder. */
  libraryPath: AbsolutePathSchema,
  user: UserProfileSchema,
  /**
   * The outlet profile as this person kept it before the profile moved into the library (`outlet.json`,
   * shared/outlet/outlet-profile.ts): read once, to seed a library that has no outlet.json yet. Nothing
   * else reads it, and nothing writes it any more.
   */
  outlet: OutletProfileSchema,
  uiLanguage: UiLanguageSchema,
  /** Missing in files written before spellcheck existed: an empty personal dictionary then. */
  spelling: SpellingSchema.default(() => ({ personalWords: [] })),
  /** Missing in files written before photos were reduced: originals are not kept then. */
  media: MediaSettingsSchema.default(() => ({ keepOriginals: false })),
  /** The first-run welcome was answered (a name given, or put off): it is not offered again. */
  welcomed: z.boolean().default(false),
  /** Where this computer publishes to (an editor's); changed only through `publishing.update`, never by a patch. */
  publishing: PublishingSettingsSchema.default(defaultPublishingSettings),
  /** Missing in files written before updates existed: they are on then. */
  updates: UpdateSettingsSchema.default(() => ({ enabled: true })),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A partial update; the user's profile may be updated field by field. The outlet's lives in the library. */
export const SettingsPatchSchema = z
  .object({
    libraryPath: SettingsSchema.shape.libraryPath,
    user: UserProfileSchema.partial(),
    uiLanguage: UiLanguageSchema,
    spelling: SpellingSchema.partial(),
    media: MediaSettingsSchema.partial(),
    welcomed: z.boolean(),
    updates: UpdateSettingsSchema.partial(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** What the services may change besides a page's patch: the publishing targets (checked for the role first). */
export type ServiceSettingsPatch = SettingsPatch & { publishing?: PublishingSettings };

export function defaultSettings(libraryPath: string): Settings {
  return {
    libraryPath,
    user: { name: '', role: 'journalist' },
    outlet: {
      name: '',
      siteUrl: '',
      telegramUrl: '',
      facebookUrl: '',
      rubrics: ['Політика', 'Економіка', 'Фінанси', 'Енергетика', 'Суспільство', 'Світ', 'Інтерв’ю'],
      dateStyle: 'standard',
      apostrophe: '\u2019',
    },
    uiLanguage: 'uk',
    spelling: { personalWords: [] },
    media: { keepOriginals: false },
    welcomed: false,
    publishing: defaultPublishingSettings(),
    updates: { enabled: true },
  };
}

export function applySettingsPatch(current: Settings, patch: ServiceSettingsPatch): Settings {
  return {
    ...current,
    ...(patch.libraryPath !== undefined ? { libraryPath: patch.libraryPath } : {}),
    ...(patch.uiLanguage !== undefined ? { uiLanguage: patch.uiLanguage } : {}),
    ...(patch.welcomed !== undefined ? { welcomed: patch.welcomed } : {}),
    ...(patch.publishing !== undefined ? { publishing: patch.publishing } : {}),
    user: { ...current.user, ...patch.user },
    spelling: { ...current.spelling, ...patch.spelling },
    media: { ...current.media, ...patch.media },
    updates: { ...current.updates, ...patch.updates },
  };
}
