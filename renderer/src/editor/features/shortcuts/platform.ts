/** What the browser tells about the machine; both fields may be missing (userAgentData is Chromium-only). */
export interface NavigatorLike {
  platform?: string;
  userAgentData?: { platform?: string };
}

/**
 * Whether keys are shown the Apple way (⌘, ⌥, ⇧) rather than Ctrl, Alt, Shift. The one place that decides,
 * so tooltips, menus and the help sheet never disagree.
 */
export function isApplePlatform(
  nav: NavigatorLike | undefined = globalThis.navigator as NavigatorLike | undefined,
): boolean {
  const name = nav?.userAgentData?.platform || nav?.platform || '';
  return /mac|iphone|ipad|ipod/i.test(name);
}
