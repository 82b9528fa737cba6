import fs from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { afterEach, describe, expect, it } from 'vitest';
import { startNewsroomServer, type NewsroomServer } from '../fixtures/newsroom-server';
import { useTempDirs } from '../fixtures/temp-dir';
import { NewsroomClient, type PushOutcome } from './newsroom-client';

/**
 * The shipped update hook behind the real loopback server (git http-backend), driven by isomorphic-git as the
 * app drives it. Every case asserts on the refusal code the client sees and on the server's ref afterwards.
 */

const USERS = {
  ann: { token: 'ann-token', role: 'journalist' },
  bob: { token: 'bob-token', role: 'journalist' },
  ed: { token: 'ed-token', role: 'editor' },
} as const;
type Login = keyof typeof USERS;

const SEED = {
  'outlet.json': JSON.stringify({ name: 'Вісті Полтави' }),
  'articles/a1/article.json': JSON.stringify({ headline: 'Перша' }),
};

const tempDir = useTempDirs('shpalta-newsroom-');
const servers: NewsroomServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function newsroom() {
  const server = await startNewsroomServer({ root: await tempDir(), users: { ...USERS }, seed: { files: SEED } });
  servers.push(server);
  const as = async (login: Login) => NewsroomClient.clone(server, await tempDir(), login, USERS[login].token);
  return { server, as };
}

function refused(outcome: PushOutcome): string | null {
  if (outcome.ok) return 'accepted';
  // Every refusal by the hook reaches isomorphic-git as "hook declined" for the ref; the reason is on band 2.
  if (outcome.code !== null) expect(outcome.refError).toBe('hook declined');
  return outcome.code;
}

describe('update hook: who may move which ref', () => {
  const cases: { who: Login; ref: string; expected: string }[] = [
    { who: 'ann', ref: 'refs/heads/j/ann', expected: 'accepted' },
    { who: 'ann', ref: 'refs/heads/j/bob', expected: 'not-your-ref' },
    { who: 'ann', ref: 'refs/heads/desk', expected: 'desk-editors-only' },
    { who: 'ann', ref: 'refs/heads/main', expected: 'unknown-ref' },
    { who: 'ann', ref: 'refs/heads/j/ann/extra', expected: 'bad-login' },
    { who: 'ann', ref: 'refs/heads/j/Ann', expected: 'bad-login' },
    { who: 'ed', ref: 'refs/heads/j/ed', expected: 'accepted' },
    { who: 'ed', ref: 'refs/heads/j/ann', expected: 'accepted' },
    { who: 'ed', ref: 'refs/heads/desk', expected: 'accepted' },
    { who: 'ed', ref: 'refs/heads/main', expected: 'unknown-ref' },
    { who: 'ed', ref: 'refs/notes/commits', expected: 'unknown-ref' },
  ];

  it.each(cases)('$who → $ref: $expected', async ({ who, ref, expected }) => {
    const { server, as } = await newsroom();
    const client = await as(who);
    const before = await server.serverRef(ref);
    const oid = await client.commit({ 'articles/a1/article.json': `{"by":"${who}"}` });
    const outcome = await client.push(ref);
    expect(refused(outcome)).toBe(expected);
    expect(await server.serverRef(ref)).toBe(expected === 'accepted' ? oid : before);
  });

  it.each(['ann', 'ed'] as const)('refuses a tag from %s', async (who) => {
    const { server, as } = await newsroom();
    const client = await as(who);
    await git.tag({ fs, dir: client.dir, ref: 'v1' });
    const outcome = await client.push('refs/tags/v1', { ref: 'refs/tags/v1' });
    expect(refused(outcome)).toBe('unknown-ref');
    expect(await server.serverRef('refs/tags/v1')).toBeNull();
  });
});

