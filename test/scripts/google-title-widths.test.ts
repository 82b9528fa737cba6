import { describe, expect, it } from 'vitest';
import { readAdvanceWidths, renderModule } from '../../scripts/google-title-widths.mjs';

const u16 = (...values: number[]) => {
  const bytes = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => bytes.writeUInt16BE(v & 0xffff, i * 2));
  return bytes;
};
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** A TrueType file with only the tables the script reads, laid out as the OpenType spec says. */
function tinyFont(): Buffer {
  const head = Buffer.alloc(54);
  head.writeUInt16BE(1000, 18); // unitsPerEm
  const hhea = Buffer.alloc(36);
  hhea.writeUInt16BE(3, 34); // numberOfHMetrics: glyphs from 3 on take the last advance
  const hmtx = u16(500, 0, 600, 0, 700, 0);
  // cmap format 4 with three segments: A–B by idDelta, і–ї through glyphIdArray (ї unmapped), the 0xFFFF end.
  const format4 = Buffer.concat([
    u16(4, 0, 0, 6, 4, 1, 2),
    u16(0x42, 0x457, 0xffff),
    u16(0),
    u16(0x41, 0x456, 0xffff),
    u16(1 - 0x41, 0, 1),
    u16(0, 4, 0),
    u16(3, 0),
  ]);
  format4.writeUInt16BE(format4.length, 2);
  const cmap = Buffer.concat([u16(0, 1), u16(3, 1), Buffer.from([0, 0, 0, 12]), format4]);
  const fullName = utf16be('Tiny Sans');
  const version = utf16be('Version 9.9');
  const name = Buffer.concat([
    u16(0, 2, 30),
    u16(3, 1, 0x409, 4, fullName.length, 0),
    u16(3, 1, 0x409, 5, version.length, fullName.length),
    fullName,
    version,
  ]);
  const tables: Array<[string, Buffer]> = [
    ['cmap', cmap],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['name', name],
  ];
  const directory = Buffer.alloc(12 + tables.length * 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tables.length, 4);
  let offset = directory.length;
  tables.forEach(([tag, data], i) => {
    const record = 12 + i * 16;
    directory.write(tag, record, 'latin1');
    directory.writeUInt32BE(offset, record + 8);
    directory.writeUInt32BE(data.length, record + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...tables.map(([, data]) => data)]);
}

describe('readAdvanceWidths', () => {
  const widths = readAdvanceWidths(tinyFont(), [
    [0x41, 0x43],
    [0x456, 0x457],
  ]);

  it('reads units per em and the names', () => {
    expect(widths).toMatchObject({ unitsPerEm: 1000, fullName: 'Tiny Sans', version: 'Version 9.9' });
  });

  it('maps code points through both kinds of cmap segment, leaving out those without a glyph', () => {
    expect(widths.runs).toEqual([
      [0x41, [600, 700]],
      [0x456, [700]],
    ]);
  });
});

describe('renderModule', () => {
  it('writes the runs with their first code point in hex', () => {
    const text = renderModule(
      { fullName: 'Tiny Sans', version: 'Version 9.9', unitsPerEm: 1000, runs: [[0x41, [600, 700]]] },
      'tiny.ttf',
    );
    expect(text).toContain('unitsPerEm: 1000');
    expect(text).toContain('[0x0041, [600, 700]]');
    expect(text).toContain('tiny.ttf');
  });
});
