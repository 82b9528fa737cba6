import type { Page } from '@playwright/test';

/** The leave-the-page dialogs the browser shows from now on, each answered «leave» (the journalist goes anyway). */
export function leavePrompts(page: Page): string[] {
  const shown: string[] = [];
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') shown.push(dialog.message());
    void dialog.accept();
  });
  return shown;
}
