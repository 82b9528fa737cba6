import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { message, type Message } from '../../../shared/i18n/message';
import { SettingsSchema, type Settings } from '../../../shared/settings/schema';
import { ioReason } from '../fs/io-error';

export interface SettingsRecovery {
  /** Where the unreadable file was kept. */
  backupPath: string;
  /** Why the file was set aside, for the startup notice. */
  reason: Message;
}

/**
 * Reads raw stored values over the defaults. Keys missing from an older file take their defaults;
 * a file that still does not satisfy the schema is invalid.
 */
export function mergeWithDefaults(stored: unknown, defaults: Settings): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const raw = stored as Record<string, unknown>;
  const nested = (key: 'user' | 'outlet') => {
    const value = raw[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ...defaults[key], ...(value as object) }
      : (value ?? defaults[key]);
  };
  return { ...defaults, ...raw, user: nested('user'), outlet: nested('outlet') };
}

/**
 * Checks the settings file before any store library opens it. An unreadable or invalid file is
 * renamed aside (never deleted) so the store starts from defaults and the user can recover it.
 */
export function quarantineInvalidSettings(
  filePath: string,
  defaults: Settings,
  now: Date = new Date(),
): SettingsRecovery | null {
  if (!existsSync(filePath)) return null;
  let reason: Message | null = null;
  try {
    const parsed = SettingsSchema.safeParse(mergeWithDefaults(JSON.parse(readFileSync(filePath, 'utf8')), defaults));
    if (!parsed.success) {
      // Where the file goes wrong, in our words; zod's own text is for developers.
      const where = parsed.error.issues[0]?.path.join('.');
      reason = message('settingsFile.schema', { path: where || message('settingsFile.schemaRoot') });
    }
  } catch (error) {
    reason =
      error instanceof SyntaxError
        ? message('settingsFile.notJson')
        : message('settingsFile.unreadable', { reason: ioReason(error) });
  }
  if (reason === null) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(filePath);
  const backupPath = path.join(dir, `${name}.invalid-${stamp}${ext}`);
  renameSync(filePath, backupPath);
  return { backupPath, reason };
}
