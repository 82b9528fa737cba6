import { describe, expect, it } from 'vitest';
import { EMBED_PROVIDERS, isEmbedProvider, parseEmbedUrl, type Embed } from '../../../shared/domain/embeds';

function accepted(url: string): Embed {
  const parsed = parseEmbedUrl(url);
  if (!parsed.ok) throw new Error(`${url} was refused: ${parsed.reason}`);
  return parsed.embed;
}

describe('parseEmbedUrl: Telegram', () => {
  it.each([
    ['https://t.me/ukrpravda_news/123456', 'ukrpravda_news/123456', 'https://t.me/ukrpravda_news/123456'],
    ['http://t.me/Suspilne_news/9', 'Suspilne_news/9', 'https://t.me/Suspilne_news/9'],
    ['t.me/pershyi_biznesovyi/42', 'pershyi_biznesovyi/42', 'https://t.me/pershyi_biznesovyi/42'],
    ['https://t.me/s/ukrpravda_news/123456', 'ukrpravda_news/123456', 'https://t.me/ukrpravda_news/123456'],
    ['https://telegram.me/ukrpravda_news/5?single', 'ukrpravda_news/5', 'https://t.me/ukrpravda_news/5'],
    ['https://www.t.me/ukrpravda_news/7#comments', 'ukrpravda_news/7', 'https://t.me/ukrpravda_news/7'],
  ])('%s', (url, id, canonical) => {
    expect(accepted(url)).toEqual({ provider: 'telegram', id, url: canonical });
  });

  it.each([
    ['https://t.me/ukrpravda_news', 'not-a-post'],
    ['https://t.me/ukrpravda_news/abc', 'not-a-post'],
    ['https://t.me/ukrpravda_news/12/34', 'not-a-post'],
    ['https://t.me/abc/12', 'not-a-post'], // channel names are at least five characters
    ['https://t.me/+AbCdEfGh', 'not-a-post'], // an invite link
    ['https://t.me/c/1234567890/55', 'private-post'],
  ])('%s is refused (%s)', (url, reason) => {
    expect(parseEmbedUrl(url)).toEqual({ ok: false, reason });
  });
});

describe('parseEmbedUrl: YouTube', () => {
  const id = 'dQw4w9WgXcQ';
  const canonical = `https://www.youtube.com/watch?v=${id}`;
  it.each([
    `https://www.youtube.com/watch?v=${id}`,
    `https://youtube.com/watch?v=${id}&t=42s&list=PL123`,
    `https://m.youtube.com/watch?feature=share&v=${id}`,
    `https://music.youtube.com/watch?v=${id}`,
    `https://youtu.be/${id}`,
    `https://youtu.be/${id}?si=tracking123`,
    `youtu.be/${id}`,
    `https://www.youtube.com/shorts/${id}`,
    `https://www.youtube.com/live/${id}?feature=share`,
    `https://www.youtube.com/embed/${id}`,
    `https://www.youtube-nocookie.com/embed/${id}`,
  ])('%s', (url) => {
    expect(accepted(url)).toEqual({ provider: 'youtube', id, url: canonical });
  });

  it.each([
    'https://www.youtube.com/',
    'https://www.youtube.com/@suspilne',
    'https://www.youtube.com/channel/UC123',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?list=PL123',
    'https://www.youtube.com/playlist?list=PL123',
    'https://youtu.be/',
    `https://www.youtube.com/results?search_query=${id}`,
  ])('%s is not a video', (url) => {
    expect(parseEmbedUrl(url)).toEqual({ ok: false, reason: 'not-a-post' });
  });
});

describe('parseEmbedUrl: X', () => {
  it.each([
    ['https://x.com/ZelenskyyUa/status/1869012345678901234', 'https://x.com/ZelenskyyUa/status/1869012345678901234'],
    [
      'https://twitter.com/ZelenskyyUa/status/1869012345678901234?s=20',
      'https://x.com/ZelenskyyUa/status/1869012345678901234',
    ],
    [
      'https://mobile.twitter.com/ZelenskyyUa/status/1869012345678901234',
      'https://x.com/ZelenskyyUa/status/1869012345678901234',
    ],
    [
      'https://x.com/ZelenskyyUa/status/1869012345678901234/photo/1',
      'https://x.com/ZelenskyyUa/status/1869012345678901234',
    ],
    ['https://x.com/i/web/status/1869012345678901234', 'https://x.com/i/web/status/1869012345678901234'],
  ])('%s', (url, canonical) => {
    expect(accepted(url)).toEqual({ provider: 'x', id: '1869012345678901234', url: canonical });
  });

  it.each([
    'https://x.com/ZelenskyyUa',
    'https://x.com/ZelenskyyUa/likes',
    'https://x.com/ZelenskyyUa/status/',
    'https://x.com/ZelenskyyUa/status/abc',
    'https://x.com/search?q=Україна',
    'https://x.com/a_name_far_too_long_for_x/status/1',
  ])('%s is not a post', (url) => {
    expect(parseEmbedUrl(url)).toEqual({ ok: false, reason: 'not-a-post' });
  });
});

