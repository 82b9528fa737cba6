import { describe, expect, it } from 'vitest';
import { lastSubmittedVersion, type ListedVersion } from '../../../shared/versions/editor-changes';

const version = (v: string, status: string): ListedVersion => ({
  version: v,
  at: `2025-12-19T1${v}:00:00+02:00`,
  by: status === 'submitted' ? 'Олена' : 'Іван',
  reason: 'transition',
  status,
});

describe('lastSubmittedVersion', () => {
  it('picks the newest version the journalist sent, not an older submission', () => {
    const newestFirst = [
      version('6', 'in-review'),
      version('5', 'submitted'),
      version('4', 'returned'),
      version('3', 'in-review'),
      version('2', 'submitted'),
      version('1', 'draft'),
    ];
    expect(lastSubmittedVersion(newestFirst)?.version).toBe('5');
  });

  it('is null for an article never submitted', () => {
    expect(lastSubmittedVersion([version('2', 'draft'), version('1', 'draft')])).toBeNull();
    expect(lastSubmittedVersion([])).toBeNull();
  });
});
