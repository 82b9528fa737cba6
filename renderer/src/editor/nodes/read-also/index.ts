/** The «Читайте також» node's public face: what the body's assembly and the features may use of it. */
export { ReadAlso } from './read-also';
export type { ReadAlsoOptions } from './read-also-options';
