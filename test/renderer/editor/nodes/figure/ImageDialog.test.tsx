import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImageDialog } from '../../../../../renderer/src/editor/nodes/figure/ImageDialog';
import { MAX_IMAGE_BYTES } from '../../../../../shared/media/image-check';
import type { FigureAttrs } from '../../../../../shared/domain/body-nodes';
import { sha256 } from '../../../../fixtures/sha256';
import { png as pngBytes } from '../../../../fixtures/images';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';
import { useObjectUrls } from '../../support/object-urls';
import { type EditorLibrary, useEditorLibrary } from '../../support/real-editor-api';

beforeAll(installDialogPolyfill);
const openLibrary = useEditorLibrary();

const { made, revoked } = useObjectUrls();

const PNG_BYTES = new Uint8Array(pngBytes(3, 2));
const png = (name = 'засідання.png', bytes = PNG_BYTES) => new File([bytes], name, { type: 'image/png' });

async function open(library?: EditorLibrary) {
  library ??= await openLibrary();
  const { api } = library;
  const inserted: FigureAttrs[] = [];
  let closed = 0;
  const view = render(
    <ImageDialog context={library.context()} onInsert={(attrs) => inserted.push(attrs)} close={() => closed++} />,
  );
  const choose = (file: File) => {
    fireEvent.change(screen.getByLabelText('Файл зображення'), { target: { files: [file] } });
  };
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
  const insert = () => fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
  /** The file is checked and shown: the dialog says what it is, and that it is not stored yet. */
  const chosen = (name: string, size = '3 × 2') =>
    screen.findByText(`«${name}», ${size} пікселів. Файл збережемо в папці статті, коли ви вставите зображення.`);
  return { library, api, inserted, closed: () => closed, choose, chosen, field, insert, view };
}

describe('ImageDialog («Додати зображення»)', () => {
  it('previews the chosen file, and stores it only when it is inserted, with alt text, caption and credit', async () => {
    const { library, api, choose, chosen, field, insert, inserted, closed } = await open();
    choose(png());
    await chosen('засідання.png');
    expect(document.querySelector('img.image-dialog-preview')?.getAttribute('src')).toBe(made.at(-1));
    expect(api.callsOf('media.import')).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
    expect(document.activeElement).toBe(field('Опис для незрячих читачів (alt)'));

    fireEvent.change(field('Опис для незрячих читачів (alt)'), { target: { value: ' Депутати в сесійній залі ' } });
    fireEvent.change(field('Підпис'), { target: { value: 'Засідання Ради' } });
    fireEvent.change(field('Автор фото'), { target: { value: 'Фото: Олена Петренко' } });
    insert();
    const hash = sha256(PNG_BYTES);
    await waitFor(() => expect(closed()).toBe(1));
    expect(inserted).toEqual([
      {
        src: `media/${hash}.png`,
        alt: 'Депутати в сесійній залі',
        caption: 'Засідання Ради',
        credit: 'Олена Петренко',
      },
    ]);
    // The bytes are in the article's own folder, named by their hash.
    expect(await library.mediaFiles()).toEqual({ [`${hash}.png`]: Buffer.from(PNG_BYTES) });
  });

  it('a replaced or cancelled choice stores nothing and lets its preview go', async () => {
    const { library, api, choose, chosen, closed, view } = await open();
    choose(png('перше.png'));
    await chosen('перше.png');
    const first = made.at(-1) as string;
    choose(png('друге.png', new Uint8Array(pngBytes(5, 4, 1))));
    await chosen('друге.png', '5 × 4');
    expect(revoked).toContain(first);
    const second = made.at(-1) as string;
    fireEvent.click(screen.getByRole('button', { name: 'Скасувати' }));
    expect(closed()).toBe(1);
    view.unmount();
    expect(revoked).toContain(second);
    expect(api.callsOf('media.import')).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
  });

  it('shows progress while the file is being stored, and cannot insert it twice', async () => {
    const library = await openLibrary();
    library.api.hold('media.import');
    const { api, choose, chosen, field, insert, inserted } = await open(library);
    choose(png('фото.png'));
    await chosen('фото.png');
    fireEvent.change(field('Опис для незрячих читачів (alt)'), { target: { value: 'Фото' } });
    insert();
    await waitFor(() => expect(api.heldCalls()).toEqual(['media.import']));
    expect(screen.getByText('Зберігаємо «фото.png» у папці статті…')).toBeTruthy();
    expect(document.querySelector('progress')).not.toBeNull();
    expect((screen.getByRole('button', { name: 'Вставити' }) as HTMLButtonElement).disabled).toBe(true);
    await act(() => api.release());
    await waitFor(() => expect(inserted).toHaveLength(1));
  });

  it('asks for the alt text instead of inserting an image without it', async () => {
    const { api, choose, chosen, insert, inserted, field } = await open();
    choose(png());
    await chosen('засідання.png');
    insert();
    expect(inserted).toEqual([]);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Додайте опис зображення: без нього стаття не готова до публікації.',
    );
    expect(field('Опис для незрячих читачів (alt)').getAttribute('aria-invalid')).toBe('true');
    expect(api.callsOf('media.import')).toEqual([]);
  });

  it('refuses a file that is not an image, in Ukrainian, without sending it', async () => {
    const { library, api, choose } = await open();
    choose(new File(['%PDF-1.7'], 'звіт.pdf', { type: 'application/pdf' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Файл «звіт.pdf» — це не зображення. Підходять JPG, PNG, GIF, WebP і AVIF.',
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

  it('reports a disk error from the library in words when inserting', async () => {
    const library = await openLibrary();
    const diskFull = library.failMediaWrites('ENOSPC');
    const { choose, chosen, field, insert, inserted, closed } = await open(library);
    choose(png('фото.png'));
    await chosen('фото.png');
    fireEvent.change(field('Опис для незрячих читачів (alt)'), { target: { value: 'Фото' } });
    insert();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Не вдалося зберегти «фото.png» на диск: Не вдалося зберегти зображення: на диску закінчилося місце.',
    );
    expect(diskFull.hits).toBe(1);
    expect(inserted).toEqual([]);
    expect(closed()).toBe(0);
    // The half-written file was taken away: nothing is left in the article's media.
    expect(await library.mediaFiles()).toEqual({});
  });
});
