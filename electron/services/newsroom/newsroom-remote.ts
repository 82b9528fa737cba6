import { addRemote, fetch, push, type AuthCallback, type GitProgressEvent } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { REFUSAL_CODES, type RefusalCode } from '../../../shared/newsroom/newsroom-link';
import type { GitObjects } from '../versions/article-tree';

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
  async fetchAll(onProgress?: (event: GitProgressEvent) => void): Promise<void> {
    const { onAuth, headers } = await this.auth();
    try {
      await fetch({
        headers,
        ...this.git,
        http,
        remote: REMOTE,
        url: this.access.url,
        singleBranch: false,
        tags: false,
        prune: true,
        onAuth,
        ...(onProgress ? { onProgress } : {}),
      });
    } catch (error) {
      throw this.explain(error, '');
    }
  }

  /**
   * Sends the local branch `ref` to the server's branch of the same name. A refusal by the server's hook
   * carries its reason code; one that is no fast-forward says so (`stale`), so the caller fetches and merges first.
   */
  async push(ref: string, remoteRef: string): Promise<'sent' | 'stale'> {
    const { onAuth, headers } = await this.auth();
    let said = '';
    try {
      const result = await push({
        ...this.git,
        headers,
        http,
        remote: REMOTE,
        url: this.access.url,
        ref,
        remoteRef,
        onAuth,
        onMessage: (text) => {
          said += text;
        },
      });
      if (!result.ok) {
        await aMoment();
        throw refused(said);
      }
      return 'sent';
    } catch (error) {
      if ((error as { code?: string }).code === 'PushRejectedError') return 'stale';
      // isomorphic-git does not wait for onMessage: the hook's lines land a moment after the push fails.
      await aMoment();
      throw this.explain(error, said);
    }
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
    if (code === 'GitPushError' || refusalIn(said) !== null) return refused(said);
    if (code === 'SmartHttpError') {
      return new ApiError('not-found', message('newsroom.error.notFound', { url: this.access.url }));
    }
    if (code === 'HttpError' || isNetworkError(error)) {
      return new ApiError('newsroom-unreachable', message('newsroom.error.unreachable', { url: this.access.url }));
    }
    return new ApiError('newsroom-unreachable', message('newsroom.error.failed'));
  }
}

function aMoment(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
