import { describe, expect, it } from 'vitest';
import { telegramHtmlText, telegramLength } from '../../../shared/share/telegram-length';

describe('telegramLength', () => {
  it('counts UTF-16 code units: a Cyrillic letter 1, an emoji outside the BMP 2', () => {
    expect(telegramLength('Київ')).toBe(4);
    expect(telegramLength('Київ 🇺🇦')).toBe(9);
    expect(telegramLength('')).toBe(0);
  });

  it('counts plain text as it is, markup included', () => {
    expect(telegramLength('<b>Київ</b>')).toBe(11);
  });

  it('counts HTML after its tags are dropped and its entities decoded', () => {
    expect(telegramLength('<b>Київ</b> &amp; <a href="https://x.ua">Львів</a>', 'html')).toBe(12);
    expect(telegramHtmlText('1 &lt; 2 &gt; 0 &quot;так&quot; &#8212; &#x2116;')).toBe('1 < 2 > 0 "так" — №');
  });

  it('leaves an entity Telegram does not know as it is', () => {
    expect(telegramHtmlText('&nbsp;&copy;')).toBe('&nbsp;&copy;');
  });
});
