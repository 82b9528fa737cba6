import fs from 'node:fs';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { afterEach, describe, expect, it } from 'vitest';
import { startNewsroomServer, type NewsroomServer } from '../fixtures/newsroom-server';
import { useTempDirs } from '../fixtures/temp-dir';

/** The loopback server's own promises to the tests that use it: faults, counts, streaming, gzip. */

const USERS = { ann: { token: 'ann-token', role: 'journalist' } } as const;
const onAuth = () => ({ username: 'ann', password: USERS.ann.token });

const tempDir = useTempDirs('shpalta-newsroom-server-');
const servers: NewsroomServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(files: Record<string, string | Uint8Array> = { 'outlet.json': '{"name":"Вісті"}' }) {
  const server = await startNewsroomServer({ root: await tempDir(), users: { ...USERS }, seed: { files } });
  servers.push(server);
  return server;
}

async function clone(server: NewsroomServer) {
  const dir = await tempDir();
  await git.clone({ fs, http, dir, url: server.url, ref: 'desk', singleBranch: true, onAuth });
  return dir;
}

/** One raw request to the server; resolves with the status and the body. */
function send(url: string, options: { method: string; headers: Record<string, string>; body?: Buffer }) {
  return new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
    const req = request(url, { method: options.method, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const basic = `Basic ${Buffer.from(`ann:${USERS.ann.token}`).toString('base64')}`;

describe('startNewsroomServer', () => {
  it('serves the seed on desk to a clone, and counts the exchange by kind', async () => {
    const server = await start({ 'outlet.json': '{"name":"Вісті"}', 'articles/a1/article.json': '{"h":"Перша"}' });
    const dir = await clone(server);
    expect(fs.readFileSync(`${dir}/articles/a1/article.json`, 'utf8')).toBe('{"h":"Перша"}');
    expect(await git.resolveRef({ fs, dir, ref: 'HEAD' })).toBe(server.seedOid);
    expect(server.faults.count('upload-pack')).toBe(1);
    expect(server.faults.count('upload-pack', 'advertise')).toBe(2); // without credentials, then with them
    expect(server.faults.count('receive-pack')).toBe(0);
  });

  it('streams a clone larger than any one chunk', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE((i * 2654435761) >>> 0, i); // incompressible enough
    const server = await start({ 'media/big.bin': big });
    const dir = await clone(server);
    expect(fs.readFileSync(`${dir}/media/big.bin`).equals(big)).toBe(true);
  });

  it('answers the next requests with 503, then serves again', async () => {
    const server = await start();
    server.faults.failNext(2);
    const dir = await tempDir();
    await expect(git.clone({ fs, http, dir, url: server.url, onAuth })).rejects.toMatchObject({
      code: 'HttpError',
      data: { statusCode: 503 },
    });
    await expect(git.clone({ fs, http, dir: await tempDir(), url: server.url, onAuth })).rejects.toMatchObject({
      data: { statusCode: 503 },
    });
    await clone(server);
    expect(server.faults.requests().map((r) => r.status)).toEqual([503, 503, 401, 200, 200]);
  });

  it('holds requests until released', async () => {
    const server = await start();
    server.faults.hold();
    let done = false;
    const cloning = clone(server).then(() => (done = true));
    await server.faults.waitForHeld(1);
    expect(done).toBe(false);
    expect(server.faults.requests()).toEqual([]);
    server.faults.release();
    await cloning;
    expect(server.faults.heldCount()).toBe(0);
    await server.faults.waitForCount('upload-pack', 1);
  });

  it('lets a held request go, unanswered, when the server closes', async () => {
    const server = await start();
    server.faults.hold();
    const cloning = clone(server);
    await server.faults.waitForHeld(1);
    await server.close();
    await expect(cloning).rejects.toThrow();
  });

  it('rejects a request without credentials with 401 and a Basic challenge', async () => {
    const server = await start();
    const res = await new Promise<{ status: number; challenge: string | undefined }>((resolve, reject) => {
      request(`${server.url}/info/refs?service=git-upload-pack`, (r) => {
        r.resume();
        resolve({ status: r.statusCode ?? 0, challenge: r.headers['www-authenticate'] });
      })
        .on('error', reject)
        .end();
    });
    expect(res.status).toBe(401);
    expect(res.challenge).toMatch(/^Basic /);
  });

  it('passes a gzip-encoded request body to git, as the git command line sends it', async () => {
    const server = await start();
    const wants = `0032want ${server.seedOid}\n00000009done\n`;
    const answer = await send(`${server.url}/git-upload-pack`, {
      method: 'POST',
      headers: {
        Authorization: basic,
        'Content-Type': 'application/x-git-upload-pack-request',
        'Content-Encoding': 'gzip',
      },
      body: gzipSync(wants),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.includes('PACK')).toBe(true);
    await server.faults.waitForCount('upload-pack', 1);
    expect(server.log()).toContain('POST /newsroom.git/git-upload-pack as ann → 200');
  });
});
