// A file that carries Electron's fuse wire, built from the format @electron/fuses documents and reads
// (node_modules/@electron/fuses/dist/index.js): the sentinel string, one byte of wire version, one byte of
// wire length, then one byte per fuse ('0' off, '1' on, 'r' removed). It is the wire format only, not a real
// Electron: nothing here runs; the packages that flip and read fuses cannot tell the difference.
import { writeFile } from 'node:fs/promises';

export const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults, in wire order: RunAsNode on, cookie encryption off, … WasmTrapHandlers on. */
export const ELECTRON_DEFAULT_WIRE = '101100011';

const BEFORE = Buffer.from('\x7fELF fake executable: machine code would be here\n'.repeat(40));
const AFTER = Buffer.from('\nmore machine code after the wire\n'.repeat(40));

/** Writes a file whose fuse wire is `wire` (one character per fuse) and returns where the wire's bytes start. */
export async function writeFuseFile(file: string, wire = ELECTRON_DEFAULT_WIRE): Promise<number> {
  const header = Buffer.concat([BEFORE, Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, wire.length])]);
  await writeFile(file, Buffer.concat([header, Buffer.from(wire, 'latin1'), AFTER]), { mode: 0o755 });
  return header.length;
}
