import {
  SettingsSchema,
  applySettingsPatch,
  type ServiceSettingsPatch,
  type Settings,
} from '../../../shared/settings/schema';
import { issueReason } from '../../../shared/validation/issue-reason';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { mergeWithDefaults, quarantineInvalidSettings, type SettingsRecovery } from './settings-file';

/** The part of electron-store and conf that the service needs: both expose exactly this. */
export interface KeyValueStore {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface SettingsServiceOptions {
  /** Where the store keeps its file; checked before the store opens it. */
  filePath: string;
  defaults: Settings;
  /** Creates the electron-store (app) or conf (plain Node) instance over `filePath`. */
  openStore: (defaults: Settings) => KeyValueStore;
}

export class SettingsService {
  private readonly store: KeyValueStore;
  private readonly defaults: Settings;
  readonly recovery: SettingsRecovery | null;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(options: SettingsServiceOptions) {
    this.defaults = options.defaults;
    this.recovery = quarantineInvalidSettings(options.filePath, options.defaults);
    this.store = options.openStore(options.defaults);
  }

  get(): Settings {
    const parsed = SettingsSchema.safeParse(mergeWithDefaults(this.store.store, this.defaults));
    // Validated at start-up and on every write, so this only fails if the file was edited meanwhile.
    return parsed.success ? parsed.data : this.defaults;
  }

  update(patch: ServiceSettingsPatch): Settings {
    const next = SettingsSchema.safeParse(applySettingsPatch(this.get(), patch));
    if (!next.success) {
      // Which field and why, in the reader's words: zod's own text would reach the settings dialog.
      const [issue] = next.error.issues;
      const field = issue?.path.join('.') ?? '';
      const reason = issue ? issueReason(issue) : message('validation.invalid');
      throw new ApiError('invalid-argument', message('error.settings.invalid', { field, reason }));
    }
    try {
      this.store.store = next.data;
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
      throw new ApiError('io-error', message('error.settings.writeFailed', { path: this.store.path, code }));
    }
    for (const listener of this.listeners) listener(next.data);
    return next.data;
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
