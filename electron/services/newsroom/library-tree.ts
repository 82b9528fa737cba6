import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { readBlob, readTree, type TreeEntry } from 'isomorphic-git';
import { OUTLET_FILE_NAME, OUTLET_LOGO_DIR } from '../../../shared/outlet/outlet-profile';
import { writeFileAtomic } from '../fs/atomic-write';
import { isCode } from '../fs/io-error';
import { blobEntry, TREE_MODE, writeArticleTree, writeFlatTree, type GitObjects } from '../versions/article-tree';
import { emptyTree, entryAt, treeEntries, withEntry } from './tree-edit';

/**
 * What a newsroom library shares, as paths of its tree: every article folder (`articles/<id>`, `trash/<id>`),
 * `outlet.json` and the logo folder. A unit is committed and written whole; nothing else in the folder
 * (locks, temp files, sync tools' copies, hidden files) is shared.
 */
export const ARTICLE_DIRS = ['articles', 'trash'] as const;

export function articleUnit(id: string, dir: (typeof ARTICLE_DIRS)[number] = 'articles'): string {
  return `${dir}/${id}`;
}

export const OUTLET_UNITS = [OUTLET_FILE_NAME, OUTLET_LOGO_DIR];

/**
 * The library folder and a Git tree of it, both ways: units built from the folder into trees, trees written
 * back into the folder. Only the subtrees of the named units are read or written, so a library of 10,000
 * articles costs what one article does.
 */
export class LibraryTree {
  constructor(
    private readonly git: GitObjects,
    readonly root: string,
  ) {}

  /** The root tree with the units in `units` as the folder holds them now (a unit gone from the folder is dropped). */
  async withUnitsFromDisk(rootTree: string | null, units: Iterable<string>): Promise<string> {
    let tree = rootTree;
    for (const unit of units) {
      const built = await this.buildUnit(unit, await entryAt(this.git, tree, unit));
      tree = await withEntry(this.git, tree, unit, built);
    }
    return tree ?? (await emptyTree(this.git));
  }

  /** The unit's entry in the folder as it is now; null when the folder does not have it. */
  async buildUnit(unit: string, previous: TreeEntry | null): Promise<TreeEntry | null> {
    const file = this.pathOf(unit);
    const name = unit.split('/').at(-1) as string;
    if (unit === OUTLET_FILE_NAME) {
      const bytes = await fsp.readFile(file).catch((error: unknown) => {
        if (isCode(error, 'ENOENT')) return null;
        throw error;
      });
      return bytes ? blobEntry(this.git, name, bytes) : null;
    }
    const known = previous?.type === 'tree' ? (await readTree({ ...this.git, oid: previous.oid })).tree : [];
    if (unit === OUTLET_LOGO_DIR) {
      const oid = await writeFlatTree(this.git, file, known).catch((error: unknown) => {
        if (isCode(error, 'ENOENT')) return null;
        throw error;
      });
      return oid ? { mode: TREE_MODE, path: name, oid, type: 'tree' } : null;
    }
    const built = await writeArticleTree(this.git, file, null, known, { newsroomCopies: true });
    return built ? { mode: TREE_MODE, path: name, oid: built.oid, type: 'tree' } : null;
  }

  /** The units that differ between two root trees (only differing subtrees are read). */
  async changedUnits(before: string | null, after: string | null): Promise<string[]> {
    if (before === after) return [];
    const [a, b] = await Promise.all([this.entriesOf(before), this.entriesOf(after)]);
    const changed: string[] = [];
    for (const name of OUTLET_UNITS) if (a.get(name)?.oid !== b.get(name)?.oid) changed.push(name);
    for (const dir of ARTICLE_DIRS) {
      const x = a.get(dir)?.oid ?? null;
      const y = b.get(dir)?.oid ?? null;
      if (x === y) continue;
      const [ax, by] = await Promise.all([this.entriesOf(x), this.entriesOf(y)]);
      for (const id of new Set([...ax.keys(), ...by.keys()])) {
        if (ax.get(id)?.oid !== by.get(id)?.oid) changed.push(articleUnit(id, dir));
      }
    }
    return changed;
  }

  /** The units the folder has now that `rootTree` lacks, and those it lacks that the tree has. */
  async unitsAddedOrGone(rootTree: string | null): Promise<string[]> {
    const tree = await this.entriesOf(rootTree);
    const found: string[] = [];
    for (const dir of ARTICLE_DIRS) {
      const inTree = new Set((await this.entriesOf(tree.get(dir)?.oid ?? null)).keys());
      const names = await fsp.readdir(path.join(this.root, dir)).catch(() => [] as string[]);
      const onDisk = new Set(names.filter((name) => !name.startsWith('.')));
      for (const id of onDisk) if (!inTree.has(id)) found.push(articleUnit(id, dir));
      for (const id of inTree) if (!onDisk.has(id)) found.push(articleUnit(id, dir));
    }
    return found;
  }

  /**
   * Writes the unit as `rootTree` has it into the folder: changed files atomically, files of `previousTree`'s
   * version that are gone removed. Files the Git trees never held (locks, copies) are left alone.
   */
  async writeUnit(unit: string, rootTree: string, previousTree: string | null): Promise<void> {
    const next = await entryAt(this.git, rootTree, unit);
    const before = await entryAt(this.git, previousTree, unit);
    await this.writeEntry(this.pathOf(unit), next, before);
  }

  private async writeEntry(target: string, next: TreeEntry | null, before: TreeEntry | null): Promise<void> {
    if (next?.oid === before?.oid && next !== null) {
      if (await exists(target)) return;
    }
    if (next === null) {
      if (before?.type === 'tree') {
        for (const entry of (await readTree({ ...this.git, oid: before.oid })).tree) {
          await this.writeEntry(path.join(target, entry.path), null, entry);
        }
        await fsp.rmdir(target).catch(() => undefined); // a folder that still holds something local stays
      } else if (before) {
        await fsp.rm(target, { force: true });
      }
      return;
    }
    if (next.type === 'blob') {
      const { blob } = await readBlob({ ...this.git, oid: next.oid });
      const current = await fsp.readFile(target).catch(() => null);
      if (current && Buffer.from(blob).equals(current)) return;
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, blob);
      return;
    }
    const nextEntries = (await readTree({ ...this.git, oid: next.oid })).tree;
    const beforeEntries = before?.type === 'tree' ? (await readTree({ ...this.git, oid: before.oid })).tree : [];
    await fsp.mkdir(target, { recursive: true });
    // Media and files beside article.json first: a reader that sees the new article.json finds what it names.
    const ordered = [...nextEntries].sort(
      (a, b) => Number(a.path === 'article.json') - Number(b.path === 'article.json'),
    );
    for (const entry of ordered) {
      await this.writeEntry(
        path.join(target, entry.path),
        entry,
        beforeEntries.find((e) => e.path === entry.path) ?? null,
      );
    }
    for (const entry of beforeEntries) {
      if (!nextEntries.some((e) => e.path === entry.path))
        await this.writeEntry(path.join(target, entry.path), null, entry);
    }
  }

  private pathOf(unit: string): string {
    return path.join(this.root, ...unit.split('/'));
  }

  private entriesOf(tree: string | null): Promise<ReadonlyMap<string, TreeEntry>> {
    return treeEntries(this.git, tree);
  }
}

async function exists(file: string): Promise<boolean> {
  return fsp.stat(file).then(
    () => true,
    () => false,
  );
}
