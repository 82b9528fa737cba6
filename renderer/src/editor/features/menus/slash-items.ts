import type { Editor } from '@tiptap/core';
import type { Translate } from '../../../i18n/i18n';
import type { PlainKey } from '../../../i18n/i18n';

/** A block the journalist can insert: from the slash menu, and from the toolbar's «Вставити» list. */
export interface SlashItem {
  id: string;
  /** The name shown, in the UI's language. */
  label: PlainKey;
  /** More words that find it, in Ukrainian and English, lowercase (the label always finds it too). */
  keywords: readonly string[];
  /** Inserts the block at the cursor (dialogs for images, embeds and «Читайте також» ask first). */
  run(editor: Editor): void;
}

/** The body's blocks, in the order a newsroom reaches for them. */
export const SLASH_ITEMS: readonly SlashItem[] = [
  {
    id: 'heading2',
    label: 'slash.heading2',
    keywords: ['заголовок', 'підзаголовок', 'h2', 'heading', 'title'],
    run: (editor) => editor.chain().focus().setHeading({ level: 2 }).run(),
  },
  {
    id: 'heading3',
    label: 'slash.heading3',
    keywords: ['заголовок', 'підзаголовок', 'h3', 'heading', 'subheading'],
    run: (editor) => editor.chain().focus().setHeading({ level: 3 }).run(),
  },
  {
    id: 'bulletList',
    label: 'slash.bulletList',
    keywords: ['список', 'маркери', 'пункти', 'list', 'bullet', 'ul'],
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'slash.orderedList',
    keywords: ['список', 'нумерація', 'номери', 'list', 'numbered', 'ordered', 'ol'],
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'blockquote',
    label: 'slash.blockquote',
    keywords: ['цитата', 'пряма мова', 'quote', 'blockquote'],
    run: (editor) => editor.chain().focus().toggleBlockquote().run(),
  },
  {
    id: 'image',
    label: 'slash.image',
    keywords: ['зображення', 'фото', 'картинка', 'світлина', 'image', 'photo', 'picture', 'figure'],
    run: (editor) => editor.chain().focus().openImageDialog().run(),
  },
  {
    id: 'embed',
    label: 'slash.embed',
    keywords: ['вбудувати', 'допис', 'пост', 'відео', 'телеграм', 'ютуб', 'твіттер', 'фейсбук', 'embed', 'post'],
    run: (editor) => editor.chain().focus().openEmbedDialog().run(),
  },
  {
    id: 'readAlso',
    label: 'slash.readAlso',
    keywords: ['читайте також', 'посилання', 'стаття', 'related', 'read also', 'link'],
    run: (editor) => editor.chain().focus().openReadAlsoPicker().run(),
  },
  {
    id: 'recap',
    label: 'slash.recap',
    keywords: ['нагадаємо', 'нагадування', 'recap', 'reminder', 'background'],
    run: (editor) => editor.chain().focus().setRecap().run(),
  },
  {
    id: 'table',
    label: 'editor.table.insert',
    keywords: ['таблиця', 'рядки', 'стовпці', 'результати', 'table', 'grid', 'rows', 'columns'],
    run: (editor) => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  {
    id: 'horizontalRule',
    label: 'slash.horizontalRule',
    keywords: ['розділювач', 'лінія', 'риска', 'divider', 'rule', 'hr', 'separator'],
    run: (editor) => editor.chain().focus().setHorizontalRule().run(),
  },
];

/** Folds case and the apostrophe's many spellings, so `пряма` and `ПРЯМА`, `п'ять` and `п’ять` match. */
function fold(text: string): string {
  return text
    .toLocaleLowerCase('uk')
    .replace(/[’ʼ'`]/g, '’')
    .trim();
}

/**
 * Items whose label (in the UI's language) or keywords contain every word typed after `/`, with items
 * whose label starts with the query first: `/наг` finds «Нагадаємо», `/hr` the divider.
 */
export function filterSlashItems(items: readonly SlashItem[], query: string, t: Translate): SlashItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  const scored = items.flatMap((item) => {
    const label = fold(t(item.label));
    const haystack = [label, ...item.keywords.map(fold)];
    if (!words.every((word) => haystack.some((entry) => entry.includes(word)))) return [];
    const first = words[0] ?? '';
    const rank = label.startsWith(first) ? 0 : haystack.some((entry) => entry.startsWith(first)) ? 1 : 2;
    return [{ item, rank }];
  });
  // Array.prototype.sort is stable: equal ranks keep the menu's order.
  return scored.sort((a, b) => a.rank - b.rank).map(({ item }) => item);
}
