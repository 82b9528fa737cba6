import { describe, expect, it } from 'vitest';
import { message } from '../../../shared/i18n/message';
import { errorConcernsFolder } from '../../../renderer/src/settings/folder-error';

const reason = message('error.io.reason.ENOTDIR');

describe('errorConcernsFolder', () => {
  it('finds the folder in a nested reason', () => {
    const failure = message('error.io.failed', {
      what: message('error.io.openLibrary', { path: '/srv/Шпальта' }),
      reason,
    });
    expect(errorConcernsFolder(failure, '/srv/Шпальта')).toBe(true);
    expect(errorConcernsFolder(failure, '/srv/Шпальта/')).toBe(true);
  });

  it('finds a path inside the folder, on either kind of separator', () => {
    expect(
      errorConcernsFolder(message('error.io.openArticles', { path: '/srv/Шпальта/articles' }), '/srv/Шпальта'),
    ).toBe(true);
    expect(errorConcernsFolder(message('error.io.read', { path: 'C:\\Шпальта\\outlet.json' }), 'C:\\Шпальта')).toBe(
      true,
    );
  });

  it('leaves alone a reason about another place, a sibling folder or no path at all', () => {
    const settingsFile = message('error.settings.writeFailed', {
      path: '/home/olena/.config/settings.json',
      code: 'EACCES',
    });
    expect(errorConcernsFolder(settingsFile, '/srv/Шпальта')).toBe(false);
    expect(errorConcernsFolder(message('error.io.openArticles', { path: '/srv/Шпальта-2' }), '/srv/Шпальта')).toBe(
      false,
    );
    expect(errorConcernsFolder(message('error.generic'), '/srv/Шпальта')).toBe(false);
    expect(errorConcernsFolder(message('error.io.openArticles', { path: '/srv' }), '')).toBe(false);
  });
});
