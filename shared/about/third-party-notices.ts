import { z } from '../validation/zod';

/** Where the renderer finds the notices written at build time, relative to its page (out/renderer/). */
export const THIRD_PARTY_NOTICES_FILE = 'third-party-notices.json';

/**
 * How a component reaches the user: compiled into the bundles, carried in node_modules beside them, or a separate
 * data file (the Hunspell dictionary) that is read, never linked.
 */
export const SHIPPED = ['bundled', 'runtime', 'data'] as const;
export type Shipped = (typeof SHIPPED)[number];

const componentSchema = z.object({
  name: z.string().min(1),
  version: z.string(),
  /** An SPDX expression from the package's manifest, or UNKNOWN. */
  license: z.string(),
  /** The package's own LICENSE/LICENCE/COPYING text; null when it has none. */
  licenseText: z.string().nullable(),
  shipped: z.enum(SHIPPED),
  /** Where its source is (the manifest's repository), when it says. */
  source: z.string().nullable(),
});
export type Component = z.infer<typeof componentSchema>;

/** What scripts/third-party-notices.mjs writes and the «Про програму» dialog reads. */
export const thirdPartyNoticesSchema = z.object({
  app: z.object({ name: z.string(), version: z.string(), license: z.string(), licenseText: z.string() }),
  components: z.array(componentSchema),
});
export type ThirdPartyNotices = z.infer<typeof thirdPartyNoticesSchema>;
