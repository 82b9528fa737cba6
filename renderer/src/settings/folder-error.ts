import type { Message } from '../../../shared/i18n/message';

/**
 * Whether a failed save names `folder` (or a path inside it) anywhere in its reason: then the library folder
 * field is what the person must change, and the message belongs beside that field.
 */
export function errorConcernsFolder(reason: Message, folder: string): boolean {
  const root = folder.replace(/[\\/]+$/, '');
  if (root === '') return false;
  const inFolder = (value: string) =>
    value.startsWith(root) && (value.length === root.length || /[\\/]/.test(value.charAt(root.length)));
  const names = (current: Message): boolean =>
    Object.entries(current.params ?? {}).some(([name, value]) =>
      typeof value === 'object' ? names(value) : name === 'path' && typeof value === 'string' && inFolder(value),
    );
  return names(reason);
}
