// The one table of Electron fuses for Шпальта's installers: build/after-pack.mjs flips them while packaging,
// scripts/check-fuses.mjs reads a packaged binary back and compares. Every fuse of the wire is named here,
// so an Electron that adds one fails the build (strictlyRequireAllFuses) until someone decides its value.
import { FuseState, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Fuse name (as in @electron/fuses' FuseV1Options) → wanted state. */
export const EXPECTED_FUSES = Object.freeze({
  // The binary can never be run as plain Node (ELECTRON_RUN_AS_NODE): the app forks no Node processes.
  RunAsNode: false,
  // Chromium's cookie store is encrypted with the OS keychain, as Chrome does.
  EnableCookieEncryption: true,
  // NODE_OPTIONS and --inspect/--inspect-brk cannot inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the header hash electron-builder embeds (macOS and Windows; Linux has no check).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only resources/app.asar is loaded, never a loose resources/app folder put beside it.
  OnlyLoadAppFromAsar: true,
  // No custom V8 snapshot is shipped: Electron's default (off).
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The page is served from app://, never file://: file:// keeps no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default (on): V8's guard pages for WebAssembly (the Hunspell worker runs wasm).
  WasmTrapHandlers: true,
});

/** The names @electron/fuses knows, in wire order (the enum's numeric members). */
export const KNOWN_FUSES = Object.freeze(
  Object.keys(FuseV1Options)
    .filter((key) => Number.isNaN(Number(key)))
    .sort((a, b) => FuseV1Options[a] - FuseV1Options[b]),
);

/** The configuration flipFuses takes: every fuse explicit. */
export function fuseConfig({ resetAdHocDarwinSignature = false } = {}) {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature };
  for (const [name, enabled] of Object.entries(EXPECTED_FUSES)) config[FuseV1Options[name]] = enabled;
  return config;
}

const STATE_NAMES = {
  [FuseState.ENABLE]: 'on',
  [FuseState.DISABLE]: 'off',
  [FuseState.REMOVED]: 'removed',
  [FuseState.INHERIT]: 'inherit',
};

/** A wire byte as a word: on, off, removed, or the byte itself when it is none of those. */
export function stateName(byte) {
  return STATE_NAMES[byte] ?? `byte ${byte}`;
}

/**
 * Differences between a wire as getCurrentFuseWire returns it ({ version, 0: byte, 1: byte, … }) and the
 * table: a fuse in another state, a fuse the table wants that the wire lacks, a fuse the table does not know.
 */
export function compareFuseWire(wire) {
  const differences = [];
  if (String(wire.version) !== FuseVersion.V1) {
    differences.push({ fuse: 'version', expected: FuseVersion.V1, actual: String(wire.version) });
    return differences;
  }
  const indexes = Object.keys(wire)
    .filter((key) => key !== 'version')
    .map(Number);
  for (const [name, enabled] of Object.entries(EXPECTED_FUSES)) {
    const index = FuseV1Options[name];
    const expected = enabled ? 'on' : 'off';
    const actual = index in wire ? stateName(wire[index]) : 'missing';
    if (actual !== expected) differences.push({ fuse: name, expected, actual });
  }
  for (const index of indexes) {
    const name = FuseV1Options[index];
    if (name === undefined || !(name in EXPECTED_FUSES)) {
      differences.push({
        fuse: name ?? `fuse #${index}`,
        expected: 'not in the table',
        actual: stateName(wire[index]),
      });
    }
  }
  return differences;
}

/** A plain-text table of differences, one line per fuse. */
export function formatDifferences(differences) {
  const rows = [['fuse', 'expected', 'actual'], ...differences.map((d) => [d.fuse, d.expected, d.actual])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
