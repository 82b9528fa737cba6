import path from 'node:path';
import { build } from 'vite';
import type { Doc } from '../shared/domain/doc';
import { startStaticServer, type StaticServer } from './static-server';

/** Builds bench/baseline (production mode) into bench/.build/baseline. */
export async function buildBaseline(root: string): Promise<string> {
  const outDir = path.join(root, 'bench/.build/baseline');
  await build({
    configFile: false,
    root: path.join(root, 'bench/baseline'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome130', reportCompressedSize: false },
  });
  return outDir;
}

/** Serves the built baseline with the document at ./doc.json. */
export async function startBaseline(root: string, doc: Doc): Promise<StaticServer> {
  const outDir = await buildBaseline(root);
  return startStaticServer(outDir, { '/doc.json': JSON.stringify(doc) });
}
