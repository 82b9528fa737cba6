import {
  addRemote,
  fetch,
  getRemoteInfo2,
  isDescendent,
  readCommit,
  packObjects,
  resolveRef,
  writeRef,
  type AuthCallback,
  type GitProgressEvent,
  type HttpClient,
} from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { REFUSAL_CODES, type RefusalCode } from '../../../shared/newsroom/newsroom-link';
import type { GitObjects } from '../versions/article-tree';
import { objectsToSend } from './outgoing-objects';
import {
  isStaleReason,
  readPushReport,
  receivePackCommands,
  ZERO_OID,
  type PushReport,
  type RefUpdate,
} from './receive-pack';

export const REMOTE = 'origin';

/** Where this library's server is and who speaks to it. The token is read from the secrets store per call. */
export interface RemoteAccess {
  url: string;
  login: string;
  token: () => Promise<string | null>;
}

/**
 * The newsroom server's side of Git: fetch and push over smart HTTP with Basic auth (login + token), and
 * every failure turned into a stable code with Ukrainian words. Git's own error text never leaves this file.
 */
export class NewsroomRemote {
  constructor(
    private readonly git: GitObjects,
    private readonly access: RemoteAccess,
  ) {}

  async addOrigin(): Promise<void> {
    await addRemote({ ...this.git, remote: REMOTE, url: this.access.url, force: true });
  }

  /** Fetches every branch of the server into `refs/remotes/origin/*`; the server's refs as it has them. */
  async fetchAll(onProgress?: (event: GitProgressEvent) => void, onBytes?: (bytes: number) => void): Promise<void> {
    await this.fetchSome({ singleBranch: false, prune: true }, onProgress, onBytes);
  }

  /**
   * Fetches one branch of the server; false when the server has no such branch. A join takes the desk first and
   * the rest after, so a connection lost in the second part keeps the first.
   */
  async fetchBranch(
    branch: string,
    onProgress?: (event: GitProgressEvent) => void,
    onBytes?: (bytes: number) => void,
  ): Promise<boolean> {
    // `ref` names what this computer already has of it: isomorphic-git tells the server so (its `have`), and only
    // what is missing comes, as when a join cut off by a lost connection goes on.
    const ref = `refs/remotes/${REMOTE}/${branch}`;
    return this.fetchSome({ singleBranch: true, ref, remoteRef: branch }, onProgress, onBytes);
  }

  private async fetchSome(
    which: { singleBranch: boolean; prune?: boolean; ref?: string; remoteRef?: string },
    onProgress?: (event: GitProgressEvent) => void,
    onBytes?: (bytes: number) => void,
  ): Promise<boolean> {
    const { onAuth, headers } = await this.auth();
    try {
      await fetch({
        headers,
        ...this.git,
        http: onBytes ? countingHttp(onBytes) : http,
        remote: REMOTE,
        url: this.access.url,
        tags: false,
        ...which,
        onAuth,
        ...(onProgress ? { onProgress } : {}),
      });
      return true;
    } catch (error) {
      // The one branch asked for is not on the server (a newsroom with no approved article yet has no desk).
      if (which.ref && (error as { code?: unknown }).code === 'NotFoundError') return false;
      throw this.explain(error, '');
    }
  }

  /**
   * About how many bytes the newsroom weighs, before it is fetched: the sizes of the server's packs, where the
   * server lists them (Git's plain HTTP files: `objects/info/packs`, as `git http-backend` serves them).
   * Objects not yet packed are not counted. Null where the server does not say (Forgejo, GitLab) or cannot be asked.
   */
  async estimateSize(): Promise<number | null> {
    const { headers } = await this.auth();
    const base = this.access.url.replace(/\/+$/, '');
    try {
      const listing = await http.request({ url: `${base}/objects/info/packs`, headers });
      const text = (await collect(listing.body)).toString('utf8');
      if (listing.statusCode !== 200) return null;
      const packs = [...text.matchAll(/^P (pack-[0-9a-f]{40,64}\.pack)$/gm)].map((match) => match[1] as string);
      if (packs.length === 0) return null;
      let total = 0;
      for (const pack of packs) {
        const head = await http.request({ url: `${base}/objects/pack/${pack}`, method: 'HEAD', headers });
        await collect(head.body);
        const length = Number(head.headers?.['content-length']);
        if (head.statusCode !== 200 || !Number.isSafeInteger(length)) return null;
        total += length;
      }
      return total;
    } catch {
      return null;
    }
  }

  /**
   * Sends the local branch `ref` to the server's branch `remoteRef`. A refusal by the server's hook carries its
   * reason code; one that is no fast-forward says so (`stale`), so the caller fetches and merges first.
   *
   * Our own receive-pack client, not isomorphic-git's push: that one lists every object of the new commit's
   * whole tree and of the common ancestor's (a library of 10,000 articles read twice for one changed
   * article); this sends only the objects that differ from what the server's refs already hold.
   */
  async push(ref: string, remoteRef: string): Promise<'sent' | 'stale'> {
    const { onAuth, headers } = await this.auth();
    let said = '';
    try {
      const server = await getRemoteInfo2({
        http,
        url: this.access.url,
        headers,
        onAuth,
        forPush: true,
        protocolVersion: 1,
      });
      const serverRefs = server.refs ?? [];
      const oldOid = serverRefs.find((entry) => entry.ref === remoteRef)?.oid ?? ZERO_OID;
      const newOid = await resolveRef({ ...this.git, ref });
      if (oldOid !== newOid) {
        if (oldOid !== ZERO_OID && !(await this.follows(newOid, oldOid))) return 'stale';
        const sideBand = server.capabilities['side-band-64k'] === true;
        const report = await this.sendPack(
          { oldOid, newOid, ref: remoteRef },
          serverRefs.map((entry) => entry.oid),
          sideBand,
          headers,
        );
        said = report.said;
        const reason = report.refs.get(remoteRef);
        if (reason === undefined) throw report.unpacked ? refused(said) : cutShort();
        if (reason !== null) {
          if (refusalIn(said) === null && isStaleReason(reason)) return 'stale';
          throw refused(said);
        }
      }
      if (remoteRef.startsWith('refs/heads/')) {
        const tracking = `refs/remotes/${REMOTE}/${remoteRef.slice('refs/heads/'.length)}`;
        await writeRef({ ...this.git, ref: tracking, value: newOid, force: true });
      }
      return 'sent';
    } catch (error) {
      throw this.explain(error, said);
    }
  }

