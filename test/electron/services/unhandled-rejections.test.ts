import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CHILD = path.resolve('test/fixtures/unhandled/reject-once.ts');

/** Runs the child under tsx and resolves with its exit code and output once it ends. */
function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('logUnhandledRejections', () => {
  it('keeps the process alive and logs the rejection (both hosts call it first thing)', async () => {
    const { code, output } = await run(['--log']);
    expect(output).toContain('Unhandled rejection in background work');
    expect(output).toContain('RangeError');
    expect(output).toContain('still alive');
    expect(code).toBe(0);
  }, 30_000);

  it('is what stands between a stray rejection and the end of the process (the control)', async () => {
    const { code, output } = await run([]);
    expect(output).not.toContain('still alive');
    expect(code).not.toBe(0);
  }, 30_000);
});
