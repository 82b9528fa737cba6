import type { Locator } from '@playwright/test';

/**
 * What Chromium hands an editor on Ctrl+V: a paste event whose DataTransfer holds the clipboard flavours
 * (`text/html`, `text/plain`…), dispatched on `target` (the editable element).
 */
export async function pasteInto(target: Locator, flavours: Record<string, string>): Promise<void> {
  await target.evaluate((element, data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, flavours);
}
