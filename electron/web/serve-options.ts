import { parseArgs } from 'node:util';
import { createTranslator } from '../../shared/i18n/translate';

export interface ServeOptions {
  port: number;
  userDataDir: string | null;
  libraryPath: string | null;
  open: boolean;
}

// The command line is read before the settings, so these words are in the default language (Ukrainian).
const words = createTranslator('uk');

export const SERVE_USAGE = words('serve.usage');

export function parseServeOptions(argv: string[], env: NodeJS.ProcessEnv): ServeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        library: { type: 'string' },
        'user-data': { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(words('serve.badOption', { reason: error instanceof Error ? error.message : String(error) }));
  }
  const { values } = parsed;
  if (values.help) throw new UsageError('');
  const rawPort = values.port ?? env.SHPALTA_PORT ?? '0';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new UsageError(words('serve.badPort', { port: rawPort }));
  }
  return {
    port,
    userDataDir: values['user-data'] ?? env.SHPALTA_USER_DATA ?? null,
    libraryPath: values.library ?? env.SHPALTA_LIBRARY ?? null,
    open: !values['no-open'] && !env.CI,
  };
}

export class UsageError extends Error {}
