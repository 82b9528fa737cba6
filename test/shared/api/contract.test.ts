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
    { code: 'no-such-code', message: 'x' },
    { code: 'conflict' },
    { code: 'conflict', message: 5 },
    { code: ['conflict'], message: 'x' },
    new Error('secret /work/main/electron/x.ts'),
    new TypeError('boom'),
  ];

  it.each(garbage.map((value) => [value]))('toApiError(%o) is an internal error with a generic message', (value) => {
    const error = toApiError(value);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/[а-яіїєґ]/i);
    expect(error.message).not.toContain('secret');
    expect(error.message).not.toContain('boom');
  });

  it('toApiError keeps a well-formed {code, message} from the wire', () => {
    const error = toApiError({ code: 'conflict', message: 'Статтю змінено.' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Статтю змінено.');
  });

  it('toApiError returns an ApiError as it is', () => {
    const original = new ApiError('not-found', 'Немає.');
    expect(toApiError(original)).toBe(original);
  });

  it('ApiError serialises to exactly {code, message}, without a stack', () => {
    const json = JSON.parse(JSON.stringify(new ApiError('io-error', 'Диск повний.'))) as unknown;
    expect(json).toEqual({ code: 'io-error', message: 'Диск повний.' });
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
