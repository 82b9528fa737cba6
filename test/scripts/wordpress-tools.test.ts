import { describe, expect, it } from 'vitest';
import {
  DEBIAN_WORDPRESS_DIR,
  ensureWordPressTools,
  findWordPressTools,
  NO_WORDPRESS_TOOLS,
  WORDPRESS_PACKAGES,
  wordpressRequired,
  type RunOptions,
  type WordPressMachine,
} from '../../scripts/wordpress-tools.mjs';

const SITE_FILES: [string, string] = [
  `${DEBIAN_WORDPRESS_DIR}/wp-load.php`,
  `${DEBIAN_WORDPRESS_DIR}/wp-content/themes/twentytwentythree/style.css`,
];
const PROGRAMS = ['/usr/bin/php', '/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db', '/usr/bin/mariadb'];
const EVERYTHING = [...SITE_FILES, ...PROGRAMS];

/**
 * A machine made of a set of files (all executable) and whether its PHP has mysqli: nothing here looks at this
 * computer. Each command run is recorded; `installs` says which files an `apt-get install` leaves behind.
 */
function fakeMachine(
  options: { files?: string[]; mysqli?: boolean; uid?: number; platform?: string; installs?: string[] } = {},
) {
  const files = new Set(options.files ?? []);
  let mysqli = options.mysqli ?? true;
  const ran: { command: string; args: string[]; options: RunOptions }[] = [];
  const lines: string[] = [];
  const machine: WordPressMachine = {
    env: { PATH: '/usr/local/bin:/usr/bin' },
    isExecutable: (file) => files.has(file),
    exists: (file) => files.has(file),
    phpHasMysqli: () => mysqli,
    run: (command, args, runOptions) => {
      ran.push({ command, args, options: runOptions });
      if (args[0] === 'update') return true;
      const made = options.installs ?? [];
      for (const file of made) files.add(file);
      mysqli = true; // php-mysql is among the packages
      return made.length > 0;
    },
    platform: options.platform ?? 'linux',
    uid: options.uid ?? 0,
    log: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) },
  };
  return { machine, ran, lines, commands: () => ran.map((r) => `${r.command} ${r.args.join(' ')}`) };
}

describe('findWordPressTools', () => {
  it('finds the site, PHP, and MariaDB’s server (in /usr/sbin, off a user’s PATH), installer and client', () => {
    expect(findWordPressTools(fakeMachine({ files: EVERYTHING }).machine)).toEqual({
      wordpress: DEBIAN_WORDPRESS_DIR,
      php: '/usr/bin/php',
      mariadbd: '/usr/sbin/mariadbd',
      installDb: '/usr/bin/mariadb-install-db',
      client: '/usr/bin/mariadb',
    });
  });

  it.each([['the site', SITE_FILES[0]], ['the theme', SITE_FILES[1]], ...PROGRAMS.map((file) => [file, file])])(
    'is null without %s',
    (_, missing) => {
      expect(
        findWordPressTools(fakeMachine({ files: EVERYTHING.filter((file) => file !== missing) }).machine),
      ).toBeNull();
    },
  );

  it('is null when PHP cannot speak to MySQL (no php-mysql)', () => {
    expect(findWordPressTools(fakeMachine({ files: EVERYTHING, mysqli: false }).machine)).toBeNull();
  });
});

describe('ensureWordPressTools', () => {
  it('returns what is there without running anything', () => {
    const fake = fakeMachine({ files: [...EVERYTHING, '/usr/bin/apt-get'] });
    expect(ensureWordPressTools(fake.machine)?.wordpress).toBe(DEBIAN_WORDPRESS_DIR);
    expect(fake.ran).toEqual([]);
    expect(fake.lines).toEqual([]);
  });

  it('installs Debian’s packages with apt-get as root, without recommends or prompts', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], installs: EVERYTHING, mysqli: false });
    expect(ensureWordPressTools(fake.machine)?.mariadbd).toBe('/usr/sbin/mariadbd');
    expect(fake.commands()).toEqual([
      'apt-get update -qq',
      `apt-get install -y -qq --no-install-recommends ${WORDPRESS_PACKAGES.join(' ')}`,
    ]);
    expect(WORDPRESS_PACKAGES).toEqual([
      'wordpress',
      'wordpress-theme-twentytwentythree',
      'php-cli',
      'php-mysql',
      'mariadb-server',
    ]);
    expect(fake.ran.every((r) => r.options.env.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
  });

  it.each([
    { why: 'not root', options: { uid: 1000 } },
    { why: 'no apt-get', options: { files: [] } },
    { why: 'not Linux', options: { platform: 'darwin' } },
  ])('installs nothing when $why, and says in one line what to install', ({ options }) => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], installs: EVERYTHING, ...options });
    expect(ensureWordPressTools(fake.machine)).toBeNull();
    expect(fake.ran).toEqual([]);
    expect(fake.lines).toEqual([`error: ${NO_WORDPRESS_TOOLS}`]);
  });

  it('says what to install when apt-get ran but left something missing', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], installs: SITE_FILES });
    expect(ensureWordPressTools(fake.machine)).toBeNull();
    expect(fake.lines.filter((line) => line.startsWith('error: '))).toEqual([`error: ${NO_WORDPRESS_TOOLS}`]);
  });

  it('words its one line in Ukrainian with the command to run', () => {
    expect(NO_WORDPRESS_TOOLS).not.toContain('\n');
    expect(NO_WORDPRESS_TOOLS).toContain(`apt-get install --no-install-recommends ${WORDPRESS_PACKAGES.join(' ')}`);
    expect(NO_WORDPRESS_TOOLS).toMatch(/[а-яіїєґ]/);
  });
});

describe('wordpressRequired', () => {
  it('holds where root could install the tools, or where the runner says it installed them', () => {
    expect(wordpressRequired(fakeMachine({ uid: 0, files: ['/usr/bin/apt-get'] }).machine)).toBe(true);
    expect(wordpressRequired(fakeMachine({ uid: 0 }).machine)).toBe(false); // no apt-get
    const user = fakeMachine({ uid: 1001, files: ['/usr/bin/apt-get'] }).machine;
    expect(wordpressRequired(user)).toBe(false);
    expect(wordpressRequired({ ...user, env: { ...user.env, SHPALTA_WORDPRESS: 'required' } })).toBe(true);
    expect(wordpressRequired(fakeMachine({ uid: 0, platform: 'darwin', files: ['/usr/bin/apt-get'] }).machine)).toBe(
      false,
    );
  });
});
