// Types for the readers the site page is checked with, which ship none: only what the tests call.

declare module 'structured-data-testing-tool' {
  export function structuredDataTest(html: string, options: { presets: unknown[] }): Promise<unknown>;
}

declare module 'structured-data-testing-tool/presets' {
  export const Google: unknown;
  export const Facebook: unknown;
  export const Twitter: unknown;
}

declare module 'jsdom' {
  export class JSDOM {
    /** `contentType: 'application/xml'` parses strict XML (the feed, the sitemap) and throws if not well-formed. */
    constructor(html: string, options?: { contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
