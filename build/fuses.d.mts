import type { FuseV1Config } from '@electron/fuses';

export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges'
  | 'WasmTrapHandlers';

/** Fuse name → wanted state (true: on). */
export declare const EXPECTED_FUSES: Readonly<Record<FuseName, boolean>>;
/** The names @electron/fuses knows, in wire order. */
export declare const KNOWN_FUSES: readonly string[];
/** The configuration flipFuses takes: every fuse explicit. */
export declare function fuseConfig(options?: { resetAdHocDarwinSignature?: boolean }): FuseV1Config;
/** A wire byte as a word: on, off, removed, or the byte itself. */
export declare function stateName(byte: number): string;

export interface FuseDifference {
  fuse: string;
  expected: string;
  actual: string;
}
/** Differences between a wire as getCurrentFuseWire returns it and the table. */
export declare function compareFuseWire(wire: Record<string, string | number>): FuseDifference[];
/** A plain-text table of differences, one line per fuse. */
export declare function formatDifferences(differences: FuseDifference[]): string;
