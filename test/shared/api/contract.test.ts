import { describe, expect, it } from 'vitest';
import {
  BRIDGE_GLOBAL,
  eventChannel,
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  methodChannel,
  methodRoute,
} from '../../../shared/api/channels';
import { contract, EVENT_NAMES, events, isMethodName, METHOD_NAMES } from '../../../shared/api/contract';
import { ApiError, ERROR_CODES, HTTP_STATUS, isErrorCode, toApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';

describe('contract tables', () => {
  it('METHOD_NAMES lists exactly the keys of the contract', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    expect(METHOD_NAMES).toEqual(expect.arrayContaining(['app.info', 'library.list', 'article.get', 'article.save']));
  });

  it('EVENT_NAMES lists exactly the keys of the events table', () => {
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
    expect(EVENT_NAMES).toEqual(expect.arrayContaining(['article.changed', 'library.changed']));
  });

  it('isMethodName accepts contract keys only, not inherited object properties', () => {
    for (const name of METHOD_NAMES) expect(isMethodName(name)).toBe(true);
    for (const name of ['', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'article', 'article.delete']) {
      expect(isMethodName(name), name).toBe(false);
    }
  });

  it('every method input rejects unknown keys (arguments are strict)', () => {
    for (const name of METHOD_NAMES) {
      const result = contract[name].input.safeParse({ unexpectedKey: 1 });
      expect(result.success, name).toBe(false);
    }
  });

  it('methods without arguments accept an empty object', () => {
    for (const name of ['app.info', 'settings.get', 'library.list'] as const) {
      expect(contract[name].input.safeParse({}).success, name).toBe(true);
    }
  });
});

describe('channels derived from the contract', () => {
  it('gives every method its own prefixed IPC channel', () => {
    const channels = METHOD_NAMES.map(methodChannel);
    expect(new Set(channels).size).toBe(METHOD_NAMES.length);
    METHOD_NAMES.forEach((name, i) => {
      expect(channels[i]).toBe(`shpalta:invoke:${name}`);
    });
  });

  it('gives every event its own prefixed channel, distinct from method channels', () => {
    const channels = EVENT_NAMES.map(eventChannel);
    expect(new Set(channels).size).toBe(EVENT_NAMES.length);
    for (const [i, channel] of channels.entries()) {
      expect(channel.startsWith('shpalta:event:')).toBe(true);
      expect(channel.endsWith(EVENT_NAMES[i] ?? '<missing>')).toBe(true);
    }
    const methodChannels = new Set(METHOD_NAMES.map(methodChannel));
    for (const channel of channels) expect(methodChannels.has(channel)).toBe(false);
  });

  it('HTTP routes live under the API prefix and never collide with the event stream', () => {
    const routes = METHOD_NAMES.map(methodRoute);
    expect(new Set(routes).size).toBe(METHOD_NAMES.length);
    for (const route of routes) {
      expect(route.startsWith(HTTP_API_PREFIX)).toBe(true);
      expect(route).not.toBe(HTTP_EVENTS_PATH);
    }
    expect(HTTP_EVENTS_PATH.startsWith(HTTP_API_PREFIX)).toBe(true);
    expect(BRIDGE_GLOBAL).toBe('shpalta');
  });
});

describe('errors', () => {
  const garbage: unknown[] = [
    null,
    undefined,
    42,
    'conflict',
    [],
    {},
    { code: 'no-such-code', key: 'error.generic', message: 'x' },
    { code: ['conflict'], key: 'error.generic', message: 'x' },
    new Error('secret /work/main/electron/x.ts'),
    new TypeError('boom'),
  ];

  it.each(garbage.map((value) => [value]))('toApiError(%o) is an internal error with a generic message', (value) => {
    const error = toApiError(value);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('internal');
    expect(error.reason).toEqual({ key: 'error.generic' });
    expect(error.message).toBe('Internal error of the app.');
  });

  // An older or newer peer: the code still says what kind of failure it was, the words are generic.
  it.each([
    [{ code: 'conflict' }],
    [{ code: 'conflict', message: 'Статтю змінено.' }],
    [{ code: 'conflict', key: 'error.no-such-key', message: 'x' }],
    [{ code: 'conflict', key: 'toString' }],
    [{ code: 'conflict', key: 'error.io.failed', params: { what: 'x' } }],
    [{ code: 'conflict', key: 'error.io.failed', params: { what: 'x', reason: { key: 'nope' } } }],
    [{ code: 'conflict', key: 'error.io.failed', params: { what: 'x', reason: ['y'] } }],
    [{ code: 'conflict', key: 'error.io.failed', params: { what: 'x', reason: Number.NaN } }],
    [{ code: 'conflict', key: 'error.media.notImage', params: null }],
  ])('toApiError(%o) keeps the code and reads as a generic error', (value) => {
    const error = toApiError(value);
    expect(error.code).toBe('conflict');
    expect(error.reason).toEqual({ key: 'error.generic' });
  });

  it('toApiError keeps a well-formed {code, key, params} from the wire, nested messages included', () => {
    const reason = message('error.io.failed', { what: message('error.io.saveArticle'), reason: 'EIO' });
    const error = toApiError({ code: 'io-error', key: reason.key, params: reason.params, message: 'ignored' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('io-error');
    expect(error.reason).toEqual(reason);
    expect(error.message).toBe('The article could not be saved: EIO.');
  });

  it('toApiError drops params the key does not have, and a nesting too deep to be real', () => {
    const extra = toApiError({ code: 'not-found', key: 'error.media.notImage', params: { name: 'a.txt', x: 1 } });
    expect(extra.reason).toEqual({ key: 'error.media.notImage', params: { name: 'a.txt' } });
    let deep: unknown = 'end';
    for (let i = 0; i < 10; i++) deep = { key: 'save.failed', params: { message: deep } };
    expect(toApiError({ code: 'internal', ...(deep as object) }).reason).toEqual({ key: 'error.generic' });
  });

  it('toApiError returns an ApiError as it is', () => {
    const original = new ApiError('not-found', message('error.article.missing'));
    expect(toApiError(original)).toBe(original);
  });

  it('ApiError serialises to {code, key, params, message}, without a stack; the message is English', () => {
    const error = new ApiError('io-error', message('error.media.notImage', { name: 'a.txt' }));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'io-error',
      key: 'error.media.notImage',
      params: { name: 'a.txt' },
      message: 'The file “a.txt” is not an image. JPG, PNG, GIF, WebP and AVIF will do.',
    });
    expect(JSON.parse(JSON.stringify(new ApiError('not-found', message('error.article.missing'))))).toEqual({
      code: 'not-found',
      key: 'error.article.missing',
      message: 'Article not found.',
    });
  });

  it('isErrorCode knows every code and nothing else', () => {
    for (const code of ERROR_CODES) expect(isErrorCode(code)).toBe(true);
    for (const value of ['', 'Internal', 'ok', 42, null]) expect(isErrorCode(value)).toBe(false);
  });

  it('HTTP_STATUS maps every error code, and only those, to a 4xx/5xx status', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      expect(HTTP_STATUS[code], code).toBeGreaterThanOrEqual(400);
      expect(HTTP_STATUS[code], code).toBeLessThan(600);
    }
    expect(HTTP_STATUS.unauthorized).toBe(401);
    expect(HTTP_STATUS['not-found']).toBe(404);
    expect(HTTP_STATUS.conflict).toBe(409);
    expect(HTTP_STATUS.internal).toBe(500);
  });
});
