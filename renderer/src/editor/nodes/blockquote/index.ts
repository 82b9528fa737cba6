/** The quote node's public face: what the body's assembly and the features may use of it. */
export { BlockquoteWithAttribution } from './blockquote-with-attribution';
export type { BlockquoteWithAttributionOptions } from './blockquote-options';
