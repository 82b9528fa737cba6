import { z } from '../validation/zod';

/** A ProseMirror/TipTap JSON node, as stored in article files. Node types are checked by the editor schema. */
export interface DocMark {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: DocNode[] | undefined;
  marks?: DocMark[] | undefined;
  text?: string | undefined;
}

const DocMarkSchema = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).optional(),
    marks: z.array(DocMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

export const DocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(DocNodeSchema).optional(),
});
export type Doc = z.infer<typeof DocSchema>;

export function emptyDoc(): Doc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/**
 * The document as the editor keeps it: with an empty paragraph after a last block that is not one (a figure,
 * a list, a recap), where the journalist can go on typing. Applied before the editor opens a body, so that
 * opening an article never counts as an edit of it.
 */
export function withTrailingParagraph(doc: Doc): Doc {
  const content = doc.content ?? [];
  if (content.at(-1)?.type === 'paragraph') return doc;
  return { ...doc, content: [...content, { type: 'paragraph' }] };
}

/** A document of plain paragraphs; used for seeding and tests. */
export function docFromParagraphs(paragraphs: readonly string[]): Doc {
  return {
    type: 'doc',
    content: paragraphs.map((text) =>
      text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
    ),
  };
}
