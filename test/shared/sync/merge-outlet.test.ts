import { describe, expect, it } from 'vitest';
import { defaultOutletProfile, type OutletProfile } from '../../../shared/outlet/outlet-profile';
import { mergeOutlet } from '../../../shared/sync/merge-outlet';

describe('mergeOutlet', () => {
  const base: OutletProfile = { ...defaultOutletProfile(), name: 'Новини Дніпра', rubrics: ['Політика', 'Економіка'] };

  it('merges the profile field by field, social pages by network, rubrics as a list', () => {
    const ours = {
      ...base,
      name: 'Новини Дніпра і області',
      social: { ...base.social, telegram: 'https://t.me/dnipro' },
      rubrics: ['Політика', 'Економіка', 'Спорт'],
    };
    const theirs = {
      ...base,
      siteUrl: 'https://dnipro.example',
      social: { ...base.social, facebook: 'https://facebook.com/dnipro' },
      rubrics: ['Економіка'],
    };
    const { merged, conflicts } = mergeOutlet(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      ...base,
      name: 'Новини Дніпра і області',
      siteUrl: 'https://dnipro.example',
      social: { ...base.social, telegram: 'https://t.me/dnipro', facebook: 'https://facebook.com/dnipro' },
      rubrics: ['Економіка', 'Спорт'],
    });
  });

  it('reports a field both changed differently and keeps ours', () => {
    const { merged, conflicts } = mergeOutlet(base, { ...base, name: 'А' }, { ...base, name: 'Б' });
    expect(conflicts).toEqual([{ kind: 'field', field: 'name' }]);
    expect(merged.name).toBe('А');
  });

  it('keeps our rubrics when both sides’ together pass the limit', () => {
    const many = (prefix: string) => Array.from({ length: 60 }, (_, k) => `${prefix} ${k}`);
    const ours = { ...base, rubrics: many('Наша') };
    const { merged, conflicts } = mergeOutlet(base, ours, { ...base, rubrics: many('Їхня') });
    expect(conflicts).toEqual([{ kind: 'field', field: 'rubrics' }]);
    expect(merged.rubrics).toEqual(ours.rubrics);
  });
});
