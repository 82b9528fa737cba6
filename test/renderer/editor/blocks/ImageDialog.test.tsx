import { createHash } from 'node:crypto';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImageDialog } from '../../../../renderer/src/editor/blocks/ImageDialog';
import { MAX_IMAGE_BYTES } from '../../../../renderer/src/editor/blocks/image-import';
import { ApiError } from '../../../../shared/api/errors';
import type { FigureAttrs } from '../../../../shared/domain/body-nodes';
import { installDialogPolyfill } from '../../library/dialog-polyfill';
import { ARTICLE_ID, blockContext, FakeEditorApi } from './support/block-editor';

beforeAll(installDialogPolyfill);

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const png = (name = 'засідання.png') => new File([PNG_BYTES], name, { type: 'image/png' });

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

function open(api = new FakeEditorApi()) {
  const inserted: FigureAttrs[] = [];
  let closed = 0;
  render(<ImageDialog context={blockContext(api)} onInsert={(attrs) => inserted.push(attrs)} close={() => closed++} />);
  const choose = async (file: File) => {
    fireEvent.change(screen.getByLabelText('Файл зображення'), { target: { files: [file] } });
    await settle();
  };
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
  const insert = () => fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
  return { api, inserted, closed: () => closed, choose, field, insert };
}

describe('ImageDialog («Додати зображення»)', () => {
  it('stores the chosen file in the article’s media and inserts it with alt text, caption and credit', async () => {
    const { api, choose, field, insert, inserted, closed } = open();
    await choose(png());
    expect(api.imports).toHaveLength(1);
    expect(api.imports[0]?.articleId).toBe(ARTICLE_ID);
    expect(api.imports[0]?.fileName).toBe('засідання.png');
    expect(Buffer.from(api.imports[0]?.bytes ?? []).equals(Buffer.from(PNG_BYTES))).toBe(true);
    expect(screen.getByText('Зображення «засідання.png» збережено.')).toBeTruthy();
    expect(document.activeElement).toBe(field('Опис для незрячих читачів (alt)'));

    fireEvent.change(field('Опис для незрячих читачів (alt)'), { target: { value: ' Депутати в сесійній залі ' } });
    fireEvent.change(field('Підпис'), { target: { value: 'Засідання Ради' } });
    fireEvent.change(field('Автор фото'), { target: { value: 'Фото: Олена Петренко' } });
    insert();
    const hash = createHash('sha256').update(PNG_BYTES).digest('hex');
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
    const api = new FakeEditorApi();
    api.holdImports();
    const { choose } = open(api);
    await choose(png('фото.png'));
    expect(screen.getByText('Зберігаємо «фото.png» у папці статті…')).toBeTruthy();
    expect(document.querySelector('progress')).not.toBeNull();
    expect((screen.getByRole('button', { name: 'Вставити' }) as HTMLButtonElement).disabled).toBe(true);
    api.release();
    await settle();
    expect((screen.getByRole('button', { name: 'Вставити' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks for the alt text instead of inserting an image without it', async () => {
    const { choose, insert, inserted, field } = open();
    await choose(png());
    insert();
    expect(inserted).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Додайте опис зображення: без нього стаття не готова до публікації.',
    );
    expect(field('Опис для незрячих читачів (alt)').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file that is not an image, in Ukrainian, without sending it', async () => {
    const { api, choose } = open();
    await choose(new File(['%PDF-1.7'], 'звіт.pdf', { type: 'application/pdf' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Файл «звіт.pdf» не схожий на зображення. Підходять JPG, PNG, GIF, WebP, AVIF і SVG.',
    );
    expect(api.imports).toEqual([]);
  });

  it('refuses a file over 30 MB before reading it', async () => {
    const { api, choose } = open();
    const big = png('панорама.png');
    Object.defineProperty(big, 'size', { value: MAX_IMAGE_BYTES + 1 });
    await choose(big);
    expect(screen.getByRole('alert').textContent).toBe(
      'Файл «панорама.png» завеликий: зображення має бути не більше 30 МБ.',
    );
    expect(api.imports).toEqual([]);
  });

  it('reports a disk error from the library in words', async () => {
    const api = new FakeEditorApi();
    api.failNextImport(new ApiError('io-error', 'Диск заповнений.'));
    const { choose } = open(api);
    await choose(png('фото.png'));
    expect(screen.getByRole('alert').textContent).toBe('Не вдалося зберегти «фото.png» на диск: Диск заповнений.');
  });
});
