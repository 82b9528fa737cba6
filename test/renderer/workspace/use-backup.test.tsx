import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/domain/article';
import { useBackup, type Backup, type BackupOffer } from '../../../renderer/src/workspace/use-backup';
import { inside } from '../../fixtures/faulty-fs';
import { useEditorLibrary, type EditorLibrary } from '../editor/support/real-editor-api';
import { articleDir } from './support/other-program';

const openLibrary = useEditorLibrary();

/** A save that cannot write the library (a full disk): the services keep the edits in the app's backup. */
async function failedSave(library: EditorLibrary, change: Partial<Article>): Promise<void> {
  const file = await library.otherWindow.invoke('article.get', { id: library.articleId });
  const fault = library.faults.fail('handle.writeFile', 'ENOSPC', { when: inside(articleDir(library)) });
  await expect(
    library.otherWindow.invoke('article.save', { article: { ...file.article, ...change }, baseHash: file.hash }),
  ).rejects.toMatchObject({ code: 'io-error', reason: { key: 'error.save.backedUp' } });
  fault.clear();
}

async function open(library: EditorLibrary) {
  const file = await library.api.invoke('article.get', { id: library.articleId });
  const restored: Backup[] = [];
  const errors: unknown[] = [];
  let offer: BackupOffer | null = null;
  function Recovery() {
    offer = useBackup(
      library.api,
      file.article,
      (backup) => restored.push(backup),
      (error) => errors.push(error),
    );
    return null;
  }
  render(<Recovery />);
  return { restored, errors, offer: () => offer as BackupOffer | null };
}

describe('useBackup', () => {
  it('offers back the edits a failed save kept, and hands them over when the journalist restores them', async () => {
    const library = await openLibrary();
    await failedSave(library, { headline: 'Зміни, які не записалися' });
    const { offer, restored, errors } = await open(library);
    await waitFor(() => expect(offer()?.backup?.article.headline).toBe('Зміни, які не записалися'));

    act(() => offer()?.restore());
    expect(restored.map((backup) => backup.article.headline)).toEqual(['Зміни, які не записалися']);
    expect(offer()?.backup).toBeNull();
    expect(errors).toEqual([]);
  });

  it('deletes the backup when the journalist discards it', async () => {
    const library = await openLibrary();
    await failedSave(library, { headline: 'Непотрібні зміни' });
    const { offer, restored } = await open(library);
    await waitFor(() => expect(offer()?.backup).not.toBeNull());

    act(() => offer()?.discard());
    expect(offer()?.backup).toBeNull();
    await waitFor(() => expect(library.api.callsOf('article.discardBackup')).toHaveLength(1));
    await library.api.finished();
    expect((await library.otherWindow.invoke('article.backup', { id: library.articleId })).backup).toBeNull();
    expect(restored).toEqual([]);
  });

  it('drops a backup equal to the file without asking', async () => {
    const library = await openLibrary();
    await failedSave(library, {});
    const { offer } = await open(library);
    await waitFor(() => expect(library.api.callsOf('article.discardBackup')).toHaveLength(1));
    expect(offer()?.backup).toBeNull();
    await library.api.finished();
    expect((await library.otherWindow.invoke('article.backup', { id: library.articleId })).backup).toBeNull();
  });
});
