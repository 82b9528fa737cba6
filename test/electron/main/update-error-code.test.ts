import { describe, expect, it } from 'vitest';
import { updateErrorCode } from '../../../electron/main/update-error-code';

/** An error as builder-util-runtime's newError makes it: a message and a code. */
const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('updateErrorCode', () => {
  it('names a feed without the expected release or metadata', () => {
    expect(
      updateErrorCode(
        coded('Cannot find latest.yml in the latest release artifacts', 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'),
        'check',
      ),
    ).toBe('feed');
    expect(
      updateErrorCode(coded('No published versions on GitHub', 'ERR_UPDATER_NO_PUBLISHED_VERSIONS'), 'check'),
    ).toBe('feed');
    expect(updateErrorCode(Object.assign(new Error('HttpError: 404'), { statusCode: 404 }), 'check')).toBe('feed');
    const noFeed = coded("ENOENT: no such file or directory, open '/opt/Шпальта/resources/app-update.yml'", 'ENOENT');
    expect(updateErrorCode(noFeed, 'check')).toBe('feed');
  });

  it('names a network that is not there, from Node and from Chromium', () => {
    expect(updateErrorCode(coded('getaddrinfo ENOTFOUND github.com', 'ENOTFOUND'), 'check')).toBe('offline');
    expect(updateErrorCode(new Error('net::ERR_INTERNET_DISCONNECTED'), 'download')).toBe('offline');
    expect(updateErrorCode(new Error('net::ERR_NAME_NOT_RESOLVED'), 'check')).toBe('offline');
    expect(updateErrorCode(new Error('net::ERR_CONNECTION_RESET'), 'download')).toBe('offline');
  });

  it('names an update that is not signed by the app, or a download that is not the published file', () => {
    expect(
      updateErrorCode(
        coded('New version 1.1.0 is not signed by the application owner: …', 'ERR_UPDATER_INVALID_SIGNATURE'),
        'install',
      ),
    ).toBe('signature');
    expect(
      updateErrorCode(
        new Error('New version 1.1.0 is not signed by the application owner: publisherNames: X'),
        'download',
      ),
    ).toBe('signature');
    expect(updateErrorCode(coded('sha512 checksum mismatch', 'ERR_CHECKSUM_MISMATCH'), 'download')).toBe('download');
  });

  it('falls back on what was under way, and never passes the raw text on', () => {
    expect(updateErrorCode(new Error('something odd'), 'download')).toBe('download');
    expect(updateErrorCode(new Error("No update filepath provided, can't quit and install"), 'install')).toBe(
      'install',
    );
    expect(updateErrorCode(new Error('something odd'), 'check')).toBe('unknown');
    expect(updateErrorCode('a string thrown', 'check')).toBe('unknown');
    expect(updateErrorCode(null, 'check')).toBe('unknown');
  });
});
