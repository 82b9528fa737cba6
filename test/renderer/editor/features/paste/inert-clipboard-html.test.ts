import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLIPBOARD_STYLE_ATTRIBUTE as INERT,
  CLIPBOARD_STYLESHEET_SELECTOR as SHEET,
  makeClipboardHtmlInert,
} from '../../../../../renderer/src/editor/features/paste/inert-clipboard-html';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('makeClipboardHtmlInert', () => {
  it('renames style in every form the tokenizer accepts, keeping the value as written', () => {
    expect(makeClipboardHtmlInert('<p style="color:red">a</p>')).toBe(`<p ${INERT}="color:red">a</p>`);
    expect(makeClipboardHtmlInert("<span STYLE='font-weight:700'>a</span>")).toBe(
      `<span ${INERT}='font-weight:700'>a</span>`,
    );
    expect(makeClipboardHtmlInert('<b style=font-weight:normal id=x>a</b>')).toBe(
      `<b ${INERT}=font-weight:normal id=x>a</b>`,
    );
    expect(makeClipboardHtmlInert('<p class=MsoNormal\n  style = "mso-list:l0 level1 lfo1">a</p>')).toBe(
      `<p class=MsoNormal\n  ${INERT} = "mso-list:l0 level1 lfo1">a</p>`,
    );
    expect(makeClipboardHtmlInert('<img src=x style="a:b"/><br/style="c">')).toBe(
      `<img src=x ${INERT}="a:b"/><br/${INERT}="c">`,
    );
  });

  it('leaves the word style alone in text, values, other attribute names, comments, end tags and raw text', () => {
    const untouched = [
      'style="x" is how CSS is written inline',
      '<p title="a style=b">a > style=c</p>',
      '<p data-style="x" mystyle="y" style-x="z">a</p>',
      '<!-- <p style="x"> --><p>a</p>',
      '<!--[if gte mso 9]><xml><p style="x"></xml><![endif]-->',
      '<![if !supportLists]><span>1.</span><![endif]>',
      '</p style="x">',
      '<script>document.write(\'<p style="x">\')</script>',
      '<textarea><p style="x"></textarea>',
      '1 < 2 style="x"',
      '<plaintext><p style="x">',
    ];
    for (const html of untouched) expect(makeClipboardHtmlInert(html)).toBe(html);
  });

  it('finds tags again after comments and raw text, empty comments included', () => {
    expect(makeClipboardHtmlInert('<!--><p style="a">x</p>')).toBe(`<!--><p ${INERT}="a">x</p>`);
    expect(makeClipboardHtmlInert('<!---><p style="a">x</p>')).toBe(`<!---><p ${INERT}="a">x</p>`);
    expect(makeClipboardHtmlInert('<script>a<p style="b"></script ><p style="a">y</p>')).toBe(
      `<script>a<p style="b"></script ><p ${INERT}="a">y</p>`,
    );
    expect(makeClipboardHtmlInert('<p title=\'>\' style="a">y</p>')).toBe(`<p title='>' ${INERT}="a">y</p>`);
  });

  it('turns <style> sheets into <noframes> raw text, the CSS and what follows it left as they were', () => {
    expect(
      makeClipboardHtmlInert(
        '<STYLE type="text/css"><!-- p.a { color: red } <p style="x"> --></Style ><p style="a">y</p>',
      ),
    ).toBe(
      `<noframes data-clipboard-sheet type="text/css"><!-- p.a { color: red } <p style="x"> --></noframes ><p ${INERT}="a">y</p>`,
    );
    const doc = parse(
      makeClipboardHtmlInert('<head><style>@list l0:level1 {mso-level-number-format:bullet;}</style></head><p>a</p>'),
    );
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(doc.head.querySelector(SHEET)?.textContent).toBe('@list l0:level1 {mso-level-number-format:bullet;}');
    expect(doc.body.textContent).toBe('a');
    // An unclosed sheet runs to the end, as the original would.
    expect(makeClipboardHtmlInert('<style>p { } <p style="a">')).toBe(
      '<noframes data-clipboard-sheet>p { } <p style="a">',
    );
  });

  it('renames event handlers in every form, so no parsed document holds one', () => {
    expect(makeClipboardHtmlInert('<img src=x onerror="top.x=1">')).toBe(
      '<img src=x data-clipboard-onerror="top.x=1">',
    );
    expect(makeClipboardHtmlInert("<svg ONLOAD='x()'><p onmouseover=y() style=a>b</p></svg>")).toBe(
      `<svg data-clipboard-ONLOAD='x()'><p data-clipboard-onmouseover=y() ${INERT}=a>b</p></svg>`,
    );
    expect(makeClipboardHtmlInert('<details open\nontoggle = "z()">')).toBe(
      '<details open\ndata-clipboard-ontoggle = "z()">',
    );
    const parsed = parse(
      makeClipboardHtmlInert(
        '<img src=x onerror=a()><body onload=b()><svg><set onbegin=c() /></svg><p title="onclick=d()">e</p>',
      ),
    );
    const withHandler = [...parsed.querySelectorAll('*')].filter((element) =>
      element.getAttributeNames().some((name) => name.startsWith('on')),
    );
    expect(withHandler).toEqual([]);
    expect(parsed.querySelector('p')?.getAttribute('title')).toBe('onclick=d()');
  });

  it('leaves words that start with "on" alone outside attribute names', () => {
    const untouched = [
      '<p>online onerror=x</p>',
      '<p title="onerror=x">a</p>',
      '<!-- <img onerror=x> -->',
      '</p onclick=x>',
    ];
    for (const html of untouched) expect(makeClipboardHtmlInert(html), html).toBe(html);
  });

  it('is cut short safely: an unclosed tag, quote or comment ends the input', () => {
    expect(makeClipboardHtmlInert('<p style="a')).toBe(`<p ${INERT}="a`);
    expect(makeClipboardHtmlInert('<p style')).toBe(`<p ${INERT}`);
    expect(makeClipboardHtmlInert('<!-- <p style="a">')).toBe('<!-- <p style="a">');
  });

  it('on every real clipboard sample leaves no inline style for the parser, and nothing else changes', () => {
    const root = path.resolve('test/fixtures/paste');
    const samples = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    expect(samples.length).toBeGreaterThan(20);
    let renamed = 0;
    let sheets = 0;
    for (const sample of samples) {
      const html = readFileSync(path.join(root, sample), 'utf8');
      const before = parse(html);
      const inert = makeClipboardHtmlInert(html);
      const after = parse(inert);
      expect(after.querySelectorAll('[style], style').length, sample).toBe(0);
      expect(after.querySelectorAll(`[${INERT}]`).length, sample).toBe(before.querySelectorAll('[style]').length);
      expect(after.querySelectorAll(SHEET).length, sample).toBe(before.querySelectorAll('style').length);
      renamed += before.querySelectorAll('[style]').length;
      sheets += before.querySelectorAll('style').length;
      // Only those names changed: put back, the text is the sample byte for byte (but for the case of
      // the names: LibreOffice writes STYLE).
      expect(html, sample).not.toMatch(/data-clipboard-|noframes/i);
      const restored = inert
        .replaceAll(INERT, 'style')
        .replace(/<noframes data-clipboard-sheet/g, '<style')
        .replace(/<\/noframes/g, '</style');
      const lowerCaseStyle = (text: string) => text.replace(/style/gi, 'style');
      expect(lowerCaseStyle(restored) === lowerCaseStyle(html), sample).toBe(true);
      expect(after.body.textContent, sample).toBe(before.body.textContent);
    }
    expect(renamed).toBeGreaterThan(100);
    expect(sheets).toBeGreaterThan(10);
  });
});
