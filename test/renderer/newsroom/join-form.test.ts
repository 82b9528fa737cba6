import { describe, expect, it } from 'vitest';
import { checkJoinInput, joinErrorField } from '../../../renderer/src/newsroom/join-form';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';

const GOOD = {
  url: 'https://git.example.ua/newsroom.git',
  login: 'olena',
  token: ' token with spaces ',
  folder: '/home/olena/Шпальта-редакція',
};

describe('checkJoinInput', () => {
  it('passes a good form, trimmed, with the token exactly as typed', () => {
    expect(checkJoinInput({ ...GOOD, url: ` ${GOOD.url} `, login: 'olena ', folder: ` ${GOOD.folder}` })).toEqual({
      input: GOOD,
    });
  });

  it('each field’s reason by its field: empty, or what the host would refuse', () => {
    expect(checkJoinInput({ url: '', login: '', token: '', folder: '' })).toEqual({
      errors: {
        url: message('validation.empty'),
        login: message('validation.empty'),
        token: message('validation.empty'),
        folder: message('validation.empty'),
      },
    });
    expect(
      checkJoinInput({ ...GOOD, url: 'http://example.ua/newsroom.git', login: 'Олена', folder: 'Шпальта' }),
    ).toEqual({
      errors: {
        url: message('newsroom.invalid.url'),
        login: message('newsroom.invalid.login'),
        folder: message('settings.invalid.absolutePath'),
      },
    });
  });

  it('a server on this computer may speak plain HTTP (a newsroom tried out locally)', () => {
    expect(checkJoinInput({ ...GOOD, url: 'http://127.0.0.1:8123/newsroom.git' })).toHaveProperty('input');
  });
});

describe('joinErrorField', () => {
  it('puts each refusal beside the field it is about', () => {
    expect(
      joinErrorField(new ApiError('newsroom-unauthorized', message('newsroom.error.unauthorized', { login: 'olena' }))),
    ).toBe('token');
    expect(
      joinErrorField(new ApiError('newsroom-unreachable', message('newsroom.error.unreachable', { url: GOOD.url }))),
    ).toBe('url');
    expect(joinErrorField(new ApiError('not-found', message('newsroom.error.notFound', { url: GOOD.url })))).toBe(
      'url',
    );
    expect(
      joinErrorField(new ApiError('invalid-argument', message('newsroom.error.folderNotEmpty', { path: GOOD.folder }))),
    ).toBe('folder');
  });

  it('what no field caused is the whole form’s', () => {
    expect(joinErrorField(new ApiError('newsroom-unreachable', message('newsroom.error.failed')))).toBeNull();
    expect(joinErrorField(new ApiError('io-error', message('newsroom.error.secretsUnavailable')))).toBeNull();
    expect(joinErrorField(new ApiError('internal', message('error.generic')))).toBeNull();
  });
});