  /** Whether `newOid` has `oldOid` in its history: the push is a fast-forward. */
  private async follows(newOid: string, oldOid: string): Promise<boolean> {
    const known = await readCommit({ ...this.git, oid: oldOid }).catch(() => null);
    if (!known) return false;
    return isDescendent({ ...this.git, oid: newOid, ancestor: oldOid, depth: -1 });
  }

  private async sendPack(
    update: RefUpdate,
    serverHas: string[],
    sideBand: boolean,
    headers: Record<string, string>,
  ): Promise<PushReport> {
    const oids = await objectsToSend(this.git, update.newOid, serverHas);
    const { packfile } = await packObjects({ ...this.git, oids });
    const capabilities = ['report-status', ...(sideBand ? ['side-band-64k'] : []), 'agent=shpalta'];
    const response = await http.request({
      url: `${this.access.url.replace(/\/+$/, '')}/git-receive-pack`,
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/x-git-receive-pack-request',
        accept: 'application/x-git-receive-pack-result',
      },
      // An array is sent as one buffer with its length (a stream would go chunked); the typing knows only streams.
      body: [
        receivePackCommands([update], capabilities),
        packfile ?? new Uint8Array(),
      ] as unknown as AsyncIterableIterator<Uint8Array>,
    });
    const body = await collect(response.body);
    if (response.statusCode !== 200) throw httpError(response.statusCode);
    return readPushReport(body, sideBand);
  }

  /**
   * The credentials, sent with the first request too (isomorphic-git would first ask without them and hear 401:
   * a round trip and a server process more for every fetch and push).
   */
  private async auth(): Promise<{ onAuth: AuthCallback; headers: Record<string, string> }> {
    const token = await this.access.token();
    if (token === null) throw new ApiError('newsroom-unauthorized', message('newsroom.error.noToken'));
    const basic = Buffer.from(`${this.access.login}:${token}`, 'utf8').toString('base64');
    return {
      onAuth: () => ({ username: this.access.login, password: token }),
      headers: { Authorization: `Basic ${basic}` },
    };
  }

  private explain(error: unknown, said: string): ApiError {
    if (error instanceof ApiError) return error;
    const code = (error as { code?: unknown } | null)?.code;
    const status = (error as { data?: { statusCode?: unknown } } | null)?.data?.statusCode;
    if (code === 'HttpError' && (status === 401 || status === 403)) {
      return new ApiError(
        'newsroom-unauthorized',
        message('newsroom.error.unauthorized', { login: this.access.login }),
      );
    }
    if (code === 'HttpError' && status === 404) {
      return new ApiError('not-found', message('newsroom.error.notFound', { url: this.access.url }));
    }
    if (refusalIn(said) !== null) return refused(said);
    if (code === 'SmartHttpError') {
      return new ApiError('not-found', message('newsroom.error.notFound', { url: this.access.url }));
    }
    if (code === 'HttpError' || isNetworkError(error)) {
      return new ApiError('newsroom-unreachable', message('newsroom.error.unreachable', { url: this.access.url }));
    }
    return new ApiError('newsroom-unreachable', message('newsroom.error.failed'));
  }
}

/** Shaped as isomorphic-git's HTTP errors are, so that one place explains them all. */
function httpError(statusCode: number): Error {
  return Object.assign(new Error(`HTTP ${statusCode}`), { code: 'HttpError', data: { statusCode } });
}

/** The server's answer ended before it said what became of the push: the connection was cut. */
function cutShort(): Error {
  return Object.assign(new Error('the answer to a push ended early'), { code: 'ECONNRESET' });
}

/** isomorphic-git's HTTP client, telling `onBytes` how many bytes each piece of an answer brought. */
function countingHttp(onBytes: (bytes: number) => void): HttpClient {
  return {
    async request(request) {
      const response = await http.request(request);
      const body = response.body;
      if (!body) return response;
      return {
        ...response,
        body: (async function* counted() {
          for await (const chunk of body) {
            onBytes(chunk.byteLength);
            yield chunk;
          }
        })(),
      };
    },
  };
}

async function collect(body: AsyncIterableIterator<Uint8Array> | undefined): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  if (body) for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The code of the server hook's line `shpalta: refused <code>` (server/hooks/update), if the server said one. */
export function refusalIn(said: string): RefusalCode | null {
  const match = /^shpalta: refused ([a-z-]+)/m.exec(said);
  if (!match) return null;
  const code = match[1] as RefusalCode;
  return REFUSAL_CODES.includes(code) ? code : 'other';
}

function refused(said: string): ApiError {
  const code = refusalIn(said) ?? 'other';
  return new ApiError('newsroom-refused', message(`newsroom.refused.${code}`));
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
]);

function isNetworkError(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  }
  return false;
}
