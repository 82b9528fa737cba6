import type { Settings } from '../../../shared/settings/schema';

/**
 * Whether to invite a newcomer to give a name and an outlet: on a first run, while the person's name and the
 * library's outlet name are empty and the invitation has not been answered (a name given, or put off).
 */
export function needsWelcome(settings: Settings, outletName: string): boolean {
  return !settings.welcomed && settings.user.name.trim() === '' && outletName.trim() === '';
}
