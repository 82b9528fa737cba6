import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createBodyEditor, linksIn, typeText } from '../../support/body-editor';

let editor: Editor;
afterEach(() => editor.destroy());

const links = () => linksIn(editor);

/** jsdom has no ClipboardEvent; ProseMirror needs only an event to hand to the paste handlers. */
const pasteEvent = () => new Event('paste', { cancelable: true }) as ClipboardEvent;

const UNSAFE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
];

describe('the link mark accepts only safe addresses', () => {
  it.each(UNSAFE)('setLink refuses %s', (href) => {
    editor = createBodyEditor('<p>Натисніть тут</p>');
    editor.commands.setTextSelection({ from: 1, to: 10 });
    expect(editor.commands.setLink({ href })).toBe(false);
    expect(links()).toEqual([]);
  });

  // TipTap alone would let these through; the project's allowlist (safeLinkHref) does not.
  it.each(['ftp://files.example.com/x', 'sms:+380441234567', 'callto:ivan', '/relative/path', 'news/today.html'])(
    'setLink refuses %s, outside the allowlist',
    (href) => {
      editor = createBodyEditor('<p>Натисніть тут</p>');
      editor.commands.setTextSelection({ from: 1, to: 10 });
      expect(editor.commands.setLink({ href })).toBe(false);
      expect(links()).toEqual([]);
    },
  );

  it('setLink takes web, mail and phone addresses', () => {
    editor = createBodyEditor('<p>сайт пошта телефон</p>');
    editor.chain().setTextSelection({ from: 1, to: 5 }).setLink({ href: 'https://www.ukrinform.ua/' }).run();
    editor.chain().setTextSelection({ from: 6, to: 11 }).setLink({ href: 'mailto:news@example.com' }).run();
    editor.chain().setTextSelection({ from: 12, to: 19 }).setLink({ href: 'tel:+380441234567' }).run();
    expect(links()).toEqual([
      { text: 'сайт', href: 'https://www.ukrinform.ua/' },
      { text: 'пошта', href: 'mailto:news@example.com' },
      { text: 'телефон', href: 'tel:+380441234567' },
    ]);
  });

  it.each(UNSAFE)('HTML with <a href="%s"> loads as plain text', (href) => {
    editor = createBodyEditor(`<p><a href="${href.replace(/"/g, '&quot;')}">клік</a></p>`);
    expect(links()).toEqual([]);
    expect(editor.state.doc.textContent).toBe('клік');
  });

  it('an unsafe href stored in old JSON is shown with an empty href, never a live one', () => {
    editor = createBodyEditor({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'клік', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    });
    expect(editor.view.dom.querySelector('a')?.getAttribute('href')).toBe('');
  });

  it('links do not open on click while editing', () => {
    editor = createBodyEditor('<p><a href="https://example.com/">сайт</a></p>');
    const link = editor.extensionManager.extensions.find((extension) => extension.name === 'link');
    expect(link?.options.openOnClick).toBe(false);
  });
});

describe('auto-linking while typing and pasting', () => {
  it('a typed address with its scheme becomes a link at the space after it', () => {
    editor = createBodyEditor('<p></p>');
    editor.commands.focus('start');
    typeText(editor, 'Джерело: https://www.ukrinform.ua/news ');
    expect(links()).toEqual([{ text: 'https://www.ukrinform.ua/news', href: 'https://www.ukrinform.ua/news' }]);
  });

  it('a bare site name in a sentence stays text, and javascript: never links', () => {
    editor = createBodyEditor('<p></p>');
    editor.commands.focus('start');
    typeText(editor, 'Про це пише Forbes.ua і javascript:alert(1) теж ');
    expect(links()).toEqual([]);
  });

  it('pasting an address links it; pasting javascript: does not', () => {
    editor = createBodyEditor('<p></p>');
    editor.commands.focus('start');
    editor.view.pasteText('Див. https://example.com/news і javascript:alert(1)', pasteEvent());
    expect(links()).toEqual([{ text: 'https://example.com/news', href: 'https://example.com/news' }]);
  });

  it('pasted HTML keeps safe links and drops unsafe ones', () => {
    editor = createBodyEditor('<p></p>');
    editor.commands.focus('start');
    editor.view.pasteHTML(
      '<p><a href="https://example.com/">добре</a> і <a href="javascript:alert(1)">погано</a></p>',
      pasteEvent(),
    );
    expect(links()).toEqual([{ text: 'добре', href: 'https://example.com/' }]);
    expect(editor.state.doc.textContent).toContain('погано');
  });

  it('a link copied from another editor brings no class or target of its own', () => {
    editor = createBodyEditor('<p></p>');
    editor.commands.focus('start');
    // ProseMirror's own clipboard form is pasted as it is, attributes and all, before the shared cleaner.
    editor.view.pasteHTML(
      '<p data-pm-slice="1 1 []"><a href="https://example.com/" class="evil" target="_top" title="t">сайт</a></p>',
      pasteEvent(),
    );
    const mark = editor.getJSON().content?.[0]?.content?.[0]?.marks?.[0];
    expect(mark).toEqual({
      type: 'link',
      attrs: {
        href: 'https://example.com/',
        target: '_blank',
        rel: 'noopener noreferrer nofollow',
        class: null,
        title: null,
      },
    });
  });
});
