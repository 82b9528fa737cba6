import { message } from '../../../shared/i18n/message';
import {
  TARGET_SECRETS,
  targetConfigured,
  type PublishingSettings,
  type TargetKind,
} from '../../../shared/publishing/publishing-setup';
import type { SecretStore } from '../secrets/secret-store';
import { PublishError, type PublishTarget, type SendContext } from './publish-target';
import { StaticSiteTarget } from './static-site/static-site-target';
import { ChatPacer } from './telegram/chat-pacer';
import { TelegramTarget } from './telegram/telegram-target';
import { WordPressTarget } from './wordpress/wordpress-target';

export interface TargetEndpoints {
  /** Telegram's Bot API; a test gives its loopback server. */
  telegramApi?: string;
  /** Whether that Bot API tells the bot of its own channel posts (the loopback one does, Telegram does not). */
  telegramOwnPostsInUpdates?: boolean;
}

/**
 * A target as this computer's settings describe it now. The outbox holds one of each kind for its whole life;
 * the settings may change meanwhile (another folder, another channel), so each call uses the target built for
 * the current settings, and one not set up refuses plainly: its jobs fail with the reason, never vanish.
 */
class ConfiguredTarget implements PublishTarget {
  private built: { key: string; target: PublishTarget } | null = null;

  constructor(
    readonly kind: TargetKind,
    private readonly settings: () => PublishingSettings,
    private readonly build: (settings: PublishingSettings) => PublishTarget,
  ) {}

  send(context: SendContext) {
    return this.current().send(context);
  }

  withdraw(context: SendContext) {
    return this.current().withdraw(context);
  }

  lookup(context: SendContext) {
    return this.current().lookup(context);
  }

  private current(): PublishTarget {
    const settings = this.settings();
    if (!targetConfigured(this.kind, settings))
      throw new PublishError(
        'rejected',
        message('publish.error.targetNotReady', { target: message(`publish.target.${this.kind}`) }),
      );
    const key = JSON.stringify(settings[this.kind]);
    if (this.built?.key !== key) this.built = { key, target: this.build(settings) };
    return this.built.target;
  }
}

/** The three targets the outbox sends through, bound to this computer's publishing settings and secrets. */
export function configuredTargets(
  settings: () => PublishingSettings,
  secrets: SecretStore,
  endpoints: TargetEndpoints = {},
): PublishTarget[] {
  // One pacer for the app: every send to a channel takes its turn, whichever target object sends it.
  const pacer = new ChatPacer();
  return [
    new ConfiguredTarget('static', settings, (current) => new StaticSiteTarget({ folder: current.static.folder })),
    new ConfiguredTarget(
      'wordpress',
      settings,
      (current) =>
        new WordPressTarget(
          {
            siteUrl: current.wordpress.siteUrl,
            login: current.wordpress.login,
            passwordSecret: TARGET_SECRETS.wordpress,
            authorLogins: current.wordpress.authors,
          },
          secrets,
        ),
    ),
    new ConfiguredTarget(
      'telegram',
      settings,
      (current) =>
        new TelegramTarget({
          config: { channel: current.telegram.channel },
          secrets,
          tokenSecret: TARGET_SECRETS.telegram,
          pacer,
          ...(endpoints.telegramApi ? { apiBase: endpoints.telegramApi } : {}),
          ...(endpoints.telegramOwnPostsInUpdates ? { ownPostsInUpdates: true } : {}),
        }),
    ),
  ];
}