describe('update hook: no deletion, no force push', () => {
  it.each([
    { who: 'ann', ref: 'refs/heads/j/ann' },
    { who: 'ed', ref: 'refs/heads/j/ann' },
  ] as const)('refuses $who deleting $ref', async ({ who, ref }) => {
    const { server, as } = await newsroom();
    const ann = await as('ann');
    await ann.commit({ 'articles/a1/article.json': '{"v":1}' });
    expect(await ann.push('refs/heads/j/ann')).toEqual({ ok: true });
    const before = await server.serverRef(ref);
    expect(before).not.toBeNull();
    const client = await as(who);
    expect(refused(await client.push(ref, { delete: true }))).toBe('no-delete');
    expect(await server.serverRef(ref)).toBe(before);
  });

  it('refuses an editor deleting desk: Git itself keeps the branch HEAD names, before the hook', async () => {
    const { server, as } = await newsroom();
    const ed = await as('ed');
    const outcome = await ed.push('refs/heads/desk', { delete: true });
    expect(outcome).toMatchObject({ ok: false, code: null, refError: 'deletion of the current branch prohibited' });
    expect(await server.serverRef('refs/heads/desk')).toBe(server.seedOid);
  });

  it.each([
    { who: 'ann', ref: 'refs/heads/j/ann' },
    { who: 'ed', ref: 'refs/heads/desk' },
  ] as const)('refuses $who rewriting $ref, even when the client forces it', async ({ who, ref }) => {
    const { server, as } = await newsroom();
    const client = await as(who);
    const seed = await git.resolveRef({ fs, dir: client.dir, ref: 'HEAD' });
    const first = await client.commit({ 'articles/a1/article.json': '{"v":1}' });
    expect(await client.push(ref)).toEqual({ ok: true });
    await client.moveTo(seed);
    await client.commit({ 'articles/a1/article.json': '{"v":"rewritten"}' });
    expect(refused(await client.push(ref, { force: true }))).toBe('no-force');
    expect(await server.serverRef(ref)).toBe(first);
  });

  it('accepts a fast-forward on top of what the server holds', async () => {
    const { server, as } = await newsroom();
    const ann = await as('ann');
    await ann.commit({ 'articles/a1/article.json': '{"v":1}' });
    expect(await ann.push('refs/heads/j/ann')).toEqual({ ok: true });
    const second = await ann.commit({ 'articles/a1/article.json': '{"v":2}' });
    expect(await ann.push('refs/heads/j/ann')).toEqual({ ok: true });
    expect(await server.serverRef('refs/heads/j/ann')).toBe(second);
  });
});

describe('update hook: the author of every new commit is the pusher', () => {
  it.each([
    { label: 'a colleague', email: 'bob' },
    { label: 'another case', email: 'Ann' },
    { label: 'a longer address', email: 'ann@example.org' },
  ])('refuses a commit whose author email is $label', async ({ email }) => {
    const { server, as } = await newsroom();
    const ann = await as('ann');
    await ann.commit({ 'articles/a1/article.json': '{"v":1}' }, { name: 'Анна', email });
    expect(refused(await ann.push('refs/heads/j/ann'))).toBe('wrong-author');
    expect(await server.serverRef('refs/heads/j/ann')).toBeNull();
  });

  it('refuses the push when one of several new commits is someone else’s', async () => {
    const { server, as } = await newsroom();
    const ann = await as('ann');
    await ann.commit({ 'articles/a1/article.json': '{"v":1}' });
    await ann.commit({ 'articles/a1/article.json': '{"v":2}' }, { name: 'Боб', email: 'bob' });
    await ann.commit({ 'articles/a1/article.json': '{"v":3}' });
    expect(refused(await ann.push('refs/heads/j/ann'))).toBe('wrong-author');
    expect(await server.serverRef('refs/heads/j/ann')).toBeNull();
  });

  it('accepts new commits authored by the pusher', async () => {
    const { server, as } = await newsroom();
    const bob = await as('bob');
    await bob.commit({ 'articles/b1/article.json': '{"v":1}' });
    const last = await bob.commit({ 'articles/b1/article.json': '{"v":2}' });
    expect(await bob.push('refs/heads/j/bob')).toEqual({ ok: true });
    expect(await server.serverRef('refs/heads/j/bob')).toBe(last);
  });

  it('lets an editor move desk to a journalist’s pushed commit, and merge it with his own', async () => {
    const { server, as } = await newsroom();
    const ann = await as('ann');
    const submitted = await ann.commit({ 'articles/a2/article.json': '{"headline":"Від Анни"}' });
    expect(await ann.push('refs/heads/j/ann')).toEqual({ ok: true });

    const ed = await as('ed');
    expect(await ed.fetch('j/ann')).toBe(submitted);
    // Approval binds to exactly the submitted commit: desk moves forward onto it.
    expect(await ed.push('refs/heads/desk', { ref: 'refs/remotes/origin/j/ann' })).toEqual({ ok: true });
    expect(await server.serverRef('refs/heads/desk')).toBe(submitted);

    // Then the editor's own change and a merge of Ann's next one: only the editor's commits are new.
    await ed.moveTo(submitted);
    await ed.commit({ 'outlet.json': '{"name":"Вісті Полтави — редакція"}' });
    const next = await ann.commit({ 'articles/a2/article.json': '{"headline":"Від Анни, виправлено"}' });
    expect(await ann.push('refs/heads/j/ann')).toEqual({ ok: true });
    await ed.fetch('j/ann');
    const merged = await git.merge({
      fs,
      dir: ed.dir,
      ours: 'desk',
      theirs: 'refs/remotes/origin/j/ann',
      author: ed.author(),
    });
    expect(merged.mergeCommit).toBe(true);
    expect(await ed.push('refs/heads/desk')).toEqual({ ok: true });
    expect(await server.serverRef('refs/heads/desk')).toBe(merged.oid);
    expect((await git.readCommit({ fs, dir: ed.dir, oid: merged.oid! })).commit.parent).toContain(next);
  });

  it('refuses an editor’s desk that carries a journalist’s commit the server has never seen', async () => {
    const { server, as } = await newsroom();
    const ed = await as('ed');
    await ed.commit({ 'articles/a1/article.json': '{"v":"forged"}' }, { name: 'Анна', email: 'ann' });
    expect(refused(await ed.push('refs/heads/desk'))).toBe('wrong-author');
    expect(await server.serverRef('refs/heads/desk')).toBe(server.seedOid);
  });
});

