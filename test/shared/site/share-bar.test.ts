import { describe, expect, it } from 'vitest';
import { SHARE_NETWORKS, shareBarHtml, shareUrl } from '../../../shared/site/share-bar';

const PAGE = 'https://example.com.ua/news/bez-nato?utm=1&x=2';
const TITLE = 'Без НАТО, але з гарантіями & «лапки»';

describe('the Поділитися bar', () => {
  it('links each network’s own share address with the page and its title encoded', () => {
    const encoded = encodeURIComponent(PAGE);
    expect(shareUrl('facebook', PAGE, TITLE)).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
    expect(shareUrl('telegram', PAGE, TITLE)).toBe(
      `https://t.me/share/url?url=${encoded}&text=${encodeURIComponent(TITLE)}`,
    );
    expect(shareUrl('x', PAGE, TITLE)).toBe(
      `https://x.com/intent/post?url=${encoded}&text=${encodeURIComponent(TITLE)}`,
    );
    expect(shareUrl('viber', PAGE, TITLE)).toBe(`viber://forward?text=${encodeURIComponent(`${TITLE} ${PAGE}`)}`);
    expect(shareUrl('linkedin', PAGE, TITLE)).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`);
  });

  it('names every network in the reference order, after the label, with no script', () => {
    const html = shareBarHtml(PAGE, TITLE);
    expect(
      html.startsWith('<nav class="share" aria-label="Поділитися"><span class="share-label">Поділитися:</span>'),
    ).toBe(true);
    const names = [...html.matchAll(/>([^<>]+)<\/a>/g)].map((match) => match[1]);
    expect(names).toEqual(['Facebook', 'Telegram', 'X', 'Viber', 'LinkedIn']);
    expect(SHARE_NETWORKS).toHaveLength(5);
    expect(html).not.toContain('<script');
    expect(html).toContain('&amp;text=');
  });
});
