export interface UpdateFile {
  url: string;
  sha512: string;
  size?: number;
  [key: string]: unknown;
}
export interface UpdateInfo {
  version: string;
  files: UpdateFile[];
  path?: string;
  sha512?: string;
  releaseDate?: string;
  [key: string]: unknown;
}

/** One update info from several runners' copies of the same file. */
export declare function mergeUpdateInfo(infos: UpdateInfo[]): UpdateInfo;
/** Copies every installer into `outDir` once and writes the merged update files; returns the names written. */
export declare function collectRelease(inDir: string, outDir: string): Promise<string[]>;
