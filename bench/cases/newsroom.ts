import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleStatus } from '../../shared/domain/article';
import type { NewsroomServer } from '../../test/fixtures/newsroom-server';
import { PEOPLE, person, startTestNewsroom, type Person } from '../../test/fixtures/newsroom-people';
import { nextEvent, whenReady } from '../bus-signal';
import type { BenchCase } from '../harness';
import { deskArticleId, deskFiles } from '../newsroom-desk';
import { createRandom, randomInt } from '../random';

/** The pace for the round trip: each app asks the server for news every second. */
const FETCH_EVERY_MS = 1000;
/** What the app waits after a change before it sends it (NewsroomService's default). */
const SEND_AFTER_MS = 1000;
/** Longer than any case runs: the exchange then turns only when the case asks for it. */
const NEVER_MS = 3_600_000;

export const NEWSROOM_METHOD = {
  roundtrip: { warmUp: 2, runs: 20, fetchEveryMs: FETCH_EVERY_MS },
  commitPush: { articles: 10_000, warmUp: 3, runs: 25 },
  clone: { articles: 1_000, imageBytes: 150_837, runs: 3 },
  note:
    'real git http-backend behind Basic auth on 127.0.0.1 (test/fixtures/newsroom-server.ts), desk seeded by ' +
    'git fast-import; two apps are two AppServices in this one Node process; temp folders removed after',
};

export const newsroomCases: BenchCase[] = [
  {
    id: 'sync.roundtrip',
    description: '«Надіслати» в журналістки → стаття «submitted» у списку редактора (обмін щосекунди)',
    async run() {
      return withTempRoot(async (root, open) => {
        const { warmUp, runs, fetchEveryMs } = NEWSROOM_METHOD.roundtrip;
        const server = open(await startTestNewsroom(root));
        // The app's own pace: news fetched every second, a change sent a second after it is made.
        const pace = { newsroomFetchEveryMs: fetchEveryMs, newsroomSendAfterMs: SEND_AFTER_MS };
        const olena = open(await person(root, 'olena', pace));
        const ivan = open(await person(root, 'ivan', pace));
        await olena.join(server);
        await ivan.join(server);
        const random = createRandom(20);
        const samples: number[] = [];
        const sent: number[] = [];
        for (let run = 0; run < warmUp + runs; run += 1) {
          const { article } = await olena.call('article.create', { headline: `Новина для столу ${run + 1}` });
          // Written before it is sent, as a journalist does: the draft reaches the editor's list first.
          await listed(ivan, article.id, 'draft');
          // t0 at a random point of the editor's one-second round, not just after the one that brought the draft.
          await pause(randomInt(random, 0, fetchEveryMs - 1));
          const { hash } = await olena.call('article.get', { id: article.id });
          const reachedServer = pushedTo(server, 'refs/heads/j/olena', await server.serverRef('refs/heads/j/olena'));
          const started = performance.now();
          await olena.call('workflow.transition', { id: article.id, to: 'submitted', baseHash: hash });
          const arrived = await listed(ivan, article.id, 'submitted');
          if (run < warmUp) continue;
          samples.push(arrived - started);
          sent.push((await reachedServer) - started);
        }
        return { samples, related: { 'sync.roundtrip.on-server': sent } };
      });
    },
  },
  {
    id: 'sync.commit-push.10k-library',
    description: 'зберегти одну статтю і «Синхронізувати» (commit + fetch + push) у редакції з 10 000 статей',
    async run() {
      return withTempRoot(async (root, open) => {
        const { articles, warmUp, runs } = NEWSROOM_METHOD.commitPush;
        const server = open(await startTestNewsroom(root, { files: deskFiles(articles) }));
        const olena = open(
          await person(root, 'olena', { newsroomFetchEveryMs: NEVER_MS, newsroomSendAfterMs: NEVER_MS }),
        );
        const joinStarted = performance.now();
        await join(olena, server, root);
        const joined = performance.now() - joinStarted;
        // The join's first exchange and the index build finish before anything is timed.
        await olena.app.services.settled();
        await indexed(olena, articles);
        const samples: number[] = [];
        for (let run = 0; run < warmUp + runs; run += 1) {
          const id = deskArticleId((run * 7919) % articles);
          const { article, hash } = await olena.call('article.get', { id });
          // The save's index refresh tells the library it changed, which has the next exchange look over
          // the folder for articles added or removed: the exchange after a save does that in the app too.
          const refreshed = nextEvent(olena.app.services.bus, 'library.changed');
          await olena.call('article.save', { article: { ...article, headline: `Правка ${run + 1}` }, baseHash: hash });
          await refreshed;
          const started = performance.now();
          const { sync } = await olena.call('newsroom.syncNow', {});
          const elapsed = performance.now() - started;
          if (sync.kind !== 'synced' || sync.pending !== 0) throw new Error(`not sent: ${JSON.stringify(sync)}`);
          if (run >= warmUp) samples.push(elapsed);
        }
        return { samples, related: { 'sync.join.10k-library': [joined] } };
      });
    },
  },
  {
    id: 'sync.clone.1k-articles',
    description: 'приєднатися до редакції з 1 000 статей, кожна з фото ~150 КБ (newsroom.join до відповіді)',
    async run() {
      return withTempRoot(async (root, open) => {
        const { articles, runs } = NEWSROOM_METHOD.clone;
        const server = open(await startTestNewsroom(root, { files: deskFiles(articles, { images: true }) }));
        const samples: number[] = [];
        const phases: Record<'fetch' | 'write' | 'open' | 'listed', number[]> = {
          fetch: [],
          write: [],
          open: [],
          listed: [],
        };
        for (let run = 0; run < runs; run += 1) {
          const place = path.join(root, `run-${run + 1}`);
          const olena = await person(place, 'olena');
          try {
            const writing: number[] = [];
            const stopWatching = olena.app.services.bus.subscribe((event, payload) => {
              if (event === 'newsroom.progress' && (payload as { phase: string }).phase === 'writing')
                writing.push(performance.now());
            });
            const started = performance.now();
            await join(olena, server, place);
            const resolved = performance.now();
            stopWatching();
            const listedAt = await indexed(olena, articles);
            const firstWrite = writing[0] ?? resolved;
            samples.push(resolved - started);
            phases.fetch.push(firstWrite - started);
            phases.write.push((writing.at(-1) ?? resolved) - firstWrite);
            phases.open.push(resolved - (writing.at(-1) ?? resolved));
            phases.listed.push(listedAt - started);
          } finally {
            await olena.close();
            await fsp.rm(place, { recursive: true, force: true });
          }
        }
        return {
          samples,
          related: Object.fromEntries(
            Object.entries(phases).map(([name, series]) => [`sync.clone.1k-articles.${name}`, series]),
          ),
        };
      });
    },
  },
];

