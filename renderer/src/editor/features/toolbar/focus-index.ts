/** Arrow keys of a list and how far each moves: `{ ArrowDown: 1, ArrowUp: -1 }` for a menu, for instance. */
export type ArrowSteps = Partial<Record<string, number>>;

/**
 * Which of `count` items takes the focus when `key` is pressed on item `at` (WAI-ARIA lists of items: menus,
 * toolbars): the arrows of `steps` move and wrap around at the ends, Home and End go to the ends. Null for any
 * other key, and where there is no item to go to.
 */
export function focusIndexForKey(key: string, at: number, count: number, steps: ArrowSteps): number | null {
  if (count === 0) return null;
  const step = steps[key];
  if (step !== undefined) return (((at + step) % count) + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
