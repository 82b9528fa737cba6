/** The environment variable a computer's administrator sets to turn the app's updates off for everyone on it. */
export const UPDATES_ENV = 'SHPALTA_UPDATES';

const OFF = new Set(['off', '0', 'false', 'no', 'disabled']);

/**
 * Whether the administrator turned updates off (`SHPALTA_UPDATES=off`, for newsrooms that roll versions out
 * themselves). It overrides the person's switch, which then shows it was set by the administrator. Any other
 * value leaves the choice to the person.
 */
export function updatesOffByAdministrator(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env[UPDATES_ENV];
  return value !== undefined && OFF.has(value.trim().toLowerCase());
}
