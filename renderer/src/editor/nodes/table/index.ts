/** The table nodes' public face: what the body's assembly and the features may use of them. */
export { BodyTable } from './table';
export { BodyTableCell, BodyTableHeader, BodyTableRow } from './table-cells';
export { TABLE_CAPTION_INPUT_CLASS, type BodyTableOptions } from './table-options';
