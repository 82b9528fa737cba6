import { describe, expect, it } from 'vitest';
import { PreviewChanges } from '../../../renderer/src/preview/preview-changes';

describe('PreviewChanges', () => {
  it('tells a leading preview first, whenever it subscribed', () => {
    const changes = new PreviewChanges();
    const heard: string[] = [];
    changes.subscribe(() => heard.push('cards'));
    changes.subscribe(() => heard.push('page'), true);
    changes.subscribe(() => heard.push('fields'));
    changes.notify();
    expect(heard).toEqual(['page', 'cards', 'fields']);
  });

  it('tells nobody who unsubscribed', () => {
    const changes = new PreviewChanges();
    const heard: string[] = [];
    const off = changes.subscribe(() => heard.push('page'), true);
    changes.subscribe(() => heard.push('cards'));
    off();
    changes.notify();
    expect(heard).toEqual(['cards']);
  });
});
