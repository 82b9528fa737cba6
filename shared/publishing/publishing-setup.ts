import { SecretProtectionSchema } from '../newsroom/newsroom-link';
import { AbsolutePathSchema } from '../settings/absolute-path';
import { schemaReason } from '../validation/issue-reason';
import { z } from '../validation/zod';

/** Where an article can go (DESIGN §6). Each has one worker in the outbox, so its jobs leave in order. */
export const TARGET_KINDS = ['static', 'wordpress', 'telegram'] as const;
export const TargetKindSchema = z.enum(TARGET_KINDS);
export type TargetKind = z.infer<typeof TargetKindSchema>;

const blankOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

/** A WordPress site's home address: https, or http on this computer only (a test site on 127.0.0.1). */
export const WordPressSiteUrlSchema = z
  .url({ protocol: /^https?$/, error: schemaReason('publish.invalid.siteUrl') })
  .max(2000)
  .refine(
    (url) => new URL(url).protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname),
    {
      error: schemaReason('publish.invalid.siteUrl'),
    },
  );

/** A channel as the Bot API names it: `@username` or the numeric id of a channel (`-100…`). */
export const TelegramChannelSchema = z
  .string()
  .regex(/^(@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d{5,20})$/, schemaReason('publish.invalid.channel'));

/**
 * Where this computer publishes to: per machine (only editors' machines publish), never in the library. The
 * credentials are not here: they live in the secrets store, and only whether one is kept is ever shown.
 */
export const PublishingSettingsSchema = z.object({
  static: z.object({ folder: blankOr(AbsolutePathSchema) }),
  wordpress: z.object({
    siteUrl: blankOr(WordPressSiteUrlSchema),
    login: z.string().trim().max(200),
    /** An article author's name → their WordPress login, so a post is theirs where the site has them. */
    authors: z.record(z.string().trim().min(1).max(200), z.string().trim().min(1).max(200)).default({}),
  }),
  telegram: z.object({ channel: blankOr(TelegramChannelSchema) }),
});
export type PublishingSettings = z.infer<typeof PublishingSettingsSchema>;

export function defaultPublishingSettings(): PublishingSettings {
  return { static: { folder: '' }, wordpress: { siteUrl: '', login: '', authors: {} }, telegram: { channel: '' } };
}

/** Which target needs a credential, and the secrets store's name for it. */
export const TARGET_SECRETS = {
  wordpress: 'publish.wordpress.applicationPassword',
  telegram: 'publish.telegram.botToken',
} as const satisfies Partial<Record<TargetKind, string>>;

/** What the settings show of publishing on this computer. */
export const PublishingSetupSchema = z.object({
  settings: PublishingSettingsSchema,
  /** Whether a credential is kept for each target that needs one: never the credential itself. */
  credentials: z.object({ wordpress: z.boolean(), telegram: z.boolean() }),
  /** Targets with everything they need, in TARGET_KINDS order. */
  ready: z.array(TargetKindSchema),
  /** How the credentials are kept here: `file` (browser mode) is less safe, and the UI says so. */
  protection: SecretProtectionSchema,
  /** Only an editor's computer publishes and keeps publishing credentials. */
  allowed: z.boolean(),
});
export type PublishingSetup = z.infer<typeof PublishingSetupSchema>;

/**
 * A change of the setup. A credential given is kept (in the secrets store only); an empty one is forgotten;
 * one left out stays as it is.
 */
export const PublishingSetupUpdateSchema = z
  .object({
    settings: PublishingSettingsSchema.optional(),
    wordpressPassword: z.string().max(200).optional(),
    telegramToken: z.string().max(200).optional(),
  })
  .strict();
export type PublishingSetupUpdate = z.infer<typeof PublishingSetupUpdateSchema>;

/** Whether a target has what it needs to send (its credential checked separately, by the secrets store). */
export function targetConfigured(kind: TargetKind, settings: PublishingSettings): boolean {
  switch (kind) {
    case 'static':
      return settings.static.folder !== '';
    case 'wordpress':
      return settings.wordpress.siteUrl !== '' && settings.wordpress.login !== '';
    case 'telegram':
      return settings.telegram.channel !== '';
  }
}

/**
 * The author map as the settings field shows it, one `Name = login` a line, and read back; a line without `=`
 * or with an empty side is not a mapping and is left out.
 */
export function authorLoginsText(authors: Readonly<Record<string, string>>): string {
  return Object.entries(authors)
    .map(([name, login]) => `${name} = ${login}`)
    .join('\n');
}

export function parseAuthorLogins(text: string): Record<string, string> {
  const authors: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf('=');
    if (at < 0) continue;
    const name = line.slice(0, at).trim();
    const login = line.slice(at + 1).trim();
    if (name && login) authors[name] = login;
  }
  return authors;
}
