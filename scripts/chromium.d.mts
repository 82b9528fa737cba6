export function chromiumCandidates(env?: Record<string, string | undefined>): string[];
export function findChromium(
  env?: Record<string, string | undefined>,
  executable?: (file: string) => boolean,
): string | null;
export function canInstallWithApt(platform?: string, uid?: number, executable?: (file: string) => boolean): boolean;
export function ensureChromium(log?: Pick<Console, 'log' | 'error'>): string | null;
