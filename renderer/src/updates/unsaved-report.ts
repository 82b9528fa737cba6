import type { ShpaltaApi } from '../../../shared/api/contract';
import { VIEW_ID } from '../api/view-id';

/**
 * Tells the host whether this page holds edits the library does not have yet (`view.unsaved`): the desktop
 * app installs an update only when no window does. Each open article (and one being left, until its last save
 * lands) is a source; the host hears only when the page as a whole changes between "all saved" and not.
 */
export class UnsavedReport {
  private readonly unsaved = new Set<object>();
  private told = false;

  constructor(private readonly api: ShpaltaApi) {}

  set(source: object, unsaved: boolean): void {
    if (unsaved) this.unsaved.add(source);
    else this.unsaved.delete(source);
    const now = this.unsaved.size > 0;
    if (now === this.told) return;
    this.told = now;
    // A report that does not arrive only makes the host wait longer with an update: nothing to tell the person.
    this.api.invoke('view.unsaved', { view: VIEW_ID, unsaved: now }).catch(() => undefined);
  }
}

const reports = new WeakMap<ShpaltaApi, UnsavedReport>();

/** The desktop app's pages report; browser mode has nothing to install, so its tabs send nothing. */
export function reportUnsavedEdits(api: ShpaltaApi): void {
  reports.set(api, new UnsavedReport(api));
}

export function unsavedReportOf(api: ShpaltaApi): UnsavedReport | null {
  return reports.get(api) ?? null;
}
