export interface RunOptions {
  env: Record<string, string | undefined>;
  /** Its output is dropped, so that a failure ends in the preflight's one line. */
  quiet?: boolean;
}

/** What the preflight reads and runs; thisMachine() gives the real ones. */
export interface Machine {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  /** Where Playwright's own Chromium is or would be installed. */
  playwrightChromium(): string | null;
  /** Runs a command to its end; true when it exited with 0. */
  run(command: string, args: string[], options: RunOptions): boolean;
  platform: string;
  uid: number | undefined;
  log: Pick<Console, 'log' | 'error'>;
}

export const SYSTEM_CHROMIUM_NAMES: string[];
export const NO_CHROMIUM: string;
export function thisMachine(overrides?: Partial<Machine>): Machine;
export function chromiumCandidates(machine?: Machine): string[];
export function findChromium(machine?: Machine): string | null;
export function canInstallWithApt(machine: Machine): boolean;
export function ensureChromium(machine?: Machine): string | null;
