import { describe, expect, it } from 'vitest';
import {
  decodeTelegramEntities,
  parseTelegramHtml,
  telegramNodesText,
  telegramTextRuns,
} from '../../../shared/share/telegram-html';

describe('parseTelegramHtml', () => {
  it('reads every tag of the HTML style into its format', () => {
    const html =
      '<b>b</b><strong>b</strong><i>i</i><em>i</em><u>u</u><ins>u</ins><s>s</s><strike>s</strike><del>s</del>' +
      '<tg-spoiler>x</tg-spoiler><span class="tg-spoiler">x</span><a href="https://x.ua">a</a><code>c</code>' +
      '<pre>p</pre><blockquote>q</blockquote><tg-emoji emoji-id="1">👍</tg-emoji>';
    const { nodes, problems } = parseTelegramHtml(html);
    expect(problems).toEqual([]);
    expect(nodes.map((node) => (node.kind === 'format' ? node.format : 'text'))).toEqual([
      'bold',
      'bold',
      'italic',
      'italic',
      'underline',
      'underline',
      'strike',
      'strike',
      'strike',
      'spoiler',
      'spoiler',
      'link',
      'code',
      'pre',
      'blockquote',
      'emoji',
    ]);
  });

  it('keeps nesting, a link’s address and an expandable quote', () => {
    const { nodes, problems } = parseTelegramHtml(
      '<b>Жирний <i>і курсив <a href="https://x.ua/?a=1&amp;b=2">посилання</a></i></b>\n<blockquote expandable>Цитата</blockquote>',
    );
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      {
        kind: 'format',
        format: 'bold',
        children: [
          { kind: 'text', text: 'Жирний ' },
          {
            kind: 'format',
            format: 'italic',
            children: [
              { kind: 'text', text: 'і курсив ' },
              {
                kind: 'format',
                format: 'link',
                href: 'https://x.ua/?a=1&b=2',
                children: [{ kind: 'text', text: 'посилання' }],
              },
            ],
          },
        ],
      },
      { kind: 'text', text: '\n' },
      { kind: 'format', format: 'blockquote', expandable: true, children: [{ kind: 'text', text: 'Цитата' }] },
    ]);
  });

  it('shows a tag Telegram does not know as text, and says Telegram refuses it', () => {
    const { nodes, problems } = parseTelegramHtml('До <script>alert("x")</script> після');
    expect(nodes).toEqual([{ kind: 'text', text: 'До <script>alert("x")</script> після' }]);
    expect(problems).toEqual([
      { code: 'unsupportedTag', tag: 'script' },
      { code: 'unexpectedEndTag', tag: 'script' },
    ]);
  });

  it('refuses other hostile markup too: attributes, a span that is no spoiler, a self-closing tag', () => {
    const hostile = '<img src=x onerror="alert(1)"><span style="color:red">x</span><br/>';
    const { nodes, problems } = parseTelegramHtml(hostile);
    expect(telegramNodesText(nodes)).toBe(hostile);
    expect(problems.map((problem) => problem.code)).toEqual([
      'unsupportedTag',
      'unsupportedTag',
      'unexpectedEndTag',
      'unsupportedTag',
    ]);
  });

  it('closes a tag left open at the end, and says Telegram refuses it', () => {
    const { nodes, problems } = parseTelegramHtml('<b>Жирний <i>курсив');
    expect(telegramNodesText(nodes)).toBe('Жирний курсив');
    expect(nodes[0]).toMatchObject({ format: 'bold', children: [{ text: 'Жирний ' }, { format: 'italic' }] });
    expect(problems).toEqual([
      { code: 'unclosedTag', tag: 'i' },
      { code: 'unclosedTag', tag: 'b' },
    ]);
  });

  it('closes tags out of turn as written, and says Telegram refuses them', () => {
    const { nodes, problems } = parseTelegramHtml('<b><i>x</b> y');
    expect(nodes).toEqual([
      {
        kind: 'format',
        format: 'bold',
        children: [{ kind: 'format', format: 'italic', children: [{ kind: 'text', text: 'x' }] }],
      },
      { kind: 'text', text: ' y' },
    ]);
    expect(problems).toEqual([{ code: 'unexpectedEndTag', tag: 'b' }]);
  });

  it('a bare «<» is text that Telegram wants escaped; «>» and an unknown entity are plain text', () => {
    const { nodes, problems } = parseTelegramHtml('1 < 2 > 0 &nbsp; <b');
    expect(telegramNodesText(nodes)).toBe('1 < 2 > 0 &nbsp; <b');
    expect(problems).toEqual([
      { code: 'strayBracket', tag: '' },
      { code: 'strayBracket', tag: '' },
    ]);
  });

  it('a quote inside a quote is refused', () => {
    expect(parseTelegramHtml('<blockquote>a<blockquote>b</blockquote></blockquote>').problems).toEqual([
      { code: 'nestedBlockquote', tag: 'blockquote' },
    ]);
  });

  it('tag names are read in any case', () => {
    const { nodes, problems } = parseTelegramHtml('<B>x</B>');
    expect(problems).toEqual([]);
    expect(nodes[0]).toMatchObject({ format: 'bold' });
  });
});

describe('decodeTelegramEntities', () => {
  it('decodes the four named entities and numeric ones, nothing else', () => {
    expect(decodeTelegramEntities('&lt;b&gt; &amp; &quot;так&quot; &#8212; &#x2116; &nbsp; &#0;')).toBe(
      '<b> & "так" — № &nbsp; &#0;',
    );
  });

  it('an entity never becomes markup', () => {
    const { nodes, problems } = parseTelegramHtml('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(problems).toEqual([]);
    expect(nodes).toEqual([{ kind: 'text', text: '<script>alert(1)</script>' }]);
  });
});

describe('telegramTextRuns', () => {
  it('finds the addresses Telegram links by itself, without the punctuation after them', () => {
    expect(telegramTextRuns('Читайте: https://x.ua/news/1. Далі')).toEqual([
      { text: 'Читайте: ', url: false },
      { text: 'https://x.ua/news/1', url: true },
      { text: '. Далі', url: false },
    ]);
    expect(telegramTextRuns('без адрес')).toEqual([{ text: 'без адрес', url: false }]);
  });
});
