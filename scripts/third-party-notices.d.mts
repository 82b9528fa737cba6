import type { Metafile } from 'esbuild';
import type { Plugin } from 'vite';
import type { Component, Shipped, ThirdPartyNotices } from '../shared/about/third-party-notices';

export type { Component, Shipped };
export type Notices = ThirdPartyNotices;

export const NOTICES_JSON: string;
export const NOTICES_TEXT: string;
export const DICTIONARY: { packageName: string; folder: string; files: string[]; licenseFile: string };

export const EMBEDDED: {
  within: string;
  name: string;
  license: string;
  licenseText: string;
  source: string;
}[];

export function packageFolderOf(file: string): string | null;
export function metafileInputs(metafile: Metafile, workingDir: string): string[];
export function bundledModulesRecorder(): { plugin: () => Plugin; files: Set<string> };
export function runtimePackageFolders(projectRoot: string, roots: string[]): string[];
export function licenseOf(manifest: Record<string, unknown>): string | null;
export function readComponent(folder: string, shipped: Shipped): Component;
export function collectComponents(input: {
  projectRoot: string;
  bundledFiles: Iterable<string>;
  runtimeRoots: string[];
  dictionary?: boolean;
}): Component[];
export function noticesOf(input: { projectRoot: string; components: Component[] }): Notices;
export function noticesText(notices: Notices): string;
export function writeThirdPartyNotices(input: {
  projectRoot: string;
  outDir: string;
  bundledFiles: Iterable<string>;
  runtimeRoots: string[];
}): Notices;
export function repositoryOf(manifest: Record<string, unknown>): string | null;
