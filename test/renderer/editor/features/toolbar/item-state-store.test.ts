import type { Editor } from '@tiptap/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ItemStateStore } from '../../../../../renderer/src/editor/features/toolbar/item-state-store';
import { TOOLBAR_ITEMS, type ToolbarItem } from '../../../../../renderer/src/editor/features/toolbar/toolbar-items';
import { createBodyEditor, typeText } from '../../support/body-editor';
import { installLayoutStubs } from '../../support/layout-stubs';

beforeAll(installLayoutStubs);

let editor: Editor;
afterEach(() => {
  if (!editor.isDestroyed) editor.destroy();
});

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The real bold and undo items, with a count of how often their state is asked for. */
function countedItems() {
  const asked = { count: 0 };
  const counted = (item: ToolbarItem): ToolbarItem => ({
    ...item,
    canRun: (state) => {
      asked.count += 1;
      return item.canRun(state);
    },
  });
  return { items: [counted(TOOLBAR_ITEMS.bold), counted(TOOLBAR_ITEMS.undo)], asked };
}

function subscribed(store: ItemStateStore) {
  const notified = { count: 0 };
  const unsubscribe = store.subscribe(() => notified.count++);
  return { notified, unsubscribe };
}

describe('ItemStateStore', () => {
  it('answers at once, and settles a burst of transactions once, after them (jsdom has no idle callbacks: in the next task)', async () => {
    editor = createBodyEditor('<p>Текст статті</p>');
    const { items, asked } = countedItems();
    const store = new ItemStateStore(editor, items);
    expect(store.getSnapshot().enabled).toEqual({ bold: true, undo: false });
    const { notified } = subscribed(store);
    await nextTask();
    asked.count = 0;

    editor.commands.focus('end');
    typeText(editor, ' і ще десять слів');
    // Nothing is asked inside the keystrokes' task.
    expect(asked.count).toBe(0);
    expect(store.getSnapshot().enabled.undo).toBe(false);
    await nextTask();
    expect(asked.count).toBe(items.length);
    expect(store.getSnapshot().enabled.undo).toBe(true);
    expect(notified.count).toBe(1);
  });

  it('tells React only when a flag changed', async () => {
    editor = createBodyEditor('<p>Текст <strong>жирний</strong></p>');
    const store = new ItemStateStore(editor, [TOOLBAR_ITEMS.bold]);
    const { notified } = subscribed(store);
    editor.commands.setTextSelection(2);
    await nextTask();
    const plain = store.getSnapshot();
    editor.commands.setTextSelection(3);
    await nextTask();
    expect(notified.count).toBe(0);
    expect(store.getSnapshot()).toBe(plain);
    editor.commands.setTextSelection(9);
    await nextTask();
    expect(notified.count).toBe(1);
    expect(store.getSnapshot().active.bold).toBe(true);
  });

  it('picks up what changed before the first subscriber, and a read-only switch (announced without a transaction)', async () => {
    editor = createBodyEditor('<p>Текст</p>');
    const store = new ItemStateStore(editor, [TOOLBAR_ITEMS.bold]);
    editor.setEditable(false, false);
    subscribed(store);
    await nextTask();
    expect(store.getSnapshot().enabled.bold).toBe(false);
    editor.setEditable(true);
    await nextTask();
    expect(store.getSnapshot().enabled.bold).toBe(true);
  });

  it('stops asking once the last subscriber is gone, and never reads a destroyed editor', async () => {
    editor = createBodyEditor('<p>Текст</p>');
    const { items, asked } = countedItems();
    const store = new ItemStateStore(editor, items);
    const { unsubscribe } = subscribed(store);
    await nextTask();
    asked.count = 0;
    editor.commands.insertContent('x');
    unsubscribe();
    await nextTask();
    expect(asked.count).toBe(0);

    subscribed(store);
    await nextTask();
    asked.count = 0;
    editor.commands.insertContent('y');
    editor.destroy();
    await nextTask();
    expect(asked.count).toBe(0);
  });
});
