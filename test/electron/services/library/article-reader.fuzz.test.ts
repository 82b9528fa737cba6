import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { worded } from '../../../support/worded';
import { EventBus } from '../../../../electron/services/api/event-bus';
import { parseArticleFile, serializeArticle } from '../../../../electron/services/library/article-file';
import { LibrarySession } from '../../../../electron/services/library/library-session';
import { sampleArticle } from '../../../../shared/domain/sample-article';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import { GOOD_ARTICLES, writeArticleFile } from '../../../fixtures/hostile-articles';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { createRandom, pick, type Random } from '../../../../bench/random';

/**
 * Issue 15: thousands of generated and mutated article.json files (deep, wide, wrong types, huge strings,
 * invalid UTF-8, truncated). The reader must never throw, and a library holding hundreds of them beside good
 * files keeps listing every good one. SHPALTA_FUZZ_SEED reproduces a failing run; every failure names its case.
 */
const SEED = Number(process.env.SHPALTA_FUZZ_SEED ?? 20251215);
const CASES = 2000;
const IN_LIBRARY = 300;
const ID = 'fuzz-article';

const int = (random: Random, max: number) => Math.floor(random() * max);

const BASE = serializeArticle(sampleArticle(ID, new Date('2025-12-19T18:44:00.000Z')));

const ODD_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  'x',
  [],
  {},
  [null],
  { type: 42 },
  { type: 'doc', content: 'не масив' },
  { type: 'paragraph', content: [{ type: 'text' }] },
  '__proto__',
  { __proto__: { polluted: true } },
  { constructor: { prototype: {} } },
];

/** Replaces one random value deep in the parsed article with a value of another type. */
function wrongType(random: Random): string {
  const article = JSON.parse(BASE) as Record<string, unknown>;
  let holder: Record<string, unknown> | unknown[] = article;
  for (let step = 0; step < 12; step += 1) {
    const keys = Object.keys(holder);
    if (keys.length === 0) break;
    const key = pick(random, keys);
    const value = (holder as Record<string, unknown>)[key];
    if (typeof value === 'object' && value !== null && random() < 0.7) {
      holder = value as Record<string, unknown>;
      continue;
    }
    (holder as Record<string, unknown>)[key] = pick(random, ODD_VALUES);
    break;
  }
  return JSON.stringify(article);
}

/** Nesting of one kind, as text (JSON.stringify itself would overflow at these depths). */
function deep(random: Random): string {
  const depth = pick(random, [20, 31, 33, 40, 150, 1000, 5000, 20_000]);
  const shapes = [
    ['{"type":"blockquote","content":[', ']}'],
    ['{"type":"bulletList","content":[{"type":"listItem","content":[', ']}]}'],
    ['[', ']'],
    ['{"a":', '}'],
  ] as const;
  const [open, close] = pick(random, shapes);
  const nested = `${open.repeat(depth)}{"type":"paragraph"}${close.repeat(depth)}`;
  return BASE.replace('"content": [', `"content": [${nested},`);
}

function wide(random: Random): string {
  const count = pick(random, [1000, 5000, 20_000]);
  const node = pick(random, ['{"type":"paragraph"}', '{"type":"text","text":"ж"}', '0', '{}']);
  return BASE.replace('"content": [', `"content": [${Array.from({ length: count }, () => node).join(',')},`);
}

function hugeString(random: Random): string {
  const length = pick(random, [100_000, 4_100_000]);
  return BASE.replace('"headline": "', `"headline": "${'я'.repeat(length)}`);
}

function truncated(random: Random): string {
  return BASE.slice(0, int(random, BASE.length));
}

/** Bytes, not text: what the reader gets from disk. */
function invalidUtf8(random: Random): Buffer {
  const bytes = Buffer.from(BASE, 'utf8');
  for (let i = 0; i < 1 + int(random, 8); i += 1)
    bytes[int(random, bytes.length)] = pick(random, [0xc0, 0xff, 0xfe, 0x80, 0xed]);
  return bytes;
}

