import { Fragment, Slice, type Mark, type Schema } from '@tiptap/pm/model';
import { withoutMarkers } from './image-markers';

/**
 * Plain text as paragraphs: every line break ends a paragraph and blank lines only separate them (Word
 * and Google Docs put one line break between paragraphs, e-mails and PDFs a blank line).
 */
export function plainTextParagraphs(text: string): string[] {
  return withoutMarkers(text)
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/\t/g, ' ').trimEnd())
    .filter((line) => line.trim() !== '');
}

/** A slice of unformatted paragraphs (with the given marks, none for Ctrl+Shift+V) for ProseMirror to insert. */
export function plainTextSlice(schema: Schema, text: string, marks: readonly Mark[] = []): Slice {
  const paragraph = schema.nodes.paragraph;
  if (!paragraph) return Slice.empty;
  const blocks = plainTextParagraphs(text).map((line) => paragraph.create(null, schema.text(line, marks)));
  return new Slice(Fragment.from(blocks), 0, 0);
}
