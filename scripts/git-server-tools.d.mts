import type { RunOptions } from './chromium.mjs';

export type { RunOptions };

/** What the preflight reads and runs; thisGitMachine() gives the real ones. */
export interface GitMachine {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  /** What `git --exec-path` prints, or null where there is no git. */
  gitExecPath(): string | null;
  /** Runs a command to its end; true when it exited with 0. */
  run(command: string, args: string[], options: RunOptions): boolean;
  platform: string;
  uid: number | undefined;
  log: Pick<Console, 'log' | 'error'>;
}

export const DEBIAN_GIT_HTTP_BACKEND: string;
export const NO_GIT_HTTP_BACKEND: string;
export function thisGitMachine(overrides?: Partial<GitMachine>): GitMachine;
export function gitHttpBackendCandidates(machine?: GitMachine): string[];
export function findGitHttpBackend(machine?: GitMachine): string | null;
export function ensureGitHttpBackend(machine?: GitMachine): string | null;
