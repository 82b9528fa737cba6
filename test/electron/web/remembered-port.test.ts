import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRememberedPort, rememberPort, startOnPreferredPort } from '../../../electron/web/remembered-port';
import { useTempDirs } from '../../fixtures/temp-dir';

function listen(port: number): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const portOf = (server: http.Server) => (server.address() as AddressInfo).port;
const close = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('the browser-mode port remembered in the user-data folder', () => {
  const tempDir = useTempDirs('shpalta-port-');

  it('is what the last run used, and nothing before a first run or when damaged', async () => {
    const dir = await tempDir();
    expect(await readRememberedPort(dir)).toBeNull();
    await rememberPort(dir, 4777);
    expect(await readRememberedPort(dir)).toBe(4777);
    await writeFile(path.join(dir, 'browser-port'), '99999');
    expect(await readRememberedPort(dir)).toBeNull();
  });

  it('is used again when free, so a restarted host answers on the address of the open tabs', async () => {
    const first = await listen(0);
    const port = portOf(first);
    await close(first);
    const again = await startOnPreferredPort(port, listen);
    expect(portOf(again)).toBe(port);
    await close(again);
  });

  it('gives way to a free port when another program took it', async () => {
    const other = await listen(0);
    const started = await startOnPreferredPort(portOf(other), listen);
    expect(portOf(started)).not.toBe(portOf(other));
    await Promise.all([close(started), close(other)]);
  });
});