describe('the server around the hook', () => {
  it('answers a wrong token with 401 and moves nothing', async () => {
    const { server, as } = await newsroom();
    const ann = await as('ann');
    await ann.commit({ 'articles/a1/article.json': '{"v":1}' });
    const outcome = await ann.push('refs/heads/j/ann', { token: 'not-ann-token' });
    expect(outcome).toMatchObject({ ok: false, errorCode: 'HttpError', code: null });
    expect(
      server.faults
        .requests()
        .filter((r) => r.service === 'receive-pack')
        .map((r) => r.status),
    ).toEqual([401, 401]);
    expect(await server.serverRef('refs/heads/j/ann')).toBeNull();
  });

  it('leaves the server’s ref as it was when the connection is cut mid-push, and a retry lands it', async () => {
    const { server, as } = await newsroom();
    const ann = await as('ann');
    const first = await ann.commit({ 'articles/a1/article.json': '{"v":1}' });
    expect(await ann.push('refs/heads/j/ann')).toEqual({ ok: true });
    const pushesBefore = server.faults.count('receive-pack');

    const second = await ann.commit({ 'articles/a1/article.json': `{"v":2,"pad":"${'ї'.repeat(2000)}"}` });
    server.faults.cutNextPush();
    const cut = await ann.push('refs/heads/j/ann');
    expect(cut.ok).toBe(false);
    await server.faults.waitForCount('receive-pack', pushesBefore + 1); // the backend has exited
    expect(server.faults.requests().at(-1)).toMatchObject({ service: 'receive-pack', phase: 'rpc', status: 0 });
    expect(await server.serverRef('refs/heads/j/ann')).toBe(first);

    expect(await ann.push('refs/heads/j/ann')).toEqual({ ok: true });
    expect(await server.serverRef('refs/heads/j/ann')).toBe(second);
  });

  it('shows the hook’s line, with its code, in the messages isomorphic-git hands to onMessage', async () => {
    const { as } = await newsroom();
    const ann = await as('ann');
    await ann.commit({ 'articles/a1/article.json': '{"v":1}' });
    const outcome = await ann.push('refs/heads/desk');
    expect(outcome).toMatchObject({ ok: false, errorCode: 'GitPushError', refError: 'hook declined' });
    expect(outcome.ok ? [] : outcome.messages).toContain(
      'shpalta: refused desk-editors-only only editors may update desk\n',
    );
  });

  it('keeps its files under the root it was given', async () => {
    const root = await tempDir();
    const server = await startNewsroomServer({ root, users: { ...USERS } });
    servers.push(server);
    expect(server.repoDir).toBe(path.join(root, 'newsroom.git'));
    expect(server.seedOid).toBeNull();
    expect(fs.statSync(path.join(server.repoDir, 'hooks', 'update')).mode & 0o111).not.toBe(0);
  });
});
