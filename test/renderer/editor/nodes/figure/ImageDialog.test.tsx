import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImageDialog } from '../../../../../renderer/src/editor/nodes/figure/ImageDialog';
import { MAX_IMAGE_BYTES } from '../../../../../renderer/src/editor/nodes/figure/image-import';
import type { FigureAttrs } from '../../../../../shared/domain/body-nodes';
import { sha256 } from '../../../../fixtures/sha256';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';
import { type EditorLibrary, useEditorLibrary } from '../../support/real-editor-api';

beforeAll(installDialogPolyfill);
const openLibrary = useEditorLibrary();

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const png = (name = 'засідання.png') => new File([PNG_BYTES], name, { type: 'image/png' });

async function open(library?: EditorLibrary) {
  library ??= await openLibrary();
  const { api } = library;
  const inserted: FigureAttrs[] = [];
  let closed = 0;
  render(<ImageDialog context={library.context()} onInsert={(attrs) => inserted.push(attrs)} close={() => closed++} />);
  const choose = (file: File) => {
    fireEvent.change(screen.getByLabelText('Файл зображення'), { target: { files: [file] } });
  };
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
  const insert = () => fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
  /** The file is stored: the dialog says so once the library has answered. */
  const stored = (name: string) => screen.findByText(`Зображення «${name}» збережено.`);
  return { library, api, inserted, closed: () => closed, choose, stored, field, insert };
}

describe('ImageDialog («Додати зображення»)', () => {
  it('stores the chosen file in the article’s media and inserts it with alt text, caption and credit', async () => {
    const { library, choose, stored, field, insert, inserted, closed } = await open();
    choose(png());
    await stored('засідання.png');
    const hash = sha256(PNG_BYTES);
    // The bytes are in the article's own folder, named by their hash.
    expect(await library.mediaFiles()).toEqual({ [`${hash}.png`]: Buffer.from(PNG_BYTES) });
    expect(document.activeElement).toBe(field('Опис для незрячих читачів (alt)'));

    fireEvent.change(field('Опис для незрячих читачів (alt)'), { target: { value: ' Депутати в сесійній залі ' } });
    fireEvent.change(field('Підпис'), { target: { value: 'Засідання Ради' } });
    fireEvent.change(field('Автор фото'), { target: { value: 'Фото: Олена Петренко' } });
    insert();
    expect(inserted).toEqual([
      {
        src: `media/${hash}.png`,
        alt: 'Депутати в сесійній залі',
        caption: 'Засідання Ради',
        credit: 'Олена Петренко',
      },
    ]);
    expect(closed()).toBe(1);
  });

  it('shows progress while the file is being stored, and cannot insert before it is', async () => {
    const library = await openLibrary();
    library.api.hold('media.import');
    const { api, choose } = await open(library);
    choose(png('фото.png'));
    await waitFor(() => expect(api.heldCalls()).toEqual(['media.import']));
    expect(screen.getByText('Зберігаємо «фото.png» у папці статті…')).toBeTruthy();
    expect(document.querySelector('progress')).not.toBeNull();
    expect((screen.getByRole('button', { name: 'Вставити' }) as HTMLButtonElement).disabled).toBe(true);
    await act(() => api.release());
    expect(await screen.findByText('Зображення «фото.png» збережено.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Вставити' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks for the alt text instead of inserting an image without it', async () => {
    const { choose, stored, insert, inserted, field } = await open();
    choose(png());
    await stored('засідання.png');
    insert();
    expect(inserted).toEqual([]);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Додайте опис зображення: без нього стаття не готова до публікації.',
    );
    expect(field('Опис для незрячих читачів (alt)').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file that is not an image, in Ukrainian, without sending it', async () => {
    const { library, api, choose } = await open();
    choose(new File(['%PDF-1.7'], 'звіт.pdf', { type: 'application/pdf' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Файл «звіт.pdf» не схожий на зображення. Підходять JPG, PNG, GIF, WebP, AVIF і SVG.',
    );
    expect(api.callsOf('media.import')).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
  });

  it('refuses a file over 30 MB before reading it', async () => {
    const { library, api, choose } = await open();
    const big = png('панорама.png');
    Object.defineProperty(big, 'size', { value: MAX_IMAGE_BYTES + 1 });
    choose(big);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Файл «панорама.png» завеликий: зображення має бути не більше 30 МБ.',
    );
    expect(api.callsOf('media.import')).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
  });

  it('reports a disk error from the library in words', async () => {
    const library = await openLibrary();
    const diskFull = library.failMediaWrites('ENOSPC');
    const { choose } = await open(library);
    choose(png('фото.png'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Не вдалося зберегти «фото.png» на диск: Не вдалося зберегти зображення: на диску закінчилося місце.',
    );
    expect(diskFull.hits).toBe(1);
    // The half-written file was taken away: nothing is left in the article's media.
    expect(await library.mediaFiles()).toEqual({});
  });
});
