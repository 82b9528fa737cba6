import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldForFind } from '../../../../../shared/text/find-text';
import {
  bodyFindState,
  DRAWN_REACH,
  REFRESH_MS,
  setBodyCurrent,
  setBodyQuery,
} from '../../../../../renderer/src/editor/features/find/find-plugin';
import { createBodyEditor } from '../../support/body-editor';

let editor: Editor;
afterEach(() => {
  editor.destroy();
  vi.useRealTimers();
});

const query = (text: string) => setBodyQuery(editor.view, foldForFind(text).text);
const found = () => bodyFindState(editor.state).matches.map(({ from, to }) => editor.state.doc.textBetween(from, to));

describe('find in the body', () => {
  it('finds across marks, lists and quotes, never from one paragraph into the next', () => {
    editor = createBodyEditor(
      "<p>Уряд <strong>п’ят</strong>ь разів</p><ul><li><p>ПʼЯТЬ пунктів</p></li></ul><blockquote><p>п'ять</p></blockquote><p>п’</p><p>ять</p>",
    );
    query("п'ять");
    expect(found()).toEqual(['п’ять', 'ПʼЯТЬ', "п'ять"]);
    const marked = [...editor.view.dom.querySelectorAll('.find-match')].map((element) => element.textContent);
    // The first match is drawn in two pieces, split by <strong>. (The quote's React view draws its text later.)
    expect(marked.slice(0, 3).join('|')).toBe('п’ят|ь|ПʼЯТЬ');
  });

  it('after typing, looks again only once the typing pauses, the highlights mapped meanwhile', () => {
    vi.useFakeTimers();
    editor = createBodyEditor('<p>слово і слово</p>');
    query('слово');
    expect(found()).toEqual(['слово', 'слово']);
    editor.commands.insertContentAt(1, 'слово ');
    expect(bodyFindState(editor.state).stale).toBe(true);
    expect(bodyFindState(editor.state).matches).toHaveLength(2);
    // The old highlights moved with their words.
    const marked = [...editor.view.dom.querySelectorAll('.find-match')].map((element) => element.textContent);
    expect(marked).toEqual(['слово', 'слово']);
    vi.advanceTimersByTime(REFRESH_MS);
    expect(bodyFindState(editor.state).stale).toBe(false);
    expect(found()).toEqual(['слово', 'слово', 'слово']);
  });

  it('counts every match but draws only those near the current one', () => {
    const paragraph = `<p>${'Новина дня. '.repeat(40)}</p>`;
    editor = createBodyEditor(paragraph.repeat(80));
    query('новина');
    const { matches } = bodyFindState(editor.state);
    expect(matches).toHaveLength(3200);
    const last = matches[matches.length - 1];
    if (!last) throw new Error('no match');
    setBodyCurrent(editor.view, last);
    const drawn = bodyFindState(editor.state).decorations.find();
    expect(drawn.length).toBeLessThan(matches.length / 2);
    expect(drawn.every((decoration) => decoration.from > last.from - DRAWN_REACH - 10)).toBe(true);
    expect(editor.view.dom.querySelectorAll('.find-match-current')).toHaveLength(1);
  }, 30_000);

  it('an empty query clears everything', () => {
    editor = createBodyEditor('<p>слово</p>');
    query('слово');
    query('');
    expect(bodyFindState(editor.state).matches).toEqual([]);
    expect(editor.view.dom.querySelectorAll('.find-match')).toHaveLength(0);
  });

  describe('in the attributes a reader sees', () => {
    const article =
      '<p>Петренко сказав</p>' +
      '<figure data-type="quote"><blockquote><p>Слова Петренка</p></blockquote><figcaption>— Олег Петренко</figcaption></figure>' +
      `<figure data-type="figure"><img src="media/${'a'.repeat(64)}.png" alt="Петренко на трибуні">` +
      '<figcaption><span data-caption>Петренко і петренко</span> <span data-credit>Фото: Анна Петренко</span></figcaption></figure>' +
      '<p>Кінець: Петренко</p>';
    /** Each match as the text it covers, an attribute's match as `name:text`. */
    const foundAll = () =>
      bodyFindState(editor.state).matches.map(({ from, to, attribute }) => {
        if (!attribute) return editor.state.doc.textBetween(from, to);
        const value = String(editor.state.doc.nodeAt(attribute.node)?.attrs[attribute.name]);
        return `${attribute.name}:${value.slice(attribute.from, attribute.to)}`;
      });

    it("counts them in reading order: a quote's attribution after its text, a figure's fields as shown", () => {
      editor = createBodyEditor(article);
      query('петренк');
      expect(foundAll()).toEqual([
        'Петренк',
        'Петренк',
        'attribution:Петренк',
        'alt:Петренк',
        'caption:Петренк',
        'caption:петренк',
        'credit:Петренк',
        'Петренк',
      ]);
    });

    it("counts a table's caption before its cells: it is drawn above them", () => {
      editor = createBodyEditor(
        '<p>Явка перед</p><table><caption>Явка за областями</caption><tr><th><p>Явка</p></th></tr><tr><td><p>61%</p></td></tr></table>',
      );
      query('явка');
      expect(foundAll()).toEqual(['Явка', 'caption:Явка', 'Явка']);
    });

    it("gives each view its fields' matches and the current one, as a decoration", () => {
      editor = createBodyEditor(article);
      query('петренк');
      const caption = bodyFindState(editor.state).matches.filter((match) => match.attribute?.name === 'caption');
      setBodyCurrent(editor.view, caption[1] ?? null);
      const specs = bodyFindState(editor.state)
        .decorations.find()
        .map((decoration) => (decoration.spec as { findAttributes?: unknown }).findAttributes)
        .filter(Boolean);
      expect(specs).toEqual([
        { attribution: { matches: [{ from: 5, to: 12 }], current: -1 } },
        {
          alt: { matches: [{ from: 0, to: 7 }], current: -1 },
          caption: {
            matches: [
              { from: 0, to: 7 },
              { from: 11, to: 18 },
            ],
            current: 1,
          },
          credit: { matches: [{ from: 5, to: 12 }], current: -1 },
        },
      ]);
    });

    it('keeps the current match in an attribute on its node when text is typed before it', () => {
      editor = createBodyEditor(article);
      query('петренк');
      const credit = bodyFindState(editor.state).matches.find((match) => match.attribute?.name === 'credit');
      setBodyCurrent(editor.view, credit ?? null);
      editor.commands.insertContentAt(1, 'Учора ');
      const current = bodyFindState(editor.state).current;
      expect(current?.attribute?.name).toBe('credit');
      expect(editor.state.doc.nodeAt(current?.attribute?.node ?? -1)?.type.name).toBe('figure');
    });
  });
});
