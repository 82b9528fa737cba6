import { describe, expect, it } from 'vitest';
import { legacyTransitions, sameStep, TransitionEntrySchema } from '../../../shared/workflow/transition-entry';

const step = { at: '2025-12-19T18:00:00.000Z', by: 'Олена', from: 'draft', to: 'submitted', note: '' };

describe('legacyTransitions', () => {
  it('reads version 1’s history as log entries without a role or content hash, counting what it cannot read', () => {
    const { entries, unreadable } = legacyTransitions({
      schemaVersion: 1,
      history: [step, { ...step, to: 'nowhere' }, 'рядок', { ...step, note: undefined, at: '2025-12-19T18:01:00Z' }],
    });
    expect(unreadable).toBe(2);
    expect(entries).toEqual([
      { format: 1, role: null, contentHash: null, ...step },
      { format: 1, role: null, contentHash: null, ...step, at: '2025-12-19T18:01:00Z', note: '' },
    ]);
    for (const entry of entries) expect(TransitionEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('finds nothing in a version 2 file or in a history that is not a list', () => {
    expect(legacyTransitions({ schemaVersion: 2, history: [step] })).toEqual({ entries: [], unreadable: 0 });
    expect(legacyTransitions({ schemaVersion: 1, history: 'так' })).toEqual({ entries: [], unreadable: 0 });
  });

  it('sameStep compares who, when, from, to and note', () => {
    const [entry] = legacyTransitions({ schemaVersion: 1, history: [step] }).entries;
    if (!entry) throw new Error('no entry');
    expect(sameStep(entry, { ...entry, role: 'journalist', contentHash: 'a'.repeat(64) })).toBe(true);
    expect(sameStep(entry, { ...entry, note: 'інша' })).toBe(false);
  });
});
