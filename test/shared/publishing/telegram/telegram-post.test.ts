import { describe, expect, it } from 'vitest';
import { newArticle, type ArticleInput } from '../../../../shared/domain/article';
import {
  escapeBareText,
  photoFits,
  planTelegramCorrection,
  planTelegramPost,
  sameVisibleText,
  telegramPostText,
  type TelegramPostText,
} from '../../../../shared/publishing/telegram/telegram-post';

const PAGE = 'https://shpalta.media/polityka/vybory-2026';

const article = (fields: Partial<ArticleInput> = {}) => newArticle('a-1', '2026-12-07T08:00:00.000Z', fields);

function postOf(fields: Partial<ArticleInput>): TelegramPostText {
  const result = telegramPostText(article(fields), PAGE);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

const textOfLength = (length: number): TelegramPostText => ({ html: 'x', visible: 'ї'.repeat(length), length });

describe('telegramPostText', () => {
  it('composes headline, lead and link as plain text, escaping every <, > and & of a headline', () => {
    const post = postOf({
      headline: 'Ціни на «хліб & молоко» < 50 грн > торік',
      lead: 'Кабмін — про ціни… Ось що з’ясувалося.',
    });
    expect(post.html).toBe(
      `Ціни на «хліб &amp; молоко» &lt; 50 грн &gt; торік\n\nКабмін — про ціни… Ось що з’ясувалося.\n\n${PAGE}`,
    );
    expect(post.visible).toBe(
      `Ціни на «хліб & молоко» < 50 грн > торік\n\nКабмін — про ціни… Ось що з’ясувалося.\n\n${PAGE}`,
    );
    expect(post.length).toBe(post.visible.length);
  });

  it('keeps the journalist’s own markup and adds the page’s link when the post has none', () => {
    const post = postOf({ telegram: { text: '<b>Вибори</b>: що змінилося «вчора»' } });
    expect(post.html).toBe(`<b>Вибори</b>: що змінилося «вчора»\n\n${PAGE}`);
    expect(post.visible).toBe(`Вибори: що змінилося «вчора»\n\n${PAGE}`);
  });

  it('does not add the link a second time when the post links the page already, as text or as a link', () => {
    expect(postOf({ telegram: { text: `Читайте: ${PAGE}` } }).html).toBe(`Читайте: ${PAGE}`);
    const linked = `<a href="${PAGE}">Читати повністю</a>`;
    expect(postOf({ telegram: { text: linked } }).html).toBe(linked);
  });

  it('escapes a bare & and > in the journalist’s own post, and keeps the entities Telegram knows', () => {
    const post = postOf({ telegram: { text: `Том & Джеррі -> <i>мультфільм</i> &amp; &#8212; &nbsp; ${PAGE}` } });
    expect(post.html).toBe(`Том &amp; Джеррі -&gt; <i>мультфільм</i> &amp; &#8212; &amp;nbsp; ${PAGE}`);
    expect(post.visible).toBe(`Том & Джеррі -> мультфільм & — &nbsp; ${PAGE}`);
  });

  it('refuses markup Telegram would refuse, naming the problem', () => {
    const refused = (text: string) => {
      const result = telegramPostText(article({ telegram: { text } }), PAGE);
      return result.ok ? null : result.problem;
    };
    expect(refused('<h1>Заголовок</h1>')).toEqual({ code: 'markup', problem: { code: 'unsupportedTag', tag: 'h1' } });
    expect(refused('<b>жирний <i>курсив</b></i>')).toMatchObject({ code: 'markup' });
    expect(refused('<b>не закрито')).toEqual({ code: 'markup', problem: { code: 'unclosedTag', tag: 'b' } });
    expect(refused('1 < 2')).toEqual({ code: 'markup', problem: { code: 'strayBracket', tag: '' } });
    expect(refused('<blockquote>a <blockquote>b</blockquote></blockquote>')).toMatchObject({
      problem: { code: 'nestedBlockquote' },
    });
  });

  it('counts the length Telegram counts: after tags and entities, in UTF-16 units', () => {
    const post = postOf({ telegram: { text: `<b>Київ</b> &amp; 🇺🇦 ${PAGE}` } });
    expect(post.length).toBe(`Київ & 🇺🇦 ${PAGE}`.length);
  });
});

describe('escapeBareText', () => {
  it('leaves tags and known entities alone, and a stray < for the markup check', () => {
    expect(escapeBareText('<a href="https://x.ua/?a=1&amp;b=2">x</a> a < b')).toBe(
      '<a href="https://x.ua/?a=1&amp;b=2">x</a> a < b',
    );
    expect(escapeBareText('R&D &#x2116; &QUOT;')).toBe('R&amp;D &#x2116; &QUOT;');
  });
});

describe('planTelegramPost', () => {
  it('sends a photo with its caption when the caption fits 1024', () => {
    expect(planTelegramPost(textOfLength(1024), true)).toEqual({ ok: true, value: 'photo' });
  });

  it('sends one text with the link card when the caption would not fit, or there is no photo', () => {
    expect(planTelegramPost(textOfLength(1025), true)).toEqual({ ok: true, value: 'text' });
    expect(planTelegramPost(textOfLength(10), false)).toEqual({ ok: true, value: 'text' });
    expect(planTelegramPost(textOfLength(4096), false)).toEqual({ ok: true, value: 'text' });
  });

  it('refuses a post over 4096 rather than let Telegram cut or refuse it', () => {
    expect(planTelegramPost(textOfLength(4097), true)).toEqual({
      ok: false,
      problem: { code: 'messageTooLong', length: 4097, limit: 4096 },
    });
  });
});

describe('planTelegramCorrection', () => {
  it('keeps the post’s form and its limit', () => {
    expect(planTelegramCorrection(textOfLength(1024), 'photo')).toEqual({ ok: true, value: 'photo' });
    expect(planTelegramCorrection(textOfLength(1025), 'photo')).toEqual({
      ok: false,
      problem: { code: 'captionTooLong', length: 1025, limit: 1024 },
    });
    expect(planTelegramCorrection(textOfLength(4096), 'text')).toEqual({ ok: true, value: 'text' });
    expect(planTelegramCorrection(textOfLength(4097), 'text')).toMatchObject({ problem: { code: 'messageTooLong' } });
  });
});

describe('photoFits', () => {
  const photo = { bytes: 200_000, mime: 'image/jpeg', width: 1200, height: 628 };

  it('takes what sendPhoto takes', () => {
    expect(photoFits(photo)).toBe(true);
    expect(photoFits({ ...photo, mime: 'image/webp', width: null, height: null })).toBe(true);
  });

  it('leaves out what sendPhoto refuses: too heavy, too big, too narrow, not a photo', () => {
    expect(photoFits({ ...photo, bytes: 10 * 1024 * 1024 + 1 })).toBe(false);
    expect(photoFits({ ...photo, width: 6000, height: 4001 })).toBe(false);
    expect(photoFits({ ...photo, width: 2100, height: 100 })).toBe(false);
    expect(photoFits({ ...photo, mime: 'image/gif' })).toBe(false);
    expect(photoFits({ ...photo, mime: 'image/svg+xml' })).toBe(false);
  });
});

describe('sameVisibleText', () => {
  it('compares what a reader sees, ends trimmed as Telegram trims them', () => {
    const post = postOf({ headline: 'Вибори' });
    expect(sameVisibleText(`  Вибори\n\n${PAGE}\n`, post)).toBe(true);
    expect(sameVisibleText(`Вибори!\n\n${PAGE}`, post)).toBe(false);
  });
});
