import { findMixedScriptWords } from './latin-mix';
import { MONTHS_GENITIVE } from './months';
import { SPELLING_2019 } from './spelling-2019';
import type { Suggestion } from './suggestion';

const MONTH_ANY_CASE = MONTHS_GENITIVE.map((m) => `[${m.charAt(0)}${m.charAt(0).toUpperCase()}]${m.slice(1)}`).join(
  '|',
);

/** `19 Грудня` → `19 грудня`: a month after a day number is lower-case. */
function monthCase(text: string): Suggestion[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}(?:-(?:го|ого|е))?[ \\u00A0]+(${MONTH_ANY_CASE})(?!\\p{L})`, 'gu');
  const out: Suggestion[] = [];
  for (const m of text.matchAll(re)) {
    const month = m[1] ?? '';
    if (month === month.toLowerCase()) continue;
    const start = m.index + m[0].length - month.length;
    out.push({
      start,
      end: start + month.length,
      replacement: month.toLowerCase(),
      rule: 'month-case',
      message: 'Назву місяця в даті пишемо з малої літери.',
    });
  }
  return out;
}

/** `1-го січня` → `1 січня`: no ordinal ending in a date. */
function ordinalDate(text: string): Suggestion[] {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(\\d{1,2})-(?:го|ого|е)(?=[ \\u00A0]+(?:${MONTH_ANY_CASE})(?!\\p{L}))`,
    'gu',
  );
  return [...text.matchAll(re)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    replacement: m[1] ?? '',
    rule: 'ordinal-date' as const,
    message: 'У даті число пишемо без нарощення: «1 січня», а не «1-го січня».',
  }));
}

/** `у 16:00` → `о 16:00` (`об 11:00`): time of day takes о/об, not у/в. */
function timePreposition(text: string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([уУвВ])(?=[ \u00A0]+(\d{1,2}):\d{2}(?!\d))/gu)) {
    const prep = m[1] ?? '';
    const hour = Number(m[2]);
    const lower = hour === 11 ? 'об' : 'о';
    const replacement = prep === prep.toUpperCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    out.push({
      start: m.index,
      end: m.index + prep.length,
      replacement,
      rule: 'time-preposition',
      message: `Час доби — з прийменником «${lower}»: «${lower} ${m[2] ?? ''}:00», а не «у ${m[2] ?? ''}:00».`,
    });
  }
  return out;
}

/** `100 грн. на день` → `100 грн на день`; a dot that ends the sentence is not touched. */
function hryvniaDot(text: string): Suggestion[] {
  return [...text.matchAll(/(?<!\p{L})грн\.(?=[ \u00A0]*[\p{Ll}\p{N},;:)])/gu)].map((m) => ({
    start: m.index,
    end: m.index + 4,
    replacement: 'грн',
    rule: 'hryvnia-dot' as const,
    message: 'Скорочення «грн» пишемо без крапки.',
  }));
}

function latinInCyrillic(text: string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const w of findMixedScriptWords(text)) {
    if (w.fixed === null) continue;
    out.push({
      start: w.start,
      end: w.end,
      replacement: w.fixed,
      rule: 'latin-in-cyrillic',
      message: 'У слові латинські літери замість кириличних.',
    });
  }
  return out;
}

function spelling2019(text: string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const rule of SPELLING_2019) {
    for (const m of text.matchAll(rule.pattern)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: rule.replace(m[0]),
        rule: 'spelling-2019',
        message: `Правопис 2019 року: ${rule.example}.`,
      });
    }
  }
  return out;
}

/** All text suggestions, sorted by position. Never applied automatically. */
export function findSuggestions(text: string): Suggestion[] {
  return [
    ...monthCase(text),
    ...ordinalDate(text),
    ...timePreposition(text),
    ...hryvniaDot(text),
    ...latinInCyrillic(text),
    ...spelling2019(text),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}
