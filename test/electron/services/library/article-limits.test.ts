import { describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import { parseArticleFile } from '../../../../electron/services/library/article-file';
import {
  jsonNestsDeeperThan,
  MAX_ARTICLE_FILE_BYTES,
  MAX_BODY_DEPTH,
  MAX_BODY_NODES,
  MAX_STRING_LENGTH,
} from '../../../../electron/services/library/article-limits';
import { articleText, deepArticleText, nestedQuotes } from '../../../fixtures/hostile-articles';

/** Quotes around a paragraph with its text: `depth` body levels in all (the text is one). */
const bodyOfDepth = (depth: number) => [nestedQuotes(depth - 2)];

describe('article files beyond what the app opens', () => {
  it.each([5000, 1000, 150])('%i levels of quotes: damaged, with a reason, never a throw', (depth) => {
    const parsed = parseArticleFile(deepArticleText('deep', depth), 'deep');
    expect(parsed).toEqual({ ok: false, reason: message('damaged.tooDeep', { depth: 32 }) });
  });

  it('opens a body exactly at the depth limit and refuses one level more', () => {
    expect(parseArticleFile(articleText('a', 'Край', bodyOfDepth(MAX_BODY_DEPTH)), 'a').ok).toBe(true);
    expect(parseArticleFile(articleText('a', 'Край', bodyOfDepth(MAX_BODY_DEPTH + 1)), 'a').ok).toBe(false);
  });

  it('refuses deep nesting anywhere in the file before JSON.parse builds it (attributes, unknown fields)', () => {
    const deepValue = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = articleText('a', 'Атрибути', [{ type: 'paragraph' }]).replace(
      '"type": "paragraph"',
      `"type": "paragraph", "attrs": {"x": ${deepValue}}`,
    );
    expect(parseArticleFile(text, 'a')).toMatchObject({ ok: false });
  });

  it('counts brackets inside strings as text, not nesting', () => {
    expect(jsonNestsDeeperThan(`{"a":"${'['.repeat(1000)}\\"${'{'.repeat(1000)}"}`, 2)).toBe(false);
    expect(jsonNestsDeeperThan('[[[1]]]', 2)).toBe(true);
    expect(jsonNestsDeeperThan('[[[1]]]', 3)).toBe(false);
  });

  it('refuses too many nodes, too long a string and too large a text', () => {
    const wide = articleText('a', 'Широка', [{ type: 'horizontalRule' }]).replace(
      '{\n        "type": "horizontalRule"\n      }',
      Array.from({ length: MAX_BODY_NODES + 1 }, () => '{"type":"horizontalRule"}').join(','),
    );
    expect(parseArticleFile(wide, 'a')).toEqual({
      ok: false,
      reason: message('damaged.tooManyNodes'),
    });
    const long = [{ type: 'paragraph', content: [{ type: 'text', text: 'я'.repeat(MAX_STRING_LENGTH + 1) }] }];
    expect(parseArticleFile(articleText('a', 'Довга', long), 'a')).toMatchObject({
      ok: false,
      reason: message('damaged.longText'),
    });
    expect(parseArticleFile(' '.repeat(MAX_ARTICLE_FILE_BYTES + 1), 'a')).toMatchObject({
      ok: false,
      reason: message('damaged.tooLarge', { megabytes: 16 }),
    });
  }, 20_000);
});