/** A temp folder for one case, and what the case opens in it: all closed (last first) and removed after. */
async function withTempRoot<T>(
  work: (root: string, open: <C extends { close(): Promise<unknown> }>(closable: C) => C) => Promise<T>,
): Promise<T> {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-newsroom-'));
  const opened: Array<{ close(): Promise<unknown> }> = [];
  try {
    return await work(root, (closable) => {
      opened.push(closable);
      return closable;
    });
  } finally {
    for (const closable of opened.reverse()) await closable.close().catch(() => undefined);
    await fsp.rm(root, { recursive: true, force: true });
  }
}

/**
 * `newsroom.join` into `<root>/<login>-newsroom`, where Person.join puts it, to the call's answer: Person.join
 * also waits for the first exchange after it, which the app runs in the background.
 */
async function join(who: Person, server: NewsroomServer, root: string): Promise<void> {
  const { login } = who;
  const folder = path.join(root, `${login}-newsroom`);
  await who.call('newsroom.join', { url: server.url, login, token: PEOPLE[login].token, folder });
}

/** When the article is in the person's list with that status (checked as their list changes). */
function listed(who: Person, id: string, status: ArticleStatus): Promise<number> {
  return whenReady(
    who.app.services.bus,
    ['library.changed', 'newsroom.sync'],
    async () => (await who.call('library.list', { status: [status] })).articles.some((a) => a.id === id),
    `${id} listed as ${status} for ${who.login}`,
  );
}

/** When the person's library lists all `count` articles and its index is built. */
function indexed(who: Person, count: number): Promise<number> {
  return whenReady(
    who.app.services.bus,
    ['library.changed'],
    async () => {
      const list = await who.call('library.list', { limit: 1 });
      return list.indexing === null && list.total >= count;
    },
    `${count} articles indexed for ${who.login}`,
    300_000,
  );
}

/** When the server's `ref` moves from `before`: the end of the push (its request's end at the server) that moved it. */
async function pushedTo(server: NewsroomServer, ref: string, before: string | null): Promise<number> {
  let seen = server.faults.count('receive-pack');
  for (;;) {
    await server.faults.waitForCount('receive-pack', seen + 1);
    const at = performance.now();
    seen = server.faults.count('receive-pack');
    if ((await server.serverRef(ref)) !== before) return at;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
