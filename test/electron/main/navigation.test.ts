import { describe, expect, it } from 'vitest';
import { APP_START_URL, appRequestPath, isAppUrl } from '../../../electron/main/app-url';
import { decideNavigation, isAllowedRedirect } from '../../../electron/main/navigation';

describe('isAppUrl', () => {
  it.each(['app://shpalta/', 'app://shpalta/index.html', 'app://shpalta/articles/abc?x=1#top', 'app://SHPALTA/'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/',
    'app://shpalta.evil.example/',
    'app://shpalta@evil/',
    'app://user:pass@shpalta/',
    'app:shpalta/',
    'https://shpalta/',
    'file:///index.html',
    'about:blank',
    '',
    'not a url',
    null,
    undefined,
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('starts the window on the app origin', () => {
    expect(APP_START_URL).toBe('app://shpalta/');
  });
});

describe('appRequestPath', () => {
  it('gives the path of app requests only', () => {
    expect(appRequestPath('app://shpalta/assets/index-abc.js')).toBe('/assets/index-abc.js');
    expect(appRequestPath('app://shpalta/')).toBe('/');
    expect(appRequestPath('app://shpalta/../../etc/passwd')).toBe('/etc/passwd');
    expect(appRequestPath('app://other/index.html')).toBeNull();
    expect(appRequestPath('https://shpalta/index.html')).toBeNull();
  });
});

describe('decideNavigation', () => {
  it('stays inside the app', () => {
    expect(decideNavigation('app://shpalta/')).toBe('allow');
    expect(decideNavigation('app://shpalta/index.html#/article/x')).toBe('allow');
  });

  it('sends web and mail links to the system', () => {
    expect(decideNavigation('https://example.com/')).toBe('open-external');
    expect(decideNavigation('mailto:news@example.com')).toBe('open-external');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'app://evil/', 'chrome://settings', 'x'])(
    'refuses %s',
    (url) => {
      expect(decideNavigation(url)).toBe('deny');
    },
  );
});

describe('isAllowedRedirect', () => {
  it('follows redirects only inside the app', () => {
    expect(isAllowedRedirect('app://shpalta/index.html')).toBe(true);
    expect(isAllowedRedirect('https://example.com/')).toBe(false);
    expect(isAllowedRedirect('file:///etc/passwd')).toBe(false);
  });
});
