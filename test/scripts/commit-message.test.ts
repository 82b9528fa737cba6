import { describe, expect, it } from 'vitest';
import { commitMessageProblems } from '../../scripts/commit-message.mjs';

describe('commitMessageProblems', () => {
  it('accepts a short subject, a blank line and a body', () => {
    expect(commitMessageProblems('Keep the index out of the library\n\nSynced folders copied it.\n')).toEqual([]);
  });

  it('refuses a subject longer than 72 characters', () => {
    const subject = 'x'.repeat(73);
    expect(commitMessageProblems(`${subject}\n\nWhy.\n`)).toEqual([
      'The subject has 73 bytes; keep it to 72 (a Cyrillic letter takes two).',
    ]);
    expect(commitMessageProblems(`${'x'.repeat(72)}\n\nWhy.\n`)).toEqual([]);
    // 40 characters, 80 bytes: too long for a one-line log.
    expect(commitMessageProblems(`${'я'.repeat(40)}\n\nWhy.\n`)).toHaveLength(1);
  });

  it('asks for a body that says why', () => {
    expect(commitMessageProblems('Fix it\n')).toEqual([
      'There is no body: add a blank line and a few lines that say why.',
    ]);
    expect(commitMessageProblems('Fix it\n\n\n# Please enter the commit message\n')).toHaveLength(1);
    expect(commitMessageProblems('Fix it\nBecause.\n')).toEqual([
      'Leave a blank line between the subject and the body.',
    ]);
  });

  it('ignores Git comment lines and leaves messages Git writes itself alone', () => {
    expect(commitMessageProblems("Merge branch 'i16-editor'\n# Conflicts:\n")).toEqual([]);
    expect(commitMessageProblems('fixup! Keep the index out\n')).toEqual([]);
    expect(commitMessageProblems('# only a comment\n')).toEqual(['The subject line is empty.']);
  });
});
