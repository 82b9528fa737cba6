import { z } from '../validation/zod';

/** The instant a publication is for: now, or a moment in the future (with its offset). */
export const PublishWhenSchema = z.union([z.literal('now'), z.iso.datetime({ offset: true })]);
export type PublishWhen = z.infer<typeof PublishWhenSchema>;
