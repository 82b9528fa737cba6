import { describe, expect, it } from 'vitest';
import { parseServeOptions, SERVE_USAGE, UsageError } from '../../../electron/web/serve-options';

function usageError(argv: string[], env: NodeJS.ProcessEnv = {}): UsageError {
  try {
    parseServeOptions(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error(`expected a UsageError for ${JSON.stringify(argv)}`);
}

describe('parseServeOptions', () => {
  it('defaults: a free port, desktop settings folder, library from settings, open the browser', () => {
    expect(parseServeOptions([], {})).toEqual({ port: 0, userDataDir: null, libraryPath: null, open: true });
  });

  it('reads --port in both spellings', () => {
    expect(parseServeOptions(['--port', '8080'], {}).port).toBe(8080);
    expect(parseServeOptions(['--port=5173'], {}).port).toBe(5173);
    expect(parseServeOptions(['--port', '65535'], {}).port).toBe(65535);
  });

  it.each([['abc'], ['70000'], ['65536'], ['1.5'], ['-1'], ['0x']])(
    'rejects --port=%s with a UsageError naming it',
    (value) => {
      const error = usageError([`--port=${value}`]);
      expect(error.message).toContain(`«${value}»`);
      expect(error.message).toMatch(/^Порт має бути/);
    },
  );

  it('takes the port from SHPALTA_PORT, the flag winning', () => {
    expect(parseServeOptions([], { SHPALTA_PORT: '4000' }).port).toBe(4000);
    expect(parseServeOptions(['--port', '5000'], { SHPALTA_PORT: '4000' }).port).toBe(5000);
  });

  it('a bad SHPALTA_PORT is a UsageError that names the bad value', () => {
    const error = usageError([], { SHPALTA_PORT: 'abc' });
    expect(error.message).toContain('«abc»');
  });

  it('CI in the environment or --no-open keeps the browser closed', () => {
    expect(parseServeOptions([], { CI: 'true' }).open).toBe(false);
    expect(parseServeOptions([], { CI: '1' }).open).toBe(false);
    expect(parseServeOptions(['--no-open'], {}).open).toBe(false);
  });

  it('takes the library from SHPALTA_LIBRARY, the flag winning', () => {
    expect(parseServeOptions([], { SHPALTA_LIBRARY: '/srv/Шпальта' }).libraryPath).toBe('/srv/Шпальта');
    expect(parseServeOptions(['--library', '/home/o/lib'], { SHPALTA_LIBRARY: '/srv/Шпальта' }).libraryPath).toBe(
      '/home/o/lib',
    );
  });

  it('takes the settings folder from --user-data or SHPALTA_USER_DATA', () => {
    expect(parseServeOptions(['--user-data', '/tmp/u'], {}).userDataDir).toBe('/tmp/u');
    expect(parseServeOptions([], { SHPALTA_USER_DATA: '/tmp/e' }).userDataDir).toBe('/tmp/e');
    expect(parseServeOptions(['--user-data=/tmp/u'], { SHPALTA_USER_DATA: '/tmp/e' }).userDataDir).toBe('/tmp/u');
  });

  it('--help is a UsageError without a message (the usage text is printed)', () => {
    expect(usageError(['--help']).message).toBe('');
    expect(SERVE_USAGE).toContain('--port');
    expect(SERVE_USAGE).toContain('--no-open');
  });

  it('an unknown option is a UsageError, so the usage text is printed', () => {
    usageError(['--prot', '8080']);
  });
});
