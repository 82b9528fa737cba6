import { afterEach, describe, expect, it } from 'vitest';
import { scrollParent, seenArea } from '../../../../../renderer/src/editor/features/scroll/scroll-parent';

afterEach(() => document.body.replaceChildren());

/** column > wrapper > editor, the column styled as given. */
function nest(columnStyle: string): { column: HTMLElement; editor: HTMLElement } {
  const column = document.createElement('section');
  column.setAttribute('style', columnStyle);
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', 'overflow: visible');
  const editor = document.createElement('div');
  wrapper.append(editor);
  column.append(wrapper);
  document.body.append(column);
  return { column, editor };
}

describe('scrollParent', () => {
  it.each(['auto', 'scroll'])('finds the nearest ancestor with overflow-y: %s', (overflow) => {
    const { column, editor } = nest(`overflow-y: ${overflow}`);
    expect(scrollParent(editor)).toBe(column);
  });

  it('is null when no ancestor below the body scrolls (the page itself does)', () => {
    const { editor } = nest('overflow-y: hidden');
    expect(scrollParent(editor)).toBeNull();
  });

  it('does not count the element itself', () => {
    const { column } = nest('overflow-y: auto');
    expect(scrollParent(column)).toBeNull();
  });
});

describe('seenArea', () => {
  it('is the box less the scroll padding at the top and bottom', () => {
    const { column } = nest('overflow-y: auto; scroll-padding-top: 110px; scroll-padding-bottom: 8px');
    column.getBoundingClientRect = () => new DOMRect(0, 40, 600, 700);
    expect(seenArea(column)).toEqual({ top: 150, bottom: 732 });
  });

  it('is the whole box without scroll padding', () => {
    const { column } = nest('overflow-y: auto');
    column.getBoundingClientRect = () => new DOMRect(0, 40, 600, 700);
    expect(seenArea(column)).toEqual({ top: 40, bottom: 740 });
  });
});
