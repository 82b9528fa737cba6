/** shared/share/google-title-widths.ts, which the script writes. */
export declare const OUTPUT: string;

/** The code points the table covers, as inclusive [first, last] ranges. */
export declare const CODE_POINT_RANGES: ReadonlyArray<readonly [number, number]>;

/** Characters drawn with another character's glyph when the font lacks their own. */
export declare const SAME_GLYPH_AS: ReadonlyMap<number, number>;

export interface FontWidths {
  fullName: string;
  version: string;
  unitsPerEm: number;
  runs: Array<[first: number, widths: number[]]>;
}

/** The advance widths of a TrueType font for the code points it has, as runs of consecutive code points. */
export declare function readAdvanceWidths(font: Buffer, ranges?: ReadonlyArray<readonly [number, number]>): FontWidths;

/** The TypeScript module with the table, before Prettier lays it out. */
export declare function renderModule(widths: FontWidths, fontFile: string): string;
