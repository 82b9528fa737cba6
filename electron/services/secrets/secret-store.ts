import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SecretProtection } from '../../../shared/newsroom/newsroom-link';
import { writeFileAtomic } from '../fs/atomic-write';
import { isCode } from '../fs/io-error';

/**
 * The one place credentials live (a newsroom server's token, later the publishing targets'). Never settings,
 * logs, errors, the page or the library: settings are shown and exported, the library is shared.
 */
export interface SecretStore {
  /** `os`: encrypted with the OS keychain's key (Electron safeStorage); `file`: a plain file only this user reads. */
  readonly protection: SecretProtection;
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}

/** Electron's safeStorage, passed in by the desktop host: services never import 'electron'. */
export interface SecretCipher {
  encrypt(plain: string): Uint8Array;
  decrypt(sealed: Uint8Array): string;
}

/** One file per protection: the desktop app and browser mode share the data folder, and neither reads the other's. */
export const SECRETS_FILES: Record<SecretProtection, string> = {
  os: 'secrets.json',
  file: 'secrets-unencrypted.json',
};
const FORMAT = 1;

interface SecretsFile {
  format: typeof FORMAT;
  protection: SecretProtection;
  /** name → base64 of the sealed (or, without a cipher, plain UTF-8) value. */
  secrets: Record<string, string>;
}

/**
 * Secrets in `<userData>/secrets.json` (mode 0600, written atomically). With a cipher the values are sealed by
 * the OS keychain's key; without one (browser mode) they are only as safe as this user's files, and the UI
 * says so. A value the cipher cannot open (another OS account's key) reads as none: it is asked for again.
 */
export class FileSecretStore implements SecretStore {
  readonly protection: SecretProtection;
  private readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    userDataDir: string,
    private readonly cipher: SecretCipher | null,
  ) {
    this.protection = cipher ? 'os' : 'file';
    this.file = path.join(userDataDir, SECRETS_FILES[this.protection]);
  }

  async get(name: string): Promise<string | null> {
    const sealed = (await this.read()).secrets[name];
    if (sealed === undefined) return null;
    const bytes = Buffer.from(sealed, 'base64');
    try {
      return this.cipher ? this.cipher.decrypt(bytes) : bytes.toString('utf8');
    } catch {
      return null; // sealed by another login's key or another keychain: a person enters it again
    }
  }

  set(name: string, value: string): Promise<void> {
    return this.change((secrets) => {
      const bytes = this.cipher ? this.cipher.encrypt(value) : Buffer.from(value, 'utf8');
      secrets[name] = Buffer.from(bytes).toString('base64');
    });
  }

  delete(name: string): Promise<void> {
    return this.change((secrets) => {
      delete secrets[name];
    });
  }

  /** Changes take turns: two at once must not each write the file without the other's. */
  private change(edit: (secrets: Record<string, string>) => void): Promise<void> {
    const next = this.queue.then(async () => {
      const current = await this.read();
      const secrets = { ...current.secrets };
      edit(secrets);
      const file: SecretsFile = { format: FORMAT, protection: this.protection, secrets };
      await writeFileAtomic(this.file, `${JSON.stringify(file, null, 2)}\n`, undefined, { mode: 0o600 });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return this.empty();
      throw error;
    }
    try {
      const parsed = JSON.parse(text) as Partial<SecretsFile>;
      if (parsed.format !== FORMAT || typeof parsed.secrets !== 'object' || parsed.secrets === null)
        return this.empty();
      return { format: FORMAT, protection: this.protection, secrets: { ...parsed.secrets } };
    } catch {
      return this.empty(); // a damaged file holds nothing usable: the person enters the token again
    }
  }

  private empty(): SecretsFile {
    return { format: FORMAT, protection: this.protection, secrets: {} };
  }
}
