import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { message } from '../../../../shared/i18n/message';
import {
  MANIFEST_FILE,
  SiteManifestSchema,
  type SiteManifest,
} from '../../../../shared/publishing/static-site/site-manifest';
import { writeFileAtomic } from '../../fs/atomic-write';
import { withFileLock } from '../../fs/file-lock';
import { codeOf, isCode } from '../../fs/io-error';
import { PublishError } from '../publish-target';
import type { SiteFileSystem } from './site-file-system';
import { switchLink } from './site-switch';

/**
 * The site folder, built in generations so that a reader never sees half a site:
 *
 *   <folder>/site  → .shpalta-site/generations/<gen>/public   the web server's root: point it at `site`
 *   <folder>/.shpalta-site/generations/<gen>/public/…          one whole site (pages, media, feed, sitemap)
 *   <folder>/.shpalta-site/generations/<gen>/manifest.json     what that site holds; written last
 *   <folder>/.shpalta-site/lock                                one publisher at a time, across processes
 *
 * A publish builds a new generation beside the served one: the files it changes are written (and fsynced),
 * every other file is a hard link to the served generation's (no copy, no extra space), the manifest is
 * written last as the mark of a whole generation, then `site` is switched to it in one rename (site-switch).
 * A crash at any step before the switch leaves the served generation untouched; the next publish removes
 * what the crash left (a generation that never became current, a temporary link).
 *
 * An old generation is not removed the moment it is replaced: a reader (a web server sending a page, a sync
 * tool copying the folder) may be inside it. The one before the current is always kept, and any other for
 * two minutes after it was built.
 */

export const SITE_LINK = 'site';
export const DATA_DIR = '.shpalta-site';
const GENERATIONS_DIR = 'generations';
const PUBLIC_DIR = 'public';
const LOCK_FILE = 'lock';
const TEMP_LINK = /^\.site-.+\.tmp$/;

export const OLD_GENERATION_GRACE_MS = 2 * 60 * 1000;
/** A 1,000-article export holds the lock for seconds; a dead holder on another computer frees it after this. */
const LOCK_STALE_MS = 5 * 60 * 1000;

/** Generation names sort by when they were begun: a fixed-width base-36 time, then a random tail. */
function generationName(now: Date): string {
  return `${now.getTime().toString(36).padStart(10, '0')}-${randomBytes(3).toString('hex')}`;
}
const GENERATION_NAME = /^[0-9a-z]{10}-[0-9a-f]{6}$/;
const begunAt = (name: string): number => parseInt(name.slice(0, 10), 36);

export interface ServedSite {
  /** The served generation; null when nothing was published here yet. */
  generation: string | null;
  /** Its manifest; null with the generation. */
  manifest: SiteManifest | null;
}

/** What a publish may do in the generation being built: paths are relative to the site's root, with `/`. */
export interface GenerationBuild {
  readonly generation: string;
  readonly served: ServedSite;
  write(relative: string, data: string | Uint8Array): Promise<void>;
  /** Brings a file of the served generation over unchanged; false when it is not there (lost by hand). */
  carry(relative: string): Promise<boolean>;
}

/** Link errors a folder may give where hard links are not supported (FAT, exFAT, some shares): copy instead. */
const NO_HARD_LINKS = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']);

export class SiteFolder {
  constructor(
    readonly root: string,
    private readonly fs: SiteFileSystem,
    private readonly now: () => Date,
  ) {}

  get linkPath(): string {
    return path.join(this.root, SITE_LINK);
  }

  private get dataDir(): string {
    return path.join(this.root, DATA_DIR);
  }

  private get generationsDir(): string {
    return path.join(this.dataDir, GENERATIONS_DIR);
  }

  generationDir(generation: string): string {
    return path.join(this.generationsDir, generation);
  }

  publicDir(generation: string): string {
    return path.join(this.generationDir(generation), PUBLIC_DIR);
  }

