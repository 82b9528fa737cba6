// `node scripts/check-fuses.mjs <packaged binary or .app>`: reads the Electron fuses back from an installed or
// packaged app and compares them with build/fuses.mjs. Exit 0 when they match; else 1 and a table of differences.
import { getCurrentFuseWire } from '@electron/fuses';
import { pathToFileURL } from 'node:url';
import { compareFuseWire, formatDifferences } from '../build/fuses.mjs';

/** The differences for one binary ([] when every fuse is as the table says). */
export async function checkFuses(binary) {
  return compareFuseWire(await getCurrentFuseWire(binary));
}

async function main(args) {
  const [binary] = args;
  if (!binary || args.length !== 1) {
    console.error('Usage: node scripts/check-fuses.mjs <path to the packaged Electron binary or .app>');
    return 2;
  }
  const differences = await checkFuses(binary);
  if (differences.length > 0) {
    console.error(`Electron fuses of ${binary} differ from build/fuses.mjs:\n${formatDifferences(differences)}`);
    return 1;
  }
  console.log(`Electron fuses of ${binary} are as build/fuses.mjs says.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
