import type { CDPSession } from 'playwright-core';

/**
 * Real keystrokes for Ukrainian letters. Playwright's keyboard only knows the US layout and sends other
 * characters as a bare `insertText` (no keydown, no keypress), which is not what a journalist's keyboard
 * does; so keys go through CDP as on a Ukrainian (ЙЦУКЕН) layout: keydown, keypress, native input, keyup.
 */
const PHYSICAL_KEYS: Record<string, readonly [code: string, keyCode: number]> = {
  й: ['KeyQ', 81],
  ц: ['KeyW', 87],
  у: ['KeyE', 69],
  к: ['KeyR', 82],
  е: ['KeyT', 84],
  н: ['KeyY', 89],
  г: ['KeyU', 85],
  ш: ['KeyI', 73],
  щ: ['KeyO', 79],
  з: ['KeyP', 80],
  х: ['BracketLeft', 219],
  ї: ['BracketRight', 221],
  ф: ['KeyA', 65],
  і: ['KeyS', 83],
  в: ['KeyD', 68],
  а: ['KeyF', 70],
  п: ['KeyG', 71],
  р: ['KeyH', 72],
  о: ['KeyJ', 74],
  л: ['KeyK', 75],
  д: ['KeyL', 76],
  ж: ['Semicolon', 186],
  є: ['Quote', 222],
  я: ['KeyZ', 90],
  ч: ['KeyX', 88],
  с: ['KeyC', 67],
  м: ['KeyV', 86],
  и: ['KeyB', 66],
  т: ['KeyN', 78],
  ь: ['KeyM', 77],
  б: ['Comma', 188],
  ю: ['Period', 190],
  ґ: ['Backslash', 220],
  ' ': ['Space', 32],
};

export function isTypeable(char: string): boolean {
  return char in PHYSICAL_KEYS;
}

/** Lower-case letters and single spaces only: what `keyDown` can type. */
export function typeableText(text: string): string {
  return [...text.toLowerCase().replace(/\s+/g, ' ')].filter(isTypeable).join('').replace(/ {2,}/g, ' ');
}

/** Presses a key: keydown with its character (Chrome then sends keypress and inserts the text). */
export async function keyDown(cdp: CDPSession, char: string): Promise<void> {
  const key = describe(char);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: char, unmodifiedText: char, ...key });
}

/** Releases it; a typist's keyup comes tens of milliseconds after the character appears. */
export async function keyUp(cdp: CDPSession, char: string): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...describe(char) });
}

function describe(char: string) {
  const physical = PHYSICAL_KEYS[char];
  if (!physical) throw new Error(`no key for ${JSON.stringify(char)}`);
  const [code, keyCode] = physical;
  return { key: char, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
}