  /** The generation `site` points at and its manifest, as a reader of the folder would find them. */
  async served(): Promise<ServedSite> {
    await this.checkRoot();
    let target: string;
    try {
      target = await this.fs.readlink(this.linkPath);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return this.newestWhole();
      // EINVAL: `site` is a real folder or file, someone else's site.
      if (isCode(error, 'EINVAL')) throw new PublishError('rejected', message('publish.static.notOurs'));
      throw error;
    }
    const parts = path.resolve(this.root, target).split(path.sep);
    const generation = parts.at(-2) ?? '';
    if (parts.at(-1) !== PUBLIC_DIR || !GENERATION_NAME.test(generation)) {
      throw new PublishError('rejected', message('publish.static.notOurs'));
    }
    if (!(await this.isWhole(generation))) return this.newestWhole(); // its folder was removed by hand
    return { generation, manifest: await this.readManifest(generation) };
  }

  /**
   * Builds the next generation with `work` and serves it, all under the folder's lock. `work` returns the
   * new manifest, or null when nothing changes (then nothing is switched). The switch is the last step: a
   * failure or an abort before it leaves the served site as it was.
   */
  async update(
    work: (build: GenerationBuild) => Promise<SiteManifest | null>,
    signal?: AbortSignal,
  ): Promise<ServedSite> {
    await this.checkRoot();
    await this.makeDir(this.dataDir);
    await this.makeDir(this.generationsDir);
    return withFileLock(path.join(this.dataDir, LOCK_FILE), () => this.updateLocked(work, signal), {
      fs: this.fs,
      staleMs: LOCK_STALE_MS,
    });
  }