describe('parseEmbedUrl: Facebook', () => {
  it.each([
    [
      'https://www.facebook.com/pershyi.biznesovyi/posts/1234567890123456',
      '1234567890123456',
      'https://www.facebook.com/pershyi.biznesovyi/posts/1234567890123456',
    ],
    [
      'https://facebook.com/pershyi.biznesovyi/posts/pfbid02abcDEF123?__cft__[0]=x',
      'pfbid02abcDEF123',
      'https://www.facebook.com/pershyi.biznesovyi/posts/pfbid02abcDEF123',
    ],
    [
      'https://m.facebook.com/pershyi.biznesovyi/posts/1234567890',
      '1234567890',
      'https://www.facebook.com/pershyi.biznesovyi/posts/1234567890',
    ],
    [
      'https://www.facebook.com/suspilne/videos/987654321',
      '987654321',
      'https://www.facebook.com/suspilne/videos/987654321',
    ],
    [
      'https://www.facebook.com/suspilne/videos/zvernennya-prezydenta/987654321/',
      '987654321',
      'https://www.facebook.com/suspilne/videos/987654321',
    ],
    ['https://www.facebook.com/watch/?v=987654321', '987654321', 'https://www.facebook.com/watch/?v=987654321'],
    [
      'https://www.facebook.com/watch?v=987654321&ref=sharing',
      '987654321',
      'https://www.facebook.com/watch/?v=987654321',
    ],
    ['https://www.facebook.com/reel/1122334455', '1122334455', 'https://www.facebook.com/reel/1122334455'],
    ['https://www.facebook.com/share/p/1AbCdEfGh/', '1AbCdEfGh', 'https://www.facebook.com/share/p/1AbCdEfGh/'],
    ['https://www.facebook.com/share/v/1AbCdEfGh/', '1AbCdEfGh', 'https://www.facebook.com/share/v/1AbCdEfGh/'],
    [
      'https://www.facebook.com/permalink.php?story_fbid=111&id=222',
      '111',
      'https://www.facebook.com/permalink.php?story_fbid=111&id=222',
    ],
    [
      'https://www.facebook.com/story.php?story_fbid=pfbid0xyz&id=222',
      'pfbid0xyz',
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0xyz&id=222',
    ],
    [
      'https://www.facebook.com/groups/kyivjournalists/posts/333444555',
      '333444555',
      'https://www.facebook.com/groups/kyivjournalists/posts/333444555',
    ],
    ['https://fb.watch/aBcD12_-3/', 'aBcD12_-3', 'https://fb.watch/aBcD12_-3/'],
  ])('%s', (url, id, canonical) => {
    expect(accepted(url)).toEqual({ provider: 'facebook', id, url: canonical });
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/pershyi.biznesovyi',
    'https://www.facebook.com/pershyi.biznesovyi/photos',
    'https://www.facebook.com/watch/',
    'https://www.facebook.com/permalink.php?story_fbid=111',
    'https://www.facebook.com/profile.php?id=100012345',
    'https://www.facebook.com/pershyi.biznesovyi/posts/<script>',
  ])('%s is not a post', (url) => {
    expect(parseEmbedUrl(url)).toEqual({ ok: false, reason: 'not-a-post' });
  });
});

describe('parseEmbedUrl: everything else', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['не посилання', 'not-a-url'],
    ['javascript:alert(1)//t.me/ukrpravda_news/1', 'not-a-url'],
    ['data:text/html,<script>alert(1)</script>', 'not-a-url'],
    ['file:///etc/passwd', 'not-a-url'],
    ['ftp://t.me/ukrpravda_news/1', 'not-a-url'],
    ['https://user:secret@t.me/ukrpravda_news/1', 'not-a-url'],
    ['https://t.me:8443/ukrpravda_news/1', 'not-a-url'],
    ['https://www.instagram.com/p/C0abc123/', 'unsupported-site'],
    ['https://www.tiktok.com/@user/video/123', 'unsupported-site'],
    ['https://t.me.evil.example/ukrpravda_news/1', 'unsupported-site'],
    ['https://evil-t.me/ukrpravda_news/1', 'unsupported-site'],
    ['https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', 'unsupported-site'],
  ])('%j is refused (%s)', (url, reason) => {
    expect(parseEmbedUrl(url)).toEqual({ ok: false, reason });
  });

  it('knows its providers', () => {
    expect(EMBED_PROVIDERS).toEqual(['telegram', 'youtube', 'x', 'facebook']);
    for (const provider of EMBED_PROVIDERS) expect(isEmbedProvider(provider)).toBe(true);
    expect(isEmbedProvider('instagram')).toBe(false);
    expect(isEmbedProvider(undefined)).toBe(false);
  });

  it('trims what was pasted around the address', () => {
    expect(accepted('  https://t.me/ukrpravda_news/1 \n').url).toBe('https://t.me/ukrpravda_news/1');
  });
});
