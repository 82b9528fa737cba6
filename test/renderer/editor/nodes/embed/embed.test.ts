import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, reparse, roundTrip } from '../../support/block-editor';

const TELEGRAM = {
  type: 'embed',
  attrs: { provider: 'telegram', url: 'https://t.me/ukrpravda_news/123456', id: 'ukrpravda_news/123456' },
};

afterEach(destroyEditors);

/** A paste as Chromium delivers it: a ClipboardEvent with the clipboard's types. */
function paste(editor: ReturnType<typeof createEditor>, data: Record<string, string>): void {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [], items: [] },
  });
  editor.view.dom.dispatchEvent(event);
}

describe('embed node', () => {
  it('round-trips through JSON and through its own HTML', () => {
    const editor = createEditor({ type: 'doc', content: [TELEGRAM, { type: 'paragraph' }] });
    expect(roundTrip(editor)).toEqual({ type: 'doc', content: [TELEGRAM, { type: 'paragraph' }] });
    const html = editor.getHTML();
    expect(html).toContain('data-type="embed"');
    expect(html).toContain('data-provider="telegram"');
    expect(reparse(editor).getJSON().content?.[0]).toEqual(TELEGRAM);
  });

  it('insertEmbed makes the canonical post from any supported address', () => {
    const editor = createEditor('<p></p>');
    expect(editor.commands.insertEmbed('https://youtu.be/dQw4w9WgXcQ?si=abc')).toBe(true);
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'embed',
      attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ' },
    });
  });

  it.each(['https://www.instagram.com/p/abc/', 'https://t.me/ukrpravda_news', 'javascript:alert(1)', ''])(
    'insertEmbed refuses %j and changes nothing',
    (url) => {
      const editor = createEditor('<p>Текст</p>');
      const before = editor.getJSON();
      expect(editor.commands.insertEmbed(url)).toBe(false);
      expect(editor.getJSON()).toEqual(before);
    },
  );

  it('re-derives provider and id from the URL: HTML cannot claim another provider', () => {
    const editor = createEditor(
      '<div data-type="embed" data-provider="youtube" data-id="evil" data-url="https://x.com/ZelenskyyUa/status/1869012345678901234"></div>',
    );
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({
      provider: 'x',
      url: 'https://x.com/ZelenskyyUa/status/1869012345678901234',
      id: '1869012345678901234',
    });
  });

  it('a hand-edited file’s javascript: URL never becomes a link in copied HTML', () => {
    const editor = createEditor({
      type: 'doc',
      content: [{ type: 'embed', attrs: { provider: 'x', url: 'javascript:alert(1)', id: '1' } }],
    });
    expect(editor.getHTML()).not.toContain('href');
    expect(editor.getHTML()).toContain('data-url=""');
  });

  it('an embed element with an unsupported URL is not an embed', () => {
    const editor = createEditor(
      '<div data-type="embed" data-provider="telegram" data-url="https://evil.example/1"></div>',
    );
    expect(JSON.stringify(editor.getJSON())).not.toContain('"embed"');
  });

  it('a bare post URL pasted on an empty line becomes the post', () => {
    const editor = createEditor('<p>Перший абзац</p><p></p>');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    paste(editor, { 'text/plain': ' https://x.com/ZelenskyyUa/status/1869012345678901234 ' });
    expect(editor.getJSON().content?.[1]?.type).toBe('embed');
  });

  it('a post URL pasted inside a sentence stays text', () => {
    const editor = createEditor('<p>Дивіться </p>');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    paste(editor, { 'text/plain': 'https://t.me/ukrpravda_news/1' });
    expect(JSON.stringify(editor.getJSON())).not.toContain('"embed"');
    expect(editor.getText()).toContain('https://t.me/ukrpravda_news/1');
  });
});
