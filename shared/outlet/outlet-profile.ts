import { schemaReason } from '../validation/issue-reason';
import { z } from '../validation/zod';
import { ApostropheSchema, DateStyleSchema, type Settings } from '../settings/schema';

/**
 * The newsroom's profile, kept in the library as `<library>/outlet.json`: every colleague who opens the same
 * library sees the same name, rubrics and page. The per-user settings keep only what is one person's.
 */
export const OUTLET_SCHEMA_VERSION = 1;
export const OUTLET_FILE_NAME = 'outlet.json';

/** The logo lives beside outlet.json, named by its content: `outlet/logo.<sha256>.<ext>`. */
export const OUTLET_LOGO_DIR = 'outlet';
const LOGO_PATH = /^outlet\/logo\.[0-9a-f]{64}\.(jpg|png|gif|webp|avif)$/;

/** A logo is shown small on every page: a larger file is a mistake (a full photo), not a logo. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export const SOCIAL_NETWORKS = ['telegram', 'facebook', 'x', 'instagram', 'youtube', 'viber'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export const RUBRIC_MAX_LENGTH = 100;
export const RUBRICS_MAX = 100;

const URL_MESSAGE = schemaReason('settings.invalid.url');
const webUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: URL_MESSAGE })], { error: URL_MESSAGE });
const httpsUrl = z.union([z.literal(''), z.url({ protocol: /^https$/, error: URL_MESSAGE })], { error: URL_MESSAGE });

export const LogoPathSchema = z.string().regex(LOGO_PATH);

export const SocialLinksSchema = z
  .object(
    Object.fromEntries(SOCIAL_NETWORKS.map((network) => [network, httpsUrl])) as Record<SocialNetwork, typeof httpsUrl>,
  )
  .strict();
export type SocialLinks = z.infer<typeof SocialLinksSchema>;

const RubricsSchema = z
  .array(z.string().trim().min(1).max(RUBRIC_MAX_LENGTH))
  .max(RUBRICS_MAX)
  .refine((rubrics) => new Set(rubrics).size === rubrics.length, { error: schemaReason('outlet.invalid.rubricTwice') });

/** What the settings dialog edits: the whole profile but its format version. */
export const OutletProfileEditSchema = z
  .object({
    name: z.string().trim().max(200),
    /** `outlet/logo.<sha256>.<ext>`, stored by outlet.importLogo; null: no logo. */
    logo: LogoPathSchema.nullable(),
    siteUrl: webUrl,
    social: SocialLinksSchema,
    /** The call under the article; «Telegram» and «Facebook» in it link to the outlet's pages. */
    subscribeText: z.string().trim().max(500),
    dateStyle: DateStyleSchema,
    apostrophe: ApostropheSchema,
    rubrics: RubricsSchema,
  })
  .strict();
export type OutletProfileEdit = z.infer<typeof OutletProfileEditSchema>;

/** The file's shape. Strict: a field this version does not know would be lost by its next save. */
export const OutletProfileSchema = OutletProfileEditSchema.extend({
  schemaVersion: z.literal(OUTLET_SCHEMA_VERSION),
}).strict();
export type OutletProfile = z.infer<typeof OutletProfileSchema>;

export const NO_SOCIAL_LINKS: SocialLinks = {
  telegram: '',
  facebook: '',
  x: '',
  instagram: '',
  youtube: '',
  viber: '',
};

export function defaultOutletProfile(): OutletProfile {
  return {
    schemaVersion: OUTLET_SCHEMA_VERSION,
    name: '',
    logo: null,
    siteUrl: '',
    social: { ...NO_SOCIAL_LINKS },
    subscribeText: '',
    dateStyle: 'standard',
    apostrophe: '\u2019',
    rubrics: ['Політика', 'Економіка', 'Фінанси', 'Енергетика', 'Суспільство', 'Світ', 'Інтерв’ю'],
  };
}

/**
 * The profile a person kept in their own settings before it lived in the library: it seeds a library's
 * outlet.json once. Social pages are served over https; an `http://` one is written as `https://`.
 */
export function outletFromSettings(legacy: Settings['outlet']): OutletProfile {
  const https = (url: string) => url.replace(/^http:\/\//i, 'https://');
  const candidate: OutletProfile = {
    ...defaultOutletProfile(),
    name: legacy.name,
    siteUrl: legacy.siteUrl,
    social: { ...NO_SOCIAL_LINKS, telegram: https(legacy.telegramUrl), facebook: https(legacy.facebookUrl) },
    dateStyle: legacy.dateStyle,
    apostrophe: legacy.apostrophe,
    rubrics: [...new Set(legacy.rubrics.map((rubric) => rubric.trim()).filter(Boolean))],
  };
  // Whatever the old settings held that the profile refuses is left out rather than stopping the migration.
  const checked = OutletProfileSchema.safeParse(candidate);
  if (checked.success) return checked.data;
  const fallback = defaultOutletProfile();
  const field = <K extends keyof OutletProfile>(key: K): OutletProfile[K] => {
    const one = OutletProfileSchema.shape[key].safeParse(candidate[key]);
    return one.success ? (one.data as OutletProfile[K]) : fallback[key];
  };
  const social = { ...NO_SOCIAL_LINKS };
  for (const network of SOCIAL_NETWORKS) {
    if (SocialLinksSchema.shape[network].safeParse(candidate.social[network]).success)
      social[network] = candidate.social[network];
  }
  return {
    ...fallback,
    name: field('name'),
    siteUrl: field('siteUrl'),
    social,
    dateStyle: field('dateStyle'),
    apostrophe: field('apostrophe'),
    rubrics: field('rubrics'),
  };
}

/** The part of a profile the settings dialog edits and outlet.update takes. */
export function outletEdit(profile: OutletProfile): OutletProfileEdit {
  const { schemaVersion: _version, ...edit } = profile;
  return edit;
}
