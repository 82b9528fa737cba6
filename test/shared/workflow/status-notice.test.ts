import { describe, expect, it } from 'vitest';
import { concernsReader } from '../../../shared/workflow/status-notice';

describe('whom a colleague’s step concerns', () => {
  it('an author of the article, whatever the step, by name regardless of case and spaces', () => {
    const change = { to: 'returned', authors: ['Олена Петренко', 'Іван Марчук'] } as const;
    expect(concernsReader(change, { name: ' олена петренко', role: 'journalist' })).toBe(true);
    expect(concernsReader(change, { name: 'Марія Коваль', role: 'journalist' })).toBe(false);
    expect(concernsReader(change, { name: '', role: 'journalist' })).toBe(false);
  });

  it('an editor, when an article is sent for review or a correction starts', () => {
    const reader = { name: 'Марія Коваль', role: 'editor' } as const;
    expect(concernsReader({ to: 'submitted', authors: ['Олена'] }, reader)).toBe(true);
    expect(concernsReader({ to: 'correction', authors: [] }, reader)).toBe(true);
    expect(concernsReader({ to: 'approved', authors: ['Олена'] }, reader)).toBe(false);
  });
});
