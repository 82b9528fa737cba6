import { describe, expect, it } from 'vitest';
import { message } from '../../../shared/i18n/message';
import { publishChecklist } from '../../../renderer/src/publishing/publish-checklist';

const none = { shareWarnings: [], figuresWithoutAlt: 0, spellingErrors: 0, openNotes: 0, changedSinceApproval: false };

describe('the checklist before publishing', () => {
  it('is empty for an article with nothing to report', () => {
    expect(publishChecklist(none)).toEqual([]);
  });

  it('lists what a target would refuse first, then what goes out worse, each with its count', () => {
    const items = publishChecklist({
      shareWarnings: [
        { code: 'image.missing', field: 'image', severity: 'warning', message: message('share.warning.imageMissing') },
        {
          code: 'telegram.messageTooLong',
          field: 'telegramPost',
          severity: 'error',
          message: message('share.warning.imageMissing'),
        },
        {
          code: 'slug.changedAfterPublishing',
          field: 'slug',
          severity: 'warning',
          message: message('share.warning.imageMissing'),
        },
      ],
      figuresWithoutAlt: 2,
      spellingErrors: 3,
      openNotes: 1,
      changedSinceApproval: true,
    });
    expect(items.map((item) => [item.code, item.severity])).toEqual([
      ['changedSinceApproval', 'error'],
      ['telegram.messageTooLong', 'error'],
      ['image.missing', 'warning'],
      ['figures.altMissing', 'warning'],
      ['spelling', 'warning'],
      ['notes.open', 'warning'],
    ]);
    expect(items.find((item) => item.code === 'spelling')?.message).toEqual(
      message('publish.ui.check.spelling', { count: 3 }),
    );
  });

  it('claims nothing about spelling while the checker is not ready', () => {
    expect(publishChecklist({ ...none, spellingErrors: null })).toEqual([]);
  });
});
