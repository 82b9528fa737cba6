import { describe, expect, it } from 'vitest';
import {
  answerFailure,
  notWordPress,
  retryAfterMs,
  transportFailure,
  type WordPressRequest,
} from '../../../../shared/publishing/wordpress/wordpress-failure';

const read: WordPressRequest = { write: false, site: 'example.com', login: 'olena' };
const write: WordPressRequest = { ...read, write: true };
const upload: WordPressRequest = { ...write, fileName: 'abc.png' };
const answer = (status: number, code: string | null = null, retry: number | null = null) => ({
  status,
  code,
  retryAfterMs: retry,
});

describe('answerFailure', () => {
  it.each([
    ['rest_cannot_create'], // 6.1: a wrong password runs anonymously
    ['incorrect_password'], // newer WordPress
    ['rest_not_logged_in'],
    [null],
  ])('takes every 401 (%s) for a wrong login or password', (code) => {
    expect(answerFailure(answer(401, code), write)).toEqual({
      outcome: 'rejected',
      reason: { key: 'publish.wordpress.wrongPassword', params: { site: 'example.com', login: 'olena' } },
      retryAfterMs: null,
    });
  });

  it('takes a 403 of WordPress’s for a missing permission', () => {
    const failure = answerFailure(answer(403, 'rest_cannot_create'), write);
    expect(failure.outcome).toBe('rejected');
    expect(failure.reason.key).toBe('publish.wordpress.noPermission');
  });

  it('does not call a firewall’s 403 page a permission of WordPress', () => {
    expect(answerFailure(answer(403), write).reason).toEqual({
      key: 'publish.wordpress.refused',
      params: { site: 'example.com', code: '403' },
    });
  });

  it.each([
    [413, null],
    [400, 'rest_upload_file_too_big'],
    [400, 'rest_upload_user_quota_exceeded'],
  ])('names the file that is too large (%s %s)', (status, code) => {
    expect(answerFailure(answer(status, code), upload)).toMatchObject({
      outcome: 'rejected',
      reason: { key: 'publish.wordpress.fileTooLarge', params: { file: 'abc.png' } },
    });
  });

  it('refuses a file WordPress will not take, even when it says so with a 500', () => {
    expect(answerFailure(answer(500, 'rest_upload_sideload_error'), upload)).toMatchObject({
      outcome: 'rejected',
      reason: { key: 'publish.wordpress.fileRefused', params: { file: 'abc.png' } },
    });
  });

  it('leaves a 5xx to a write unknown, and to a read not sent', () => {
    expect(answerFailure(answer(502), write).outcome).toBe('unknown');
    expect(answerFailure(answer(500, 'internal_server_error'), write).outcome).toBe('unknown');
    expect(answerFailure(answer(503, null, 5000), read)).toEqual({
      outcome: 'not-sent',
      reason: { key: 'publish.wordpress.serverError', params: { site: 'example.com', status: 503 } },
      retryAfterMs: 5000,
    });
  });

  it('waits as a 429 asks, the request certainly not done', () => {
    expect(answerFailure(answer(429, null, 30_000), write)).toEqual({
      outcome: 'not-sent',
      reason: { key: 'publish.wordpress.busy', params: { site: 'example.com' } },
      retryAfterMs: 30_000,
    });
  });

  it('says there is no WordPress where the REST API has no route', () => {
    expect(answerFailure(answer(404, 'rest_no_route'), read).reason.key).toBe('publish.wordpress.notWordPress');
    expect(answerFailure(answer(404), read).reason.key).toBe('publish.wordpress.notWordPress');
  });

  it('passes any other code on for the site’s administrator, never WordPress’s English text', () => {
    expect(answerFailure(answer(400, 'rest_invalid_param'), write)).toEqual({
      outcome: 'rejected',
      reason: { key: 'publish.wordpress.refused', params: { site: 'example.com', code: 'rest_invalid_param' } },
      retryAfterMs: null,
    });
  });
});

describe('transportFailure', () => {
  it('knows nothing was sent when no connection was made', () => {
    expect(transportFailure('unreachable', write)).toMatchObject({
      outcome: 'not-sent',
      reason: { key: 'publish.wordpress.unreachable' },
    });
  });

  it('leaves a lost write unknown, and a lost read not sent', () => {
    expect(transportFailure('lost', write)).toMatchObject({
      outcome: 'unknown',
      reason: { key: 'publish.wordpress.noAnswer' },
    });
    expect(transportFailure('lost', read).outcome).toBe('not-sent');
  });
});

describe('notWordPress', () => {
  it('refuses a read, and leaves a write that got a web page unknown', () => {
    expect(notWordPress(read).outcome).toBe('rejected');
    expect(notWordPress(write).outcome).toBe('unknown');
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('is null without a readable header', () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('', now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
