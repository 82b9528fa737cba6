import { describe, expect, it } from 'vitest';
import {
  applyToString,
  fieldSuggestions,
} from '../../../../../renderer/src/editor/features/typography/field-suggestions';
import { SuggestionsStore } from '../../../../../renderer/src/editor/features/typography/suggestions-store';

describe('fieldSuggestions', () => {
  it('checks the headline for Title Case and the same rules as the text; the lead for the text rules', () => {
    const found = fieldSuggestions('Уряд Ухвалив Новий Бюджет', 'Ціна зросла на 5 грн. за добу');
    expect(found.map((s) => [s.field, s.rule, s.replacement])).toEqual([
      ['headline', 'headline-case', 'Уряд ухвалив новий бюджет'],
      ['lead', 'hryvnia-dot', 'грн'],
    ]);
  });

  it('applies a suggestion to its string, and refuses when the text there has changed', () => {
    const [suggestion] = fieldSuggestions('', 'Від 1-го січня');
    expect(suggestion).toBeDefined();
    if (!suggestion) return;
    expect(applyToString('Від 1-го січня', suggestion)).toBe('Від 1 січня');
    expect(applyToString('Від 2-го січня', suggestion)).toBeNull();
  });
});

describe('placeSuggestions context', () => {
  it('shows about 30 characters each side and says where the text was cut', () => {
    const lead = `${'Дуже довгий вступ до новини, '.repeat(3)}ціна 5 грн. за добу${', і далі ще багато тексту'.repeat(3)}`;
    const [found] = fieldSuggestions('', lead);
    expect(found?.before).toHaveLength(30);
    expect(found?.after).toHaveLength(30);
    expect([found?.moreBefore, found?.moreAfter]).toEqual([true, true]);
    const [short] = fieldSuggestions('', 'Ціна 5 грн. за добу');
    expect([short?.moreBefore, short?.moreAfter]).toEqual([false, false]);
  });
});

describe('SuggestionsStore', () => {
  it('publishes fields then body, hides ignored ones and notifies only on a real change', () => {
    const store = new SuggestionsStore();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    expect(store.getSnapshot()).toEqual({ items: [], bodyScanned: false });
    const fields = fieldSuggestions('', 'Від 1-го січня');
    store.setFields(fields);
    expect(store.getSnapshot().items).toHaveLength(1);
    store.setFields(fieldSuggestions('', 'Від 1-го січня'));
    expect(calls).toBe(1); // same suggestions: no re-render
    store.setBody([]);
    expect(store.getSnapshot().bodyScanned).toBe(true);
    store.ignore(fields[0]?.key ?? '');
    expect(store.getSnapshot().items).toHaveLength(0);
    expect(calls).toBe(3);
  });
});
