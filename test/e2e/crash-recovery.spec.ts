import type { Browser, CDPSession, Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });

/**
 * The crashed tab, driven through the browser's own DevTools session: Playwright gives a crashed page up
 * (every later call answers "Page crashed"), but the tab lives on as the sad tab a person reloads, with its
 * sessionStorage. Commands go to the tab over Target.sendMessageToTarget.
 */
class CrashedTab {
  private nextId = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  private constructor(
    private readonly browser: CDPSession,
    private readonly sessionId: string,
  ) {
    browser.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.waiting.get(message.id)?.(message.result);
    });
  }

  static async attach(browser: Browser, url: string): Promise<CrashedTab> {
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'page' && info.url.startsWith(url));
    if (!target) throw new Error(`no tab at ${url}`);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new CrashedTab(session, sessionId);
  }

  send(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const answered = new Promise<unknown>((resolve) => this.waiting.set(id, resolve));
    const message = JSON.stringify({ id, method, params });
    void this.browser.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message });
    return answered;
  }

  /** The value of an expression in the tab's page, or null while the page cannot answer. */
  async evaluate(expression: string): Promise<unknown> {
    const answer = (await this.send('Runtime.evaluate', { expression, returnByValue: true })) as
      { result?: { value?: unknown } } | undefined;
    return answer?.result?.value ?? null;
  }
}

const NOTICE = `[...document.querySelectorAll('[role=alert]')].map((e) => e.textContent).join('|')`;
const HEADLINE = `document.querySelector('textarea[id$="-headline"]')?.value ?? null`;

test('after the page crashes with an article open, the reload does not reopen it and says so', async ({
  page,
  app,
  browser,
}) => {
  // Two page loads, a save and a crash: more than the default on a busy two-core machine.
  test.setTimeout(90_000);
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  const sample = await headline(page).inputValue();
  // A second article, newer than the sample: the one that opens by itself, and the one that "crashes".
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toBeFocused();
  await page.keyboard.type('Стаття, що звалила сторінку');
  await expect(page.locator('.save-state')).toContainText('Збережено');

  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const tab = await CrashedTab.attach(browser, app.origin);
  await tab.send('Page.reload');
  await expect.poll(() => tab.evaluate(NOTICE)).toContain('«Стаття, що звалила сторінку»');
  // The next newest opened instead.
  await expect.poll(() => tab.evaluate(HEADLINE)).toBe(sample);

  await tab.evaluate(
    `[...document.querySelectorAll('[role=alert] button')].find((b) => b.textContent === 'Відкрити статтю').click()`,
  );
  await expect.poll(() => tab.evaluate(HEADLINE)).toBe('Стаття, що звалила сторінку');
});

test('an ordinary reload reopens the article, with no crash notice', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await page.reload();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await expect(page.getByRole('alert').filter({ hasText: 'аварійно завершилася' })).toHaveCount(0);
});
