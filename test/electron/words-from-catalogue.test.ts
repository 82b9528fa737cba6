import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ELECTRON = path.resolve(import.meta.dirname, '../../electron');
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('electron/', () => {
  it('holds no Ukrainian word: every word a person reads comes from the catalogue (shared/i18n)', async () => {
    const files = (await readdir(ELECTRON, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts|js|mjs|cjs|json)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (CYRILLIC.test(line)) found.push(`${path.relative(ELECTRON, file)}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
