/** The embed node's public face: what the body's assembly and the features may use of it. */
export { Embed } from './embed';
export type { EmbedOptions } from './embed-options';
