/**
 * The API's method and event names, without their schemas. The sandboxed preload checks names only, and
 * importing them from contract.ts would bundle zod into it (~450 KB of the preload's ~460 KB); contract.ts
 * is typed against these lists, so a name added on one side and not the other does not compile.
 */
export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'library.list',
  'library.facets',
  'library.related',
  'library.lookup',
  'library.conflicted',
  'library.slugs',
  'library.statusCounts',
  'library.trash',
  'article.get',
  'article.duplicate',
  'article.trash',
  'article.restore',
  'article.purge',
  'article.backup',
  'article.discardBackup',
  'article.conflicts',
  'article.resolveConflict',
  'article.keepMineAsRevision',
  'workflow.transition',
  'workflow.log',
  'versions.list',
  'versions.read',
  'versions.save',
  'versions.restore',
  'notes.list',
  'notes.add',
  'notes.reply',
  'notes.resolve',
  'notes.delete',
  'media.import',
  'media.keepOriginal',
  'article.create',
  'article.save',
  'view.opened',
  'outlet.get',
  'outlet.update',
  'outlet.importLogo',
  'newsroom.get',
  'newsroom.join',
  'newsroom.leave',
  'newsroom.syncNow',
  'newsroom.updateToken',
  'publishing.get',
  'publishing.update',
  'publishing.check',
  'publishing.start',
  'publishing.withdraw',
  'publishing.jobs',
  'publishing.retry',
  'publishing.markSent',
  'publishing.cancel',
  'view.unsaved',
  'updates.get',
  'updates.check',
  'updates.install',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** Events pushed from the main side to the page. */
export const EVENT_NAMES = [
  'article.changed',
  'article.status',
  'notes.changed',
  'library.changed',
  'article.views',
  'outlet.changed',
  'newsroom.sync',
  'newsroom.progress',
  'publishing.job',
  'updates.state',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
