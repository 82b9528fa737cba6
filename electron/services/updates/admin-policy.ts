import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The environment variable a computer's administrator sets to turn the app's updates off for everyone on it. */
export const UPDATES_ENV = 'SHPALTA_UPDATES';

const OFF = new Set(['off', '0', 'false', 'no', 'disabled']);

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The administrator's policy file: where only an administrator writes, and where a GUI app finds it however it
 * was started (macOS gives apps started from the Dock no environment of the administrator's choosing).
 * `{ "updates": "off" }` turns updates off.
 */
export function adminPolicyPath(platform: NodeJS.Platform, env: Env): string {
  if (platform === 'win32') return path.win32.join(env['ProgramData'] ?? 'C:\\ProgramData', 'Shpalta', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Shpalta/policy.json';
  return '/etc/shpalta/policy.json';
}

export interface AdminPolicySources {
  env: Env;
  /** The policy file; none read when null. */
  policyFile: string | null;
  readFile?: (file: string) => string;
  log?: (message: string) => void;
}

/**
 * Whether the administrator turned updates off (for newsrooms that roll versions out themselves), by
 * `SHPALTA_UPDATES=off` or by the policy file. It overrides the person's switch, which then shows it was set by
 * the administrator. A policy file that is there but cannot be read or understood counts as off: someone with
 * the rights to write it meant something, and an update is the step that cannot be taken back.
 */
export function updatesOffByAdministrator({ env, policyFile, readFile, log }: AdminPolicySources): boolean {
  const value = env[UPDATES_ENV];
  if (value !== undefined && OFF.has(value.trim().toLowerCase())) return true;
  if (policyFile === null) return false;
  let text: string;
  try {
    text = (readFile ?? ((file) => readFileSync(file, 'utf8')))(policyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return false;
    log?.(`the administrator's policy ${policyFile} cannot be read: updates are off`);
    return true;
  }
  try {
    const policy: unknown = JSON.parse(text);
    const updates =
      typeof policy === 'object' && policy !== null ? (policy as Record<string, unknown>)['updates'] : null;
    if (updates === undefined || updates === 'on' || updates === true) return false;
    if (updates === false || (typeof updates === 'string' && OFF.has(updates.trim().toLowerCase()))) return true;
  } catch {
    // Not JSON: said below.
  }
  log?.(`the administrator's policy ${policyFile} is not understood: updates are off`);
  return true;
}
