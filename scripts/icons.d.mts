/** build/ of this repository. */
export declare const BUILD_DIR: string;
/** The sizes of the Linux icon theme. */
export declare const LINUX_SIZES: readonly number[];
/** The SVG drawn as a square PNG of `size` pixels. */
export declare function renderPng(svg: Buffer | string, size: number): Buffer;
/** Writes every icon into `outDir` (build/ by default) and returns the paths written. */
export declare function renderIcons(options?: { svgPath?: string; outDir?: string }): Promise<string[]>;
