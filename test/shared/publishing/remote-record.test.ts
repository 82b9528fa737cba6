import { describe, expect, it } from 'vitest';
import { remoteRecordOf, withRemoteRecord } from '../../../shared/publishing/remote-record';

describe('remote records in an article’s remoteIds', () => {
  it('round-trips a record with its address and extra values, beside another target’s', () => {
    const ids = withRemoteRecord({ telegram: '77' }, 'wordpress', {
      id: '123',
      url: 'https://site.example/?p=123',
      extra: { 'media:abc': '9', clientId: 'job-1' },
    });
    expect(ids).toEqual({
      telegram: '77',
      wordpress: '123',
      'wordpress.url': 'https://site.example/?p=123',
      'wordpress:media:abc': '9',
      'wordpress:clientId': 'job-1',
    });
    expect(remoteRecordOf(ids, 'wordpress')).toEqual({
      id: '123',
      url: 'https://site.example/?p=123',
      extra: { 'media:abc': '9', clientId: 'job-1' },
    });
    expect(remoteRecordOf(ids, 'telegram')).toEqual({ id: '77', url: null, extra: {} });
    expect(remoteRecordOf(ids, 'static')).toBeNull();
  });

  it('replaces a record whole: an extra value the new record lacks does not linger', () => {
    const first = withRemoteRecord({}, 'telegram', { id: '1', url: null, extra: { form: 'photo', chat: '-100' } });
    const second = withRemoteRecord(first, 'telegram', { id: '1', url: 'https://t.me/c/1', extra: { form: 'text' } });
    expect(remoteRecordOf(second, 'telegram')).toEqual({ id: '1', url: 'https://t.me/c/1', extra: { form: 'text' } });
  });

  it('forgets a withdrawn target’s record and keeps the others’', () => {
    const ids = withRemoteRecord({ static: 'a/', 'static.url': 'https://s/a/', wordpress: '5' }, 'static', null);
    expect(ids).toEqual({ wordpress: '5' });
  });
});
