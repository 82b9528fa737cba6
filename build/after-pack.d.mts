/** The fields of electron-builder's AfterPackContext the hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}

/** The Electron binary (or .app bundle) electron-builder just packed. */
export declare function packagedBinary(context: PackedApp): string;
/** Flips the fuses of build/fuses.mjs and fails when reading them back differs. */
export declare function afterPack(context: PackedApp): Promise<void>;
export default afterPack;
