/** node_modules/electron of this repository. */
export declare const DEFAULT_ELECTRON_DIR: string;

/** The absolute path of the Electron executable, or null when it is not installed. */
export declare function findElectronBinary(electronDir?: string): string | null;
