import { describe, expect, it } from 'vitest';
import { fixTypographyHtml } from '../../../../shared/text/typography';

const nb = (s: string): string => s.replaceAll('⍽', '\u00A0');

describe('fixTypographyHtml', () => {
  it('the UKRAINIAN.md §2 vector: tags kept, text fixed', () => {
    expect(fixTypographyHtml('<p>"Укренерго" - п\'ята</p>')).toBe(nb('<p>«Укренерго»⍽— п’ята</p>'));
  });

  it('never touches attributes, comments or code', () => {
    const html = '<p><a href="https://x.ua/a--b" title="\'1500000\'">"Так" ...</a><!-- "x" - y --></p>';
    expect(fixTypographyHtml(html)).toBe(
      '<p><a href="https://x.ua/a--b" title="\'1500000\'">«Так»…</a><!-- "x" - y --></p>',
    );
    expect(fixTypographyHtml('<p>Код: <code>a -- "b"</code> "c"</p>')).toBe('<p>Код: <code>a -- "b"</code> «c»</p>');
  });

  it('quote nesting runs across inline tags and resets at a new paragraph', () => {
    expect(fixTypographyHtml('<p>"<b>Компанія "Укренерго"</b>"</p><p>"Ні"</p>')).toBe(
      '<p>«<b>Компанія „Укренерго“</b>»</p><p>«Ні»</p>',
    );
  });

  it('a dialogue dash only at the start of a block, not after an inline tag', () => {
    expect(fixTypographyHtml('<p>- Так.</p><p><b>Він</b> - ні</p>')).toBe(nb('<p>—⍽Так.</p><p><b>Він</b>⍽— ні</p>'));
  });

  it('decodes quote and space entities; keeps &amp; &lt; &gt;', () => {
    expect(fixTypographyHtml('<p>&quot;Так&quot; &amp; &lt;ні&gt;&nbsp;&nbsp;все</p>')).toBe(
      nb('<p>«Так» &amp; &lt;ні&gt;⍽все</p>'),
    );
  });
});
