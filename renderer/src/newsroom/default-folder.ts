/**
 * Where a newsroom's library goes unless the person says otherwise: beside the current library, named after it
 * with a suffix (`/home/olena/Документи/Шпальта` → `/home/olena/Документи/Шпальта-редакція`). A path of either
 * kind (`/`, `C:\`) works: the page has no path module, and only the end of the path changes.
 */
export function defaultNewsroomFolder(libraryPath: string, suffix: string): string {
  // A library at the root of a disk has no name to follow: the suffix alone names the folder there.
  if (/^([A-Za-z]:)?[\\/]+$/.test(libraryPath)) return `${libraryPath}${suffix}`;
  return `${libraryPath.replace(/[\\/]+$/, '')}-${suffix}`;
}
