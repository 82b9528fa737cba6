import { describe, expect, it } from 'vitest';
import { UnsavedViews } from '../../../../electron/services/updates/unsaved-views';

describe('UnsavedViews', () => {
  it('follows what each view says of its edits', () => {
    const views = new UnsavedViews();
    expect(views.any()).toBe(false);
    views.report('window-a', true);
    views.report('window-b', true);
    views.report('window-a', false);
    expect(views.any()).toBe(true);
    views.report('window-b', false);
    expect(views.any()).toBe(false);
  });

  it('a view gone with unsaved edits counts until its last save lands', () => {
    const views = new UnsavedViews();
    views.report('window-a', true);
    views.leave('window-a');
    expect(views.any()).toBe(true);
    views.saved('window-b'); // another view's save says nothing of this one
    expect(views.any()).toBe(true);
    views.saved('window-a');
    expect(views.any()).toBe(false);
  });

  it('a view gone with everything saved leaves nothing behind', () => {
    const views = new UnsavedViews();
    views.report('window-a', true);
    views.report('window-a', false);
    views.leave('window-a');
    expect(views.any()).toBe(false);
  });

  it('past the views it can follow, it assumes edits are unsaved rather than forget one', () => {
    const views = new UnsavedViews();
    for (let i = 0; i < 500; i++) views.report(`view-${i}`, true);
    views.report('one-too-many', true);
    for (let i = 0; i < 500; i++) views.report(`view-${i}`, false);
    expect(views.any()).toBe(true);
  });
});