function flippedBytes(random: Random): Buffer {
  const bytes = Buffer.from(BASE, 'utf8');
  for (let i = 0; i < 1 + int(random, 20); i += 1) bytes[int(random, bytes.length)] = int(random, 256);
  return bytes;
}

function spliced(random: Random): string {
  const tokens = ['{', '}', '[', ']', ',', ':', '"', '\\', 'null', '"type"', '"content"', '\u0000', '\ud800', '1e999'];
  let text = BASE;
  for (let i = 0; i < 1 + int(random, 6); i += 1) {
    const at = int(random, text.length);
    text = `${text.slice(0, at)}${pick(random, tokens)}${text.slice(at + int(random, 3))}`;
  }
  return text;
}

const MUTATIONS = { wrongType, deep, wide, hugeString, truncated, invalidUtf8, flippedBytes, spliced } as const;
type MutationName = keyof typeof MUTATIONS;
const HEAVY: readonly MutationName[] = ['wide', 'hugeString'];
const LIGHT = (Object.keys(MUTATIONS) as MutationName[]).filter((name) => !HEAVY.includes(name));

function generate(seed: number, count: number): Array<{ label: string; bytes: Buffer }> {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    // The heavy ones (a second or so each on a busy machine) are rare, so the whole run stays within seconds.
    const name = random() < 0.01 ? pick(random, HEAVY) : pick(random, LIGHT);
    const made = MUTATIONS[name](random);
    return { label: `case ${i} (${name}, seed ${seed})`, bytes: typeof made === 'string' ? Buffer.from(made) : made };
  });
}

describe('the article reader under fuzzing', () => {
  const tempDir = useTempDirs('shpalta-fuzz-');

  it(`never throws on ${CASES} generated and mutated files`, () => {
    const outcomes = { ok: 0, damaged: 0 };
    for (const { label, bytes } of generate(SEED, CASES)) {
      let parsed: ReturnType<typeof parseArticleFile> | undefined;
      expect(() => {
        parsed = parseArticleFile(bytes, ID);
      }, label).not.toThrow();
      if (!parsed) continue;
      if (parsed.ok) outcomes.ok += 1;
      else {
        expect(worded(parsed.reason), label).toMatch(/[а-яіїєґ]/i);
        outcomes.damaged += 1;
      }
    }
    // Not vacuous: both outcomes happen.
    expect(outcomes.ok).toBeGreaterThan(CASES / 20);
    expect(outcomes.damaged).toBeGreaterThan(CASES / 2);
  }, 60_000);

  it(`a library with ${IN_LIBRARY} of them beside good articles lists every good one`, async () => {
    const root = path.join(await tempDir(), 'Шпальта');
    for (const good of GOOD_ARTICLES) await writeArticleFile(root, good.id, good.file);
    const cases = generate(SEED + 1, IN_LIBRARY);
    for (const [i, { bytes }] of cases.entries()) {
      const id = `fuzz-${String(i).padStart(4, '0')}`;
      // The id inside must match the folder for a file to be valid at all.
      await writeArticleFile(root, id, Buffer.from(bytes.toString('latin1').replaceAll(ID, id), 'latin1'));
    }
    const errors: unknown[] = [];
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const session = await LibrarySession.open(root, {
      bus: new EventBus(),
      indexesDir: path.join(path.dirname(root), 'indexes'),
      openIndex: openSearchIndex,
      onError: (error) => errors.push(error),
    });
    try {
      await session.start(60_000);
      const { articles, damaged } = session.catalog.list({ limit: 1000 });
      const listed = new Set(articles.map((a) => a.id));
      for (const good of GOOD_ARTICLES) expect(listed.has(good.id), good.id).toBe(true);
      // Every file is accounted for: listed, or reported damaged with a reason.
      const reported = new Set(damaged.map((d) => path.basename(path.dirname(d.path))));
      for (let i = 0; i < IN_LIBRARY; i += 1) {
        const id = `fuzz-${String(i).padStart(4, '0')}`;
        expect(listed.has(id) || reported.has(id), cases[i]?.label).toBe(true);
      }
      expect(errors).toEqual([]);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
      session.close();
    }
  }, 60_000);
});
