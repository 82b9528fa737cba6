import type { Page } from '@playwright/test';

/** Calls the host's API from the page, as the page's own code (or a forged request) would. */
export async function callFromPage(
  page: Page,
  method: string,
  input: unknown,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ([name, args]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    [method, input] as const,
  );
}
