import { z } from '../../../../shared/validation/zod';

/*
 * The parts of WordPress's REST answers this target reads (`_fields` asks for just these). An answer of
 * another shape is not a WordPress we can work with: the caller reports it as such.
 */

const Raw = z.object({ raw: z.string() });

export const MeShape = z.object({
  id: z.number().int(),
  /** What the login may do (`publish_posts`, `upload_files`, …), with `context=edit` on `users/me`. */
  capabilities: z.record(z.string(), z.boolean()).default({}),
});
export type Me = z.infer<typeof MeShape>;

export const PostShape = z.object({
  id: z.number().int(),
  link: z.string(),
  status: z.string(),
  slug: z.string(),
  content: Raw,
});
export type Post = z.infer<typeof PostShape>;
export const PostListShape = z.array(PostShape);

export const MediaShape = z.object({
  id: z.number().int(),
  slug: z.string(),
  source_url: z.string(),
  alt_text: z.string().default(''),
  caption: Raw.default({ raw: '' }),
  media_details: z
    .object({ width: z.number().optional(), height: z.number().optional() })
    .partial()
    .or(z.array(z.unknown()))
    .default({}),
});
export type Media = z.infer<typeof MediaShape>;
export const MediaListShape = z.array(MediaShape);

export const TermShape = z.object({ id: z.number().int(), name: z.string() });
export const TermListShape = z.array(TermShape);

export const UserListShape = z.array(z.object({ id: z.number().int() }));

/** `term_exists`'s answer carries the existing term's id. */
export const TermExistsShape = z.object({ data: z.object({ term_id: z.number().int() }) });

export const POST_FIELDS = 'id,link,status,slug,content.raw';
// Not `caption.raw`: 6.1 drops a nested field of an attachment's caption (measured), so the whole caption comes.
export const MEDIA_FIELDS = 'id,slug,source_url,alt_text,caption,media_details';
