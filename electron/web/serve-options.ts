import { parseArgs } from 'node:util';

export interface ServeOptions {
  port: number;
  userDataDir: string | null;
  libraryPath: string | null;
  open: boolean;
}

export const SERVE_USAGE = `Використання: npm run serve -- [--port N] [--library ТЕКА] [--user-data ТЕКА] [--no-open]
  --port N          порт на 127.0.0.1 (типово: той самий, що минулого разу, або вільний)
  --library ТЕКА    тека бібліотеки статей (запам’ятовується в налаштуваннях)
  --user-data ТЕКА  тека налаштувань (типово: та сама, що в настільній програмі)
  --no-open         не відкривати браузер`;

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
    throw new UsageError(`Невідомий або неповний параметр: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values } = parsed;
  if (values.help) throw new UsageError('');
  const rawPort = values.port ?? env.SHPALTA_PORT ?? '0';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new UsageError(`Порт має бути цілим числом від 0 до 65535, отримано «${rawPort}».`);
  }
  return {
    port,
    userDataDir: values['user-data'] ?? env.SHPALTA_USER_DATA ?? null,
    libraryPath: values.library ?? env.SHPALTA_LIBRARY ?? null,
    open: !values['no-open'] && !env.CI,
  };
}

export class UsageError extends Error {}
