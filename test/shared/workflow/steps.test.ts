import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES } from '../../../shared/domain/article';
import { nextStatuses } from '../../../shared/workflow/status-machine';
import { noteRequired, stepOf } from '../../../shared/workflow/steps';
import { uk } from '../../../shared/i18n/uk';
import { en } from '../../../shared/i18n/en';

describe('stepOf', () => {
  it('names every step of the status machine, each with a button label and a phrase in both languages', () => {
    for (const from of ARTICLE_STATUSES) {
      for (const to of nextStatuses(from)) {
        const step = stepOf(from, to);
        expect(step, `${from} → ${to}`).not.toBeNull();
        for (const catalogue of [uk, en] as Array<Record<string, string>>) {
          expect(catalogue[`workflow.step.${step}`]).toBeTruthy();
          expect(catalogue[`workflow.doing.${step}`]).toBeTruthy();
        }
      }
    }
  });

  it('publishing after a correction is approving the correction', () => {
    expect(stepOf('correction', 'published')).toBe('approveCorrection');
    expect(stepOf('approved', 'published')).toBe('publish');
    expect(stepOf('scheduled', 'published')).toBe('publish');
    expect(stepOf('returned', 'submitted')).toBe('submit');
    expect(stepOf('submitted', 'draft')).toBeNull();
  });

  it('only returning requires a note', () => {
    expect(ARTICLE_STATUSES.filter(noteRequired)).toEqual(['returned']);
  });
});
