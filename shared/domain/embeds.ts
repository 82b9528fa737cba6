/**
 * Which posts can be embedded in an article, by URL. The editor shows them as cards (no third-party script,
 * frame or image ever loads there); the site renderer later builds the provider's own embed from
 * `provider` and `id`. Anything that is not a recognisable public post or video is refused with a reason
 * the journalist can act on.
 */

export const EMBED_PROVIDERS = ['telegram', 'youtube', 'x', 'facebook'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export interface Embed {
  provider: EmbedProvider;
  /** The canonical https address of the post: tracking parameters and mobile hosts are dropped. */
  url: string;
  /** What the provider's embed needs: `channel/123` (Telegram), the video id, the status id, the post path. */
  id: string;
}

export type EmbedRejection =
  /** Nothing was given. */
  | 'empty'
  /** Not a web address at all (or one with a password, a port, a non-web scheme). */
  | 'not-a-url'
  /** A web address, but of a site we do not embed. */
  | 'unsupported-site'
  /** A supported site, but the address is not of one post or video (a profile, a channel, a search). */
  | 'not-a-post'
  /** A post of a private Telegram channel (`t.me/c/…`): nobody outside it can see it. */
  | 'private-post';

export type EmbedParse = { ok: true; embed: Embed } | { ok: false; reason: EmbedRejection };

export function isEmbedProvider(value: unknown): value is EmbedProvider {
  return typeof value === 'string' && (EMBED_PROVIDERS as readonly string[]).includes(value);
}

const reject = (reason: EmbedRejection): EmbedParse => ({ ok: false, reason });
const accept = (provider: EmbedProvider, url: string, id: string): EmbedParse => ({
  ok: true,
  embed: { provider, url, id },
});

/** Journalists paste `t.me/…` and `youtu.be/…` without a scheme as often as with one. */
const BARE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]|$)/i;

function parseWebUrl(raw: string): URL | null {
  const value = BARE_HOST.test(raw) ? `https://${raw}` : raw;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  return url;
}

/** The host without `www.`, `m.`, `mobile.` and `web.`: the same post on the phone site is the same post. */
function siteOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(?:www|m|mobile|web|music)\./, '');
}

function pathParts(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

export function parseEmbedUrl(input: string): EmbedParse {
  const raw = input.trim();
  if (raw === '') return reject('empty');
  const url = parseWebUrl(raw);
  if (!url) return reject('not-a-url');
  switch (siteOf(url)) {
    case 't.me':
    case 'telegram.me':
      return telegram(url);
    case 'youtube.com':
    case 'youtube-nocookie.com':
    case 'youtu.be':
      return youtube(url);
    case 'x.com':
    case 'twitter.com':
      return xStatus(url);
    case 'facebook.com':
    case 'fb.com':
    case 'fb.watch':
      return facebook(url);
    default:
      return reject('unsupported-site');
  }
}

/** Public channel names: 5–32 characters, Latin letters, digits and underscores, starting with a letter. */
const TELEGRAM_CHANNEL = /^[a-z][a-z0-9_]{3,31}$/i;
const DIGITS = /^\d{1,19}$/;

function telegram(url: URL): EmbedParse {
  let parts = pathParts(url);
  // t.me/s/<channel>/<id> is the web preview of the same post.
  if (parts[0] === 's') parts = parts.slice(1);
  if (parts[0] === 'c') return reject('private-post');
  const [channel, post, ...rest] = parts;
  if (!channel || !post || rest.length > 0 || !TELEGRAM_CHANNEL.test(channel) || !DIGITS.test(post)) {
    return reject('not-a-post');
  }
  return accept('telegram', `https://t.me/${channel}/${post}`, `${channel}/${post}`);
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function youtube(url: URL): EmbedParse {
  const parts = pathParts(url);
  let id: string | null | undefined;
  if (siteOf(url) === 'youtu.be') id = parts.length === 1 ? parts[0] : null;
  else if (parts.length === 1 && parts[0] === 'watch') id = url.searchParams.get('v');
  else if (parts.length === 2 && ['shorts', 'embed', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1];
  if (!id || !YOUTUBE_ID.test(id)) return reject('not-a-post');
  return accept('youtube', `https://www.youtube.com/watch?v=${id}`, id);
}

const X_USER = /^[A-Za-z0-9_]{1,15}$/;

function xStatus(url: URL): EmbedParse {
  const parts = pathParts(url);
  // x.com/<user>/status/<id>, optionally followed by /photo/1 or /video/1 of the same post.
  const [user, kind, id] = parts;
  if (user && X_USER.test(user) && (kind === 'status' || kind === 'statuses') && id && DIGITS.test(id)) {
    return accept('x', `https://x.com/${user}/status/${id}`, id);
  }
  // x.com/i/web/status/<id> names no author; the id alone identifies the post.
  if (parts[0] === 'i' && parts[1] === 'web' && parts[2] === 'status' && parts[3] && DIGITS.test(parts[3])) {
    return accept('x', `https://x.com/i/web/status/${parts[3]}`, parts[3]);
  }
  return reject('not-a-post');
}

/** Facebook ids are numbers, `pfbid…` codes, or (share links, fb.watch) short codes. */
const FACEBOOK_ID = /^[A-Za-z0-9_-]{1,80}$/;
const FACEBOOK_PAGE = /^[A-Za-z0-9.\-_]{1,100}$/;

function facebook(url: URL): EmbedParse {
  const parts = pathParts(url);
  const ok = (path: string, id: string | null | undefined): EmbedParse =>
    id && FACEBOOK_ID.test(id) ? accept('facebook', `https://www.facebook.com${path}`, id) : reject('not-a-post');

  if (siteOf(url) === 'fb.watch') {
    const code = parts.length === 1 ? parts[0] : null;
    return code && FACEBOOK_ID.test(code)
      ? accept('facebook', `https://fb.watch/${code}/`, code)
      : reject('not-a-post');
  }
  const [first, second, third, fourth] = parts;
  if (first === 'watch') {
    const v = url.searchParams.get('v');
    return ok(`/watch/?v=${v ?? ''}`, v);
  }
  if ((first === 'reel' || first === 'reels') && second && parts.length === 2) return ok(`/reel/${second}`, second);
  if (first === 'share' && (second === 'p' || second === 'v' || second === 'r') && third && parts.length === 3) {
    return ok(`/share/${second}/${third}/`, third);
  }
  if (first === 'permalink.php' || first === 'story.php') {
    const story = url.searchParams.get('story_fbid');
    const owner = url.searchParams.get('id');
    if (!story || !owner || !DIGITS.test(owner)) return reject('not-a-post');
    return ok(`/permalink.php?story_fbid=${story}&id=${owner}`, story);
  }
  if (first === 'groups' && second && third === 'posts' && fourth && parts.length === 4) {
    return FACEBOOK_PAGE.test(second) ? ok(`/groups/${second}/posts/${fourth}`, fourth) : reject('not-a-post');
  }
  if (first && FACEBOOK_PAGE.test(first) && !first.endsWith('.php')) {
    // <page>/posts/<id>, <page>/videos/<id>, <page>/videos/<title>/<id>
    if (second === 'posts' && third && parts.length === 3) return ok(`/${first}/posts/${third}`, third);
    if (second === 'videos' && third && parts.length === 3) return ok(`/${first}/videos/${third}`, third);
    if (second === 'videos' && fourth && parts.length === 4 && DIGITS.test(fourth)) {
      return ok(`/${first}/videos/${fourth}`, fourth);
    }
  }
  return reject('not-a-post');
}
