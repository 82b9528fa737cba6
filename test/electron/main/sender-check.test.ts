import { describe, expect, it } from 'vitest';
import { isTrustedSender, isTrustedSenderUrl } from '../../../electron/main/sender-check';

describe('isTrustedSenderUrl', () => {
  it('trusts only pages of app://shpalta', () => {
    expect(isTrustedSenderUrl('app://shpalta/')).toBe(true);
    expect(isTrustedSenderUrl('app://shpalta/index.html?article=x')).toBe(true);
  });

  it.each([
    'app://evil/',
    'app://shpalta@evil/',
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///work/out/renderer/index.html',
    'about:blank',
    'about:srcdoc',
    'data:text/html,x',
    'devtools://devtools/bundled/inspector.html',
    '',
    null,
    undefined,
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const good = { frameUrl: 'app://shpalta/', isTopFrame: true, fromOwnWindow: true };

  it('accepts the top frame of our own window on the app origin', () => {
    expect(isTrustedSender(good)).toBe(true);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSender({ ...good, frameUrl: null })).toBe(false);
  });

  it('refuses a subframe, even on the app origin', () => {
    expect(isTrustedSender({ ...good, isTopFrame: false })).toBe(false);
  });

  it('refuses a webContents that is not one of our windows', () => {
    expect(isTrustedSender({ ...good, fromOwnWindow: false })).toBe(false);
  });

  it('refuses our window once it shows a foreign page', () => {
    expect(isTrustedSender({ ...good, frameUrl: 'https://example.com/' })).toBe(false);
  });
});
