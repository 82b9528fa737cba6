// `node scripts/merge-update-metadata.mjs <downloaded artifacts> <release folder>`: gathers every runner's
// installers into one folder for the GitHub release. Each runner builds one arch, so Windows' latest.yml and
// macOS' latest-mac.yml come twice (x64 and arm64): they are merged into one file listing both, from which
// electron-updater picks the file whose name carries its arch. Linux already writes one file per arch.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';

const UPDATE_INFO = /^latest(-[a-z0-9-]+)?\.yml$/;

/** One update info from several runners' copies of the same file (parsed YAML objects). */
export function mergeUpdateInfo(infos) {
  if (infos.length === 0) throw new Error('Nothing to merge');
  const versions = new Set(infos.map((info) => info.version));
  if (versions.size !== 1) throw new Error(`Update files of different versions: ${[...versions].join(', ')}`);
  // The legacy single-file fields (path, sha512) and the first file name the x64 build, as electron-builder
  // writes for one arch; an updater that finds no file of its own arch takes the first.
  const primary = infos.find((info) => /x64|x86_64|amd64/.test(String(info.path))) ?? infos[0];
  const files = [];
  for (const info of [primary, ...infos.filter((other) => other !== primary)]) {
    for (const file of info.files ?? []) {
      const same = files.find((known) => known.url === file.url);
      if (same && same.sha512 !== file.sha512) throw new Error(`Two different files named ${file.url}`);
      if (!same) files.push(file);
    }
  }
  const releaseDate = infos
    .map((info) => String(info.releaseDate ?? ''))
    .sort()
    .at(-1);
  return { ...primary, files, ...(releaseDate ? { releaseDate } : {}) };
}

async function filesUnder(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

/** Copies every installer into `outDir` once and writes the merged update files; returns the names written. */
export async function collectRelease(inDir, outDir) {
  await mkdir(outDir, { recursive: true });
  const updateInfos = new Map();
  const copied = new Map();
  for (const file of await filesUnder(inDir)) {
    const name = path.basename(file);
    if (UPDATE_INFO.test(name)) {
      const list = updateInfos.get(name) ?? [];
      list.push(yaml.load(await readFile(file, 'utf8')));
      updateInfos.set(name, list);
      continue;
    }
    const bytes = await readFile(file);
    const earlier = copied.get(name);
    if (earlier && !earlier.equals(bytes)) throw new Error(`Two different files named ${name}`);
    if (!earlier) {
      await copyFile(file, path.join(outDir, name));
      copied.set(name, bytes);
    }
  }
  for (const [name, infos] of updateInfos) {
    await writeFile(path.join(outDir, name), yaml.dump(mergeUpdateInfo(infos), { lineWidth: -1 }));
  }
  return [...copied.keys(), ...updateInfos.keys()].sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [inDir, outDir] = process.argv.slice(2);
  if (!inDir || !outDir) {
    console.error('Usage: node scripts/merge-update-metadata.mjs <downloaded artifacts> <release folder>');
    process.exit(2);
  }
  for (const name of await collectRelease(inDir, outDir)) console.log(name);
}
