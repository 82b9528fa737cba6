/** The figure node's public face: what the body's assembly and the features (paste) may use of it. */
export { Figure } from './figure';
export type { FigureOptions, FigureStorage } from './figure-options';
export { FigureUpload } from './figure-upload';
export { insertFigure } from './insert-figure';
export { RenditionError, storeImage, type RenditionReport } from './image-import';
export { announceRendition } from './rendition-notice';
