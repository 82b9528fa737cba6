import fs from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import type { NewsroomServer } from '../fixtures/newsroom-server';

/** What one push ended in, as the app will see it. */
export type PushOutcome =
  | { ok: true }
  | {
      ok: false;
      /** The hook's refusal code, read from the side-band messages; null when the server gave none. */
      code: string | null;
      /** isomorphic-git's error code: GitPushError, HttpError, … */
      errorCode: string;
      /** What isomorphic-git reported for the ref (`hook declined` for every refusal), if it got that far. */
      refError: string | null;
      messages: string[];
    };

/** The refusal code in the hook's line `shpalta: refused <code> <explanation>`. */
export function refusalCode(messages: readonly string[]): string | null {
  return /^shpalta: refused ([a-z-]+)/m.exec(messages.join(''))?.[1] ?? null;
}

/**
 * A person's clone of the newsroom, driven by isomorphic-git as the app drives it: Basic credentials through
 * onAuth, author `{ name, email: login }` unless a test writes another.
 */
export class NewsroomClient {
  private constructor(
    readonly dir: string,
    readonly login: string,
    private readonly token: string,
    private readonly url: string,
  ) {}

  static async clone(server: NewsroomServer, dir: string, login: string, token: string): Promise<NewsroomClient> {
    const client = new NewsroomClient(dir, login, token, server.url);
    await git.clone({ fs, http, dir, url: server.url, ref: 'desk', singleBranch: true, onAuth: client.onAuth });
    return client;
  }

  private readonly onAuth = () => ({ username: this.login, password: this.token });

  /** Writes the files and commits them on the checked-out branch; resolves with the new commit. */
  async commit(files: Record<string, string>, author: { name: string; email: string } = this.author()) {
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(this.dir, file)), { recursive: true });
      await writeFile(path.join(this.dir, file), content);
      await git.add({ fs, dir: this.dir, filepath: file });
    }
    return git.commit({ fs, dir: this.dir, message: `Зміни: ${Object.keys(files).join(', ')}`, author });
  }

  author() {
    return { name: `Людина ${this.login}`, email: this.login };
  }

  /** Fetches a ref of the server into refs/remotes/origin/… and resolves with its commit. */
  async fetch(branch: string): Promise<string> {
    await git.fetch({ fs, http, dir: this.dir, url: this.url, ref: branch, singleBranch: true, onAuth: this.onAuth });
    return git.resolveRef({ fs, dir: this.dir, ref: `refs/remotes/origin/${branch}` });
  }

  /** Points the checked-out branch at `oid` (as a reset would), so that the next commit builds on it. */
  async moveTo(oid: string): Promise<void> {
    const branch = (await git.currentBranch({ fs, dir: this.dir })) ?? 'desk';
    await git.writeRef({ fs, dir: this.dir, ref: `refs/heads/${branch}`, value: oid, force: true });
    await git.checkout({ fs, dir: this.dir, ref: branch, force: true });
  }

  /** Pushes a local ref (the checked-out branch by default) to `remoteRef`; never throws for a refusal. */
  async push(
    remoteRef: string,
    options: { ref?: string; force?: boolean; delete?: boolean; token?: string } = {},
  ): Promise<PushOutcome> {
    const messages: string[] = [];
    const token = options.token ?? this.token;
    try {
      await git.push({
        fs,
        http,
        dir: this.dir,
        url: this.url,
        ref: options.ref ?? 'HEAD',
        remoteRef,
        force: options.force ?? false,
        delete: options.delete ?? false,
        onAuth: () => ({ username: this.login, password: token }),
        onMessage: (line) => {
          messages.push(line);
        },
      });
      return { ok: true };
    } catch (error) {
      // isomorphic-git hands side-band lines to onMessage without awaiting it: let the last one land.
      await new Promise((resolve) => setImmediate(resolve));
      const failure = error as { code?: string; data?: { result?: { refs?: Record<string, { error: string }> } } };
      return {
        ok: false,
        code: refusalCode(messages),
        errorCode: failure.code ?? String(error),
        refError: failure.data?.result?.refs?.[remoteRef]?.error ?? null,
        messages,
      };
    }
  }
}
