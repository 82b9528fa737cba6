import { describe, expect, it } from 'vitest';
import { guardWebContents, type GuardableContents, type GuardedEvent } from '../../../electron/main/contents-guards';

type Listener = (event: GuardedEvent & { url: string }) => void;

/** A stand-in webContents: keeps what the guards register and records every answer they give. */
class RecordingContents implements GuardableContents {
  readonly listeners = new Map<string, Listener>();
  windowOpen: ((details: { url: string }) => { action: 'deny' }) | null = null;
  readonly opened: string[] = [];
  navigations = 0;
  redirects = 0;
  windows = 0;
  webviews = 0;

  constructor() {
    guardWebContents(this, (url) => this.opened.push(url));
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpen = handler;
  }

  /** Emits an event as Electron would; true when the guard let it happen. */
  private emit(name: string, url: string): boolean {
    let prevented = false;
    this.listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
    return !prevented;
  }

  navigate(url: string): void {
    if (this.emit('will-navigate', url)) this.navigations += 1;
  }

  redirect(url: string): void {
    if (this.emit('will-redirect', url)) this.redirects += 1;
  }

  attachWebview(): void {
    if (this.emit('will-attach-webview', '')) this.webviews += 1;
  }

  openWindow(url: string): void {
    if (this.windowOpen?.({ url }).action !== 'deny') this.windows += 1;
  }
}

/** Forms a page, a pasted text or a hostile article can hand the window: none may navigate it or open a window. */
const REFUSED = [
  // Script and local files, in every case and with the noise browsers forgive.
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'FILE:///C:/Windows/System32/calc.exe',
  'file://host/share/payload.exe',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:https://example.com/0f0e0d0c',
  // UNC paths: a Windows share, in both slash styles, and the long form.
  '\\\\host\\share\\payload.exe',
  '//host/share/payload.exe',
  '\\\\?\\UNC\\host\\share\\payload.exe',
  // Custom schemes that start programs.
  'ms-msdt:/id PCWDiagnostic /skip force /param "IT_BrowseForFile=calc"',
  'search-ms:query=invoice&crumb=location:\\\\evil.example\\share',
  'ms-officecmd:{"id":1}',
  'vscode://file/etc/passwd',
  'vscode:extension/evil.pack',
  'smb://host/share',
  'SMB://HOST/SHARE',
  'ftp://example.com/file',
  'ssh://example.com',
  'git://example.com/repo',
  'tel:+380441234567',
  'sms:+380441234567',
  'intent://scan/#Intent;scheme=zxing;end',
  'view-source:https://example.com/',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'ws://example.com/socket',
  // Look-alikes of the app and credential tricks.
  'app://evil/',
  'app://shpalta.evil.example/',
  'app://shpalta@evil/',
  'https://app@evil.example/',
  'https://app:shpalta@evil.example/',
  'https://bank.example@evil.example/',
  'mailto:',
  'https://',
  'not a url',
  '',
];

/** Web and mail links: the window still stays, the address goes to the system's browser or mail client. */
const OPENED_OUTSIDE: [string, string][] = [
  ['https://example.com/news', 'https://example.com/news'],
  ['http://example.com/', 'http://example.com/'],
  ['HtTpS://EXAMPLE.com/Path', 'https://example.com/Path'],
  ['https://site.com.evil.com/', 'https://site.com.evil.com/'],
  ['  https://example.com/\n', 'https://example.com/'],
  ['https://exam\tple.com/', 'https://example.com/'],
  ['mailto:news@example.com', 'mailto:news@example.com'],
  ['MAILTO:news@example.com?subject=x', 'mailto:news@example.com?subject=x'],
];

describe('web contents guards, driven with a recording stand-in', () => {
  it('registers every guard on the contents it is given', () => {
    const contents = new RecordingContents();
    expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(contents.windowOpen).not.toBeNull();
  });

  it.each(REFUSED)('%j: no navigation, no redirect, no window, nothing opened outside', (url) => {
    const contents = new RecordingContents();
    contents.navigate(url);
    contents.redirect(url);
    contents.openWindow(url);
    expect(contents.navigations).toBe(0);
    expect(contents.redirects).toBe(0);
    expect(contents.windows).toBe(0);
    expect(contents.opened).toEqual([]);
  });

  it.each(OPENED_OUTSIDE)('%j: the window stays; the system opens %j', (url, parsed) => {
    const contents = new RecordingContents();
    contents.navigate(url);
    contents.redirect(url);
    contents.openWindow(url);
    expect(contents.navigations).toBe(0);
    expect(contents.redirects).toBe(0);
    expect(contents.windows).toBe(0);
    // Once for the navigation, once for the window; a redirect is never sent outside.
    expect(contents.opened).toEqual([parsed, parsed]);
  });

  it('lets the window move only within its own page, and follows redirects only there', () => {
    const contents = new RecordingContents();
    contents.navigate('app://shpalta/');
    contents.navigate('app://SHPALTA/index.html#/article/x');
    contents.redirect('app://shpalta/index.html');
    expect(contents.navigations).toBe(2);
    expect(contents.redirects).toBe(1);
    contents.openWindow('app://shpalta/');
    expect(contents.windows).toBe(0);
    expect(contents.opened).toEqual([]);
  });

  it('never attaches a webview', () => {
    const contents = new RecordingContents();
    contents.attachWebview();
    expect(contents.webviews).toBe(0);
  });

  it('over every form tried, hands the system only http, https and mailto addresses', () => {
    const contents = new RecordingContents();
    for (const url of [...REFUSED, ...OPENED_OUTSIDE.map(([form]) => form)]) {
      contents.navigate(url);
      contents.openWindow(url);
    }
    expect(contents.navigations).toBe(0);
    expect(contents.windows).toBe(0);
    expect(contents.opened).toHaveLength(OPENED_OUTSIDE.length * 2);
    for (const url of contents.opened) expect(['http:', 'https:', 'mailto:']).toContain(new URL(url).protocol);
  });
});
