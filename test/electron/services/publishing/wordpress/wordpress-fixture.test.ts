import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { png } from '../../../../fixtures/images';
import { makeTempDir } from '../../../../fixtures/temp-dir';
import { startWordPress } from '../../../../fixtures/wordpress-server';

/*
 * The real WordPress the target's tests stand on (test/fixtures/wordpress-server.ts) leaves nothing running:
 * closing it stops MariaDB and `php -S` with its workers, and an instance whose test process was killed is
 * stopped by the next start.
 */

const FIXTURE = path.resolve('test/fixtures/wordpress-server.ts');

/** Whether a process, or any process of its group (php -S's workers), still runs (a zombie counts as gone). */
async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && !/^\d+ \(.*\) Z/.test(stat);
}

async function groupRunning(pgid: number): Promise<number[]> {
  const { readdir } = await import('node:fs/promises');
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command's closing parenthesis: state, ppid, pgrp.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') found.push(Number(entry));
  }
  return found;
}

describe('the test WordPress', () => {
  it('stops MariaDB, php -S and its workers on close', { timeout: 120_000 }, async () => {
    const wp = await startWordPress({ proxy: true });
    const pids = wp.pids();
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(await running(pid)).toBe(true);
    expect((await groupRunning(pids[1] ?? 0)).length).toBeGreaterThan(1); // php -S and its workers
    await wp.close();
    for (const pid of pids) expect(await groupRunning(pid)).toEqual([]);
  });

  it('empties the site on reset: posts, pictures and terms go, people stay', { timeout: 120_000 }, async () => {
    const wp = await startWordPress();
    try {
      const admin = wp.people.admin;
      const headers = {
        authorization: `Basic ${Buffer.from(`${admin.login}:${admin.appPassword}`).toString('base64')}`,
      };
      const made = await fetch(`${wp.url}/?rest_route=/wp/v2/media`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'image/png', 'content-disposition': 'attachment; filename="p.png"' },
        body: new Uint8Array(png(4, 4)),
      });
      expect(made.status).toBe(201);
      const { source_url: source } = (await made.json()) as { source_url: string };
      const tag = await fetch(`${wp.url}/?rest_route=/wp/v2/tags`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'мітка' }),
      });
      expect(tag.status).toBe(201);
      expect((await fetch(source)).headers.get('content-type')).toBe('image/png');

      await wp.reset();

      expect(
        (await wp.sql("SELECT COUNT(*) FROM wp_posts; SELECT COUNT(*) FROM wp_terms WHERE name = 'мітка';"))
          .split('\n')
          .slice(0, 2),
      ).toEqual(['0', '0']);
      // WordPress answers the address now (a redirect to a page), not the picture.
      expect((await fetch(source)).headers.get('content-type')).not.toBe('image/png');
      expect(await wp.rest('/wp/v2/users/me')).toMatchObject({ slug: 'admin' });
    } finally {
      await wp.close();
    }
  });

  it('stops an instance whose test process was killed, at the next start', { timeout: 120_000 }, async () => {
    const dir = await makeTempDir();
    const script = path.join(dir, 'orphan.mts');
    await writeFile(
      script,
      `import { startWordPress } from ${JSON.stringify(FIXTURE)};\n` +
        `const wp = await startWordPress();\nconsole.log('started ' + JSON.stringify(wp.pids()));\n` +
        `setInterval(() => {}, 1000);\n`,
    );
    // tsx as a loader in this very process (its command line would run the script in a child of its own).
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
    const child = spawn(process.execPath, ['--import', tsx, script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pids = await new Promise<number[]>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const match = /started (\[[\d,]+\])/.exec(out);
        if (match?.[1]) resolve(JSON.parse(match[1]) as number[]);
      });
      child.once('exit', (code) => reject(new Error(`the child exited (${code}) before its WordPress started`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    for (const pid of pids) expect(await running(pid)).toBe(true); // orphans now

    const next = await startWordPress();
    try {
      for (const pid of pids) expect(await groupRunning(pid)).toEqual([]);
    } finally {
      await next.close();
    }
  });
});