  private async updateLocked(
    work: (build: GenerationBuild) => Promise<SiteManifest | null>,
    signal: AbortSignal | undefined,
  ): Promise<ServedSite> {
    const before = await this.served();
    await this.removeLeftovers(before);
    // Names must sort after the served one even when the clock steps back (or, in a test, stands still).
    const since = before.generation === null ? 0 : begunAt(before.generation) + 1;
    const generation = generationName(new Date(Math.max(this.now().getTime(), since)));
    const made = new Map<string, Promise<void>>();
    let switched: SiteManifest;
    try {
      await this.fs.mkdir(this.publicDir(generation), { recursive: true });
      made.set(this.publicDir(generation), Promise.resolve());
      const manifest = await work(this.build(generation, before, made));
      if (manifest === null) {
        await this.fs.rm(this.generationDir(generation), { recursive: true, force: true });
        return before;
      }
      // The manifest is the mark of a whole generation: written atomically, after every page is on disk.
      await this.syncDir(this.publicDir(generation));
      await writeFileAtomic(
        path.join(this.generationDir(generation), MANIFEST_FILE),
        `${JSON.stringify(manifest)}\n`,
        this.fs,
      );
      if (signal?.aborted) throw new PublishError('not-sent', message('publish.static.stopped'));
      await switchLink(
        this.fs,
        this.linkPath,
        path.relative(this.root, this.publicDir(generation)),
        `.site-${generation}.tmp`,
      );
      switched = manifest;
    } catch (error) {
      // Best effort: what stays behind (the disk is full, the process dies here) goes at the next publish.
      await this.fs.rm(this.generationDir(generation), { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    // The site is served from here on: nothing after the switch may fail the publish. A folder fsync that
    // fails leaves a switch a power cut could undo, or tidying up a file a reader holds open on Windows.
    await this.syncDir(this.root).catch(() => undefined);
    const after: ServedSite = { generation, manifest: switched };
    await this.removeLeftovers(after).catch(() => undefined);
    return after;
  }

  private build(generation: string, served: ServedSite, made: Map<string, Promise<void>>): GenerationBuild {
    const to = (relative: string) => path.join(this.publicDir(generation), ...relative.split('/'));
    // One plain mkdir per folder, its parent first (the generation's root is in `made` from the start). Writes
    // run side by side: the first to need a folder makes it and the others wait for that same call, so a
    // publish makes the same calls however its writes interleave.
    const makeDir = (dir: string): Promise<void> => {
      let making = made.get(dir);
      if (!making) {
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error(`outside the generation: ${dir}`);
        making = makeDir(parent).then(() =>
          this.fs.mkdir(dir).then(
            () => undefined,
            (error: unknown) => {
              if (!isCode(error, 'EEXIST')) throw error;
            },
          ),
        );
        made.set(dir, making);
      }
      return making;
    };
    const parentOf = (file: string) => makeDir(path.dirname(file));
    return {
      generation,
      served,
      write: async (relative, data) => {
        const file = to(relative);
        await parentOf(file);
        const handle = await this.fs.open(file, 'wx', 0o644);
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
      },
      carry: async (relative) => {
        if (served.generation === null) return false;
        const from = path.join(this.publicDir(served.generation), ...relative.split('/'));
        const file = to(relative);
        await parentOf(file);
        try {
          await this.fs.link(from, file);
        } catch (error) {
          if (isCode(error, 'ENOENT')) return false;
          if (!NO_HARD_LINKS.has(codeOf(error))) throw error;
          await this.fs.copyFile(from, file);
        }
        return true;
      },
    };
  }

  /**
   * Removes what is neither served nor may still be read: generations that never became current (begun
   * after the served one, or without a manifest: a crash before the switch), old ones past their grace,
   * and temporary links. Runs under the lock, so no other publisher is building meanwhile.
   */
  private async removeLeftovers(served: ServedSite): Promise<void> {
    const keep = new Set([served.generation, served.manifest?.previousGeneration ?? null]);
    const oldest = this.now().getTime() - OLD_GENERATION_GRACE_MS;
    for (const name of await this.fs.readdir(this.generationsDir)) {
      if (keep.has(name)) continue;
      const unfinished =
        !GENERATION_NAME.test(name) ||
        (served.generation !== null && name > served.generation) ||
        !(await this.isWhole(name));
      if (unfinished || begunAt(name) < oldest) {
        await this.fs.rm(this.generationDir(name), { recursive: true, force: true });
      }
    }
    for (const name of await this.fs.readdir(this.root)) {
      if (TEMP_LINK.test(name)) await this.fs.rm(path.join(this.root, name), { force: true });
    }
  }

  /** With no `site` link (never published, or a crash inside the Windows switch): the newest whole generation. */
  private async newestWhole(): Promise<ServedSite> {
    const names = await this.fs.readdir(this.generationsDir).catch((error: unknown) => {
      if (isCode(error, 'ENOENT')) return [] as string[];
      throw error;
    });
    for (const name of names
      .filter((n) => GENERATION_NAME.test(n))
      .sort()
      .reverse()) {
      if (await this.isWhole(name)) return { generation: name, manifest: await this.readManifest(name) };
    }
    return { generation: null, manifest: null };
  }

  private async isWhole(generation: string): Promise<boolean> {
    return this.fs.access(path.join(this.generationDir(generation), MANIFEST_FILE)).then(
      () => true,
      () => false,
    );
  }

  private async readManifest(generation: string): Promise<SiteManifest> {
    const raw = await this.fs.readFile(path.join(this.generationDir(generation), MANIFEST_FILE), 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const result = SiteManifestSchema.safeParse(parsed);
    if (!result.success) throw new PublishError('rejected', message('publish.static.damaged'));
    return result.data;
  }

  /** The chosen folder must exist: an unmounted drive or share must not get a new, empty folder made for it. */
  private async checkRoot(): Promise<void> {
    const stat = await this.fs.stat(this.root);
    if (!stat.isDirectory()) {
      throw Object.assign(new Error(`not a folder: ${this.root}`), { code: 'ENOTDIR' });
    }
  }

  private async makeDir(dir: string): Promise<void> {
    await this.fs.mkdir(dir).catch((error: unknown) => {
      if (!isCode(error, 'EEXIST')) throw error;
    });
  }

  /** Makes new names in a folder survive a power cut; Windows cannot open folders for it (NTFS journals them). */
  private async syncDir(dir: string): Promise<void> {
    if (process.platform === 'win32') return;
    const handle = await this.fs.open(dir, 'r');
    try {
      await handle.sync();
    } catch (error) {
      // Some file systems (network shares, FUSE) refuse a folder fsync; the names are there all the same.
      if (!isCode(error, 'EINVAL') && !isCode(error, 'ENOTSUP')) throw error;
    } finally {
      await handle.close();
    }
  }
}
