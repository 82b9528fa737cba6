import type { RunOptions } from './chromium.mjs';

export type { RunOptions };

/** What the preflight reads and runs; thisWordPressMachine() gives the real ones. */
export interface WordPressMachine {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  exists(file: string): boolean;
  /** Whether that PHP loads the mysqli extension (Debian's php-mysql). */
  phpHasMysqli(php: string): boolean;
  /** Runs a command to its end; true when it exited with 0. */
  run(command: string, args: string[], options: RunOptions): boolean;
  platform: string;
  uid: number | undefined;
  log: Pick<Console, 'log' | 'error'>;
}

/** Where each tool was found. */
export interface WordPressTools {
  /** The site's folder (Debian's /usr/share/wordpress). */
  wordpress: string;
  php: string;
  mariadbd: string;
  /** mariadb-install-db */
  installDb: string;
  /** The `mariadb` command-line client. */
  client: string;
}

export const WORDPRESS_PACKAGES: string[];
export const DEBIAN_WORDPRESS_DIR: string;
export const NO_WORDPRESS_TOOLS: string;
export function thisWordPressMachine(overrides?: Partial<WordPressMachine>): WordPressMachine;
export function findWordPressTools(machine?: WordPressMachine): WordPressTools | null;
export function ensureWordPressTools(machine?: WordPressMachine): WordPressTools | null;

/** The unit and integration tests that need the real WordPress. */
export declare const WORDPRESS_TEST_FILES: readonly string[];
/** The end-to-end specs that need it. */
export declare const WORDPRESS_E2E_SPECS: readonly string[];
export declare const WORDPRESS_TESTS_LEFT_OUT: string;
/** Whether this machine could install the tools itself (root with apt): then missing them is a failure. */
export declare function wordpressRequired(machine?: WordPressMachine): boolean;
