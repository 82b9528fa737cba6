// `node scripts/icons.mjs`: renders build/icon.svg, the one icon source, into what each OS's installer takes:
// build/icons/<n>x<n>.png (Linux), build/icon.png (1024 px), build/icon.ico (Windows), build/icon.icns (macOS).
// Run by `npm run dist` before electron-builder; the outputs are generated, so they are not committed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

export const BUILD_DIR = fileURLToPath(new URL('../build/', import.meta.url));
/** The sizes of the Linux icon theme (hicolor) a desktop entry may ask for. */
export const LINUX_SIZES = Object.freeze([16, 24, 32, 48, 64, 128, 256, 512, 1024]);

/** The SVG drawn as a square PNG of `size` pixels. */
export function renderPng(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** Writes every icon into `outDir` (build/ by default) and returns the paths written. */
export async function renderIcons({ svgPath = path.join(BUILD_DIR, 'icon.svg'), outDir = BUILD_DIR } = {}) {
  const svg = await readFile(svgPath);
  const written = [];
  const write = async (file, bytes) => {
    if (!bytes) throw new Error(`Could not make ${file} from ${svgPath}`);
    await writeFile(file, bytes);
    written.push(file);
  };
  await mkdir(path.join(outDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) await write(path.join(outDir, 'icons', `${size}x${size}.png`), renderPng(svg, size));
  const large = renderPng(svg, 1024);
  await write(path.join(outDir, 'icon.png'), large);
  // PNG entries from 64 px up and bitmaps below, as Windows Explorer shows best in an executable.
  await write(path.join(outDir, 'icon.ico'), png2icons.createICO(large, png2icons.BICUBIC, 0, false, true));
  await write(path.join(outDir, 'icon.icns'), png2icons.createICNS(large, png2icons.BICUBIC, 0));
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const written = await renderIcons();
  console.log(`Іконки: ${written.length} файлів у build/`);
}
