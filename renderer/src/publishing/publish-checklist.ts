import type { Message } from '../../../shared/i18n/message';
import { message } from '../../../shared/i18n/message';
import type { ShareWarning } from '../../../shared/share/warnings';

/** One thing the editor is told before an article goes out; every one can be overridden with a confirmation. */
export interface ChecklistItem {
  code: string;
  /** `error`: a target would refuse or cut it (a Telegram post over its limit); `warning`: it goes out worse. */
  severity: 'error' | 'warning';
  message: Message;
}

export interface ChecklistInput {
  /** The share cards' warnings for the article as it is (no image, no alt, titles over limits, slug taken…). */
  shareWarnings: readonly ShareWarning[];
  figuresWithoutAlt: number;
  /** Words the spellchecker marks in the body (null: the checker is not ready, nothing is claimed). */
  spellingErrors: number | null;
  openNotes: number;
  changedSinceApproval: boolean;
}

/** What the publish dialog lists before «Опублікувати», the most serious first. */
export function publishChecklist(input: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (input.changedSinceApproval)
    items.push({ code: 'changedSinceApproval', severity: 'error', message: message('publish.ui.check.changed') });
  for (const warning of input.shareWarnings) {
    // A slug that changed is told in the metadata panel while it is edited; here only what goes out counts.
    if (warning.code === 'slug.changedAfterPublishing') continue;
    items.push({ code: warning.code, severity: warning.severity, message: warning.message });
  }
  if (input.figuresWithoutAlt > 0)
    items.push({
      code: 'figures.altMissing',
      severity: 'warning',
      message: message('publish.ui.check.figuresAlt', { count: input.figuresWithoutAlt }),
    });
  if (input.spellingErrors !== null && input.spellingErrors > 0)
    items.push({
      code: 'spelling',
      severity: 'warning',
      message: message('publish.ui.check.spelling', { count: input.spellingErrors }),
    });
  if (input.openNotes > 0)
    items.push({
      code: 'notes.open',
      severity: 'warning',
      message: message('publish.ui.check.openNotes', { count: input.openNotes }),
    });
  return items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
