import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import { describeUpdateState } from '../../../renderer/src/updates/update-words';

const uk = createTranslator('uk');
const en = createTranslator('en');

describe('describeUpdateState', () => {
  it('says a downloaded update waits for the quit, and that its install failed when it did', () => {
    expect(describeUpdateState({ kind: 'ready', version: '1.2.0' }, uk)).toBe(
      'Версію 1.2.0 завантажено. Її буде встановлено, коли ви закриєте програму.',
    );
    expect(describeUpdateState({ kind: 'ready', version: '1.2.0', installFailed: true }, uk)).toBe(
      'Версію 1.2.0 завантажено, але встановити її не вдалося. Спробуємо знову, коли ви закриєте програму.',
    );
    expect(describeUpdateState({ kind: 'ready', version: '1.2.0', installFailed: true }, en)).toContain(
      'installing it failed',
    );
  });

  it('words an error by its code, never by the updater’s text', () => {
    expect(describeUpdateState({ kind: 'error', code: 'offline', at: '2026-12-07T10:00:00Z' }, uk)).toContain(
      'немає з’єднання з інтернетом',
    );
  });
});
