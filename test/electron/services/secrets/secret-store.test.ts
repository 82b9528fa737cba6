import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSecretStore, SECRETS_FILES, type SecretCipher } from '../../../../electron/services/secrets/secret-store';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-secrets-');
const TOKEN = 'glpat-VERY-SECRET-TOKEN-1234';

/** A cipher that really changes the bytes (XOR with a key), as safeStorage does with the keychain's key. */
function xorCipher(key: number): SecretCipher {
  const flip = (bytes: Uint8Array) => Uint8Array.from(bytes, (b) => b ^ key);
  return {
    encrypt: (plain) => flip(Buffer.from(plain, 'utf8')),
    decrypt: (sealed) => {
      const text = Buffer.from(flip(sealed)).toString('utf8');
      if (!text.startsWith('glpat-')) throw new Error('not ours');
      return text;
    },
  };
}

describe('FileSecretStore', () => {
  it('without a cipher keeps the token in a file only this user reads, and says it is a plain file', async () => {
    const dir = await tempDir();
    const store = new FileSecretStore(dir, null);
    expect(store.protection).toBe('file');
    await store.set('newsroom:abc', TOKEN);
    expect(await store.get('newsroom:abc')).toBe(TOKEN);
    const file = path.join(dir, SECRETS_FILES.file);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await new FileSecretStore(dir, null).get('newsroom:abc')).toBe(TOKEN);
  });

  it('with a cipher writes only sealed bytes, and a value it cannot open reads as none', async () => {
    const dir = await tempDir();
    const store = new FileSecretStore(dir, xorCipher(0x5a));
    expect(store.protection).toBe('os');
    await store.set('newsroom:abc', TOKEN);
    const text = await readFile(path.join(dir, SECRETS_FILES.os), 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(Buffer.from(text).toString('base64')).not.toContain(Buffer.from(TOKEN).toString('base64'));
    expect(await store.get('newsroom:abc')).toBe(TOKEN);
    expect(await new FileSecretStore(dir, xorCipher(0x33)).get('newsroom:abc')).toBeNull();
  });

  it('the desktop app and browser mode keep apart: neither reads or overwrites the other', async () => {
    const dir = await tempDir();
    await new FileSecretStore(dir, xorCipher(0x5a)).set('newsroom:abc', TOKEN);
    const plain = new FileSecretStore(dir, null);
    expect(await plain.get('newsroom:abc')).toBeNull();
    await plain.set('newsroom:abc', 'other');
    expect(await new FileSecretStore(dir, xorCipher(0x5a)).get('newsroom:abc')).toBe(TOKEN);
  });

  it('changes at once all land; delete forgets; a damaged file holds nothing and is replaced on the next change', async () => {
    const dir = await tempDir();
    const store = new FileSecretStore(dir, null);
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => store.set(name, `${TOKEN}-${name}`)));
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((name) => store.get(name)))).toEqual(
      ['a', 'b', 'c', 'd'].map((name) => `${TOKEN}-${name}`),
    );
    await store.delete('b');
    expect(await store.get('b')).toBeNull();
    await writeFile(path.join(dir, SECRETS_FILES.file), '{ torn');
    expect(await store.get('a')).toBeNull();
    await store.set('a', TOKEN);
    expect(await store.get('a')).toBe(TOKEN);
  });
});
