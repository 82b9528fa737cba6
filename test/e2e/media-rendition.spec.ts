import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { readImageHeader } from '../../shared/media/image-header';
import {
  cameraJpegWithoutMetadata,
  cameraPhoto,
  pngChunks,
  secretsIn,
  webpChunks,
  type CameraPhoto,
} from '../fixtures/camera-photos';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;
const HEADLINE = 'Обстріл Харкова: фото з місця';
const ALT = 'Пожежники гасять будинок';
const REDUCED = 'Фото зменшено до 2560 px для бібліотеки; дані камери й місця зйомки вилучено.';
const REDUCED_KEPT =
  'Фото зменшено до 2560 px для бібліотеки; дані камери й місця зйомки вилучено; оригінал збережено на цьому комп’ютері.';
const CLEANED = 'З фото вилучено дані камери й місця зйомки для бібліотеки.';
/** What the EXIF says about the camera: none of it may reach the library. */
const CAMERA_SERIAL = 'SHPALTA-SN-0047113';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const imageDialog = (page: Page) => page.getByRole('dialog', { name: 'Додати зображення' });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Фото зменшено до 2560 px' });
const cleanedNotice = (page: Page) => page.getByRole('status').filter({ hasText: CLEANED });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A camera's JPEG, 4000 × 3000 as stored, made by the page's own canvas: blue, with the stored image's
 * top-left quarter in `corner`. Encoded in the browser (no image library in the tests), returned as bytes.
 */
async function cameraJpeg(page: Page, corner: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (cornerColour) => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = 'rgb(0, 0, 255)';
    context.fillRect(0, 0, 4000, 3000);
    context.fillStyle = cornerColour;
    context.fillRect(0, 0, 2000, 1500);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, corner);
  return Buffer.from(base64, 'base64');
}

/** The GPS position written into the test photo: 50°27'12.34" N, 30°31'56.78" E, as EXIF rationals. */
const LATITUDE = [50, 1, 27, 1, 1234, 100];
const LONGITUDE = [30, 1, 31, 1, 5678, 100];

/**
 * An EXIF APP1 segment (big-endian TIFF) as a camera writes one: orientation 6 (stored lying, to be shown
 * turned 90° clockwise), the camera's serial number, and a GPS position.
 */
function exifSegment(): { segment: Buffer; gps: Buffer } {
  const entry = (tag: number, type: number, count: number, value: Buffer) => {
    const bytes = Buffer.alloc(12);
    bytes.writeUInt16BE(tag, 0);
    bytes.writeUInt16BE(type, 2);
    bytes.writeUInt32BE(count, 4);
    value.copy(bytes, 8);
    return bytes;
  };
  const u32 = (n: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(n);
    return bytes;
  };
  const ifd = (entries: Buffer[]) => {
    const count = Buffer.alloc(2);
    count.writeUInt16BE(entries.length);
    return Buffer.concat([count, ...entries, u32(0)]);
  };
  const ASCII = 2;
  const SHORT = 3;
  const LONG = 4;
  const RATIONAL = 5;
  const rationals = (values: number[]) => Buffer.concat(values.map(u32));
  const serial = Buffer.from(`${CAMERA_SERIAL}\0`, 'latin1');
  // Offsets from the TIFF header: IFD0 at 8 (3 entries: 2 + 36 + 4 = 42 bytes), then the Exif IFD, the GPS IFD, data.
  const ifd0At = 8;
  const exifAt = ifd0At + 42;
  const gpsAt = exifAt + 18;
  const serialAt = gpsAt + 54;
  const latitudeAt = serialAt + serial.length;
  const longitudeAt = latitudeAt + 24;
  const ifd0 = ifd([
    entry(0x0112, SHORT, 1, Buffer.from([0, 6, 0, 0])),
    entry(0x8769, LONG, 1, u32(exifAt)),
    entry(0x8825, LONG, 1, u32(gpsAt)),
  ]);
  const exifIfd = ifd([entry(0xa431, ASCII, serial.length, u32(serialAt))]);
  const gpsIfd = ifd([
    entry(0x0001, ASCII, 2, Buffer.from('N\0\0\0', 'latin1')),
    entry(0x0002, RATIONAL, 3, u32(latitudeAt)),
    entry(0x0003, ASCII, 2, Buffer.from('E\0\0\0', 'latin1')),
    entry(0x0004, RATIONAL, 3, u32(longitudeAt)),
  ]);
  const tiff = Buffer.concat([
    Buffer.from('4d4d002a', 'hex'),
    u32(ifd0At),
    ifd0,
    exifIfd,
    gpsIfd,
    serial,
    rationals(LATITUDE),
    rationals(LONGITUDE),
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return { segment: Buffer.concat([header, payload]), gps: gpsIfd };
}

/** The camera's file: the page's JPEG with the EXIF segment spliced in after its JFIF header. */
function withExif(jpeg: Buffer): Buffer {
  // SOI, then APP0 (JFIF) of its stated length: EXIF goes right after it, as cameras and editors put it.
  expect(jpeg.subarray(0, 4).equals(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
  const afterJfif = 4 + jpeg.readUInt16BE(4);
  return Buffer.concat([jpeg.subarray(0, afterJfif), exifSegment().segment, jpeg.subarray(afterJfif)]);
}

/** The id of the one article whose headline is `wanted`, once its file says so. */
async function articleId(app: BrowserModeApp, wanted: string): Promise<string> {
  let found = '';
  await expect
    .poll(async () => {
      const dir = path.join(app.libraryPath, 'articles');
      for (const id of await readdir(dir)) {
        const article = JSON.parse(await readFile(path.join(dir, id, 'article.json'), 'utf8'));
        if (article.headline === wanted) found = id;
      }
      return found;
    })
    .not.toBe('');
  return found;
}

/** Every file under a folder with its bytes; none when there is no folder. */
async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return files;
}

/** Inserts a photo through «Додати зображення», with its alt text, and waits for the figure in the body. */
async function insertPhoto(
  page: Page,
  name: string,
  bytes: Buffer,
  alt: string,
  { size = '4000 × 3000', mimeType = 'image/jpeg' } = {},
): Promise<void> {
  // The last paragraph, not the body's middle: that may be a figure inserted before, and its alt field.
  await body(page).locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/зобр');
  await page.keyboard.press('Enter');
  await expect(imageDialog(page)).toBeVisible();
  await imageDialog(page).getByLabel('Файл зображення').setInputFiles({ name, mimeType, buffer: bytes });
  await expect(imageDialog(page).getByText(`«${name}», ${size} пікселів`)).toBeVisible();
  await imageDialog(page).getByLabel('Опис для незрячих читачів (alt)').fill(alt);
  await imageDialog(page).getByRole('button', { name: 'Вставити' }).click();
  await expect(imageDialog(page)).toBeHidden();
  await expect(body(page).getByRole('img', { name: alt })).toBeVisible();
}

/** The colour of the stored picture at (x, y), decoded by the browser (a rendition has no EXIF to turn it). */
async function pixelAt(page: Page, bytes: Buffer, points: Array<[number, number]>): Promise<string[]> {
  return page.evaluate(
    async ({ base64, at }) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/jpeg' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(bitmap, 0, 0);
      return at.map(([x, y]) => {
        const [r = 0, g = 0, b = 0] = context.getImageData(x, y, 1, 1).data;
        return r > 200 && g < 60 && b < 60 ? 'red' : b > 200 && r < 60 && g < 60 ? 'blue' : `rgb(${r},${g},${b})`;
      });
    },
    { base64: bytes.toString('base64'), at: points },
  );
}

test('a large camera photo reaches the library as a 2560 px web rendition without EXIF; its original stays only if chosen', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('option', { name: SAMPLE_HEADLINE })).toBeVisible();
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await headline(page).fill(HEADLINE);
  const id = await articleId(app, HEADLINE);
  const mediaDir = path.join(app.libraryPath, 'articles', id, 'media');
  const originalsDir = path.join(app.userDataDir, 'originals');

  const photo = withExif(await cameraJpeg(page, 'rgb(255, 0, 0)'));
  const { gps } = exifSegment();
  expect(readImageHeader(photo)).toEqual({ kind: 'image', format: 'jpeg', width: 4000, height: 3000 });
  expect(photo.includes(gps)).toBe(true);

  await insertPhoto(page, 'IMG_0412.JPG', photo, ALT);
  await expect(notice(page).locator('span')).toHaveText(REDUCED);

  // The library holds the rendition alone: portrait (the EXIF orientation applied), 2560 px on its long side.
  await expect.poll(async () => (await readdir(mediaDir).catch(() => [])).length).toBe(1);
  const [stored = ''] = await readdir(mediaDir);
  const rendition = await readFile(path.join(mediaDir, stored));
  expect(stored).toBe(`${sha256(rendition)}.jpg`);
  expect(readImageHeader(rendition)).toEqual({ kind: 'image', format: 'jpeg', width: 1920, height: 2560 });
  expect(rendition.length).toBeLessThan(photo.length);
  // The camera's top-left quarter (red), turned clockwise as its EXIF says, is the rendition's top-right.
  expect(
    await pixelAt(page, rendition, [
      [1500, 600],
      [400, 600],
      [1500, 2000],
      [400, 2000],
    ]),
  ).toEqual(['red', 'blue', 'blue', 'blue']);
  // No camera data: no EXIF segment, no serial number, no GPS position.
  expect(rendition.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
  expect(rendition.includes(Buffer.from(CAMERA_SERIAL, 'latin1'))).toBe(false);
  expect(rendition.includes(gps)).toBe(false);
  // Nothing of the original anywhere in the library, and no originals kept: the setting is off by default.
  for (const [file, bytes] of await filesUnder(app.libraryPath)) {
    expect(bytes.includes(Buffer.from(CAMERA_SERIAL, 'latin1')), file).toBe(false);
  }
  expect(await filesUnder(originalsDir)).toEqual(new Map());

  // The person chooses to keep originals on this computer: saved at once.
  await page.getByRole('button', { name: 'Налаштування' }).click();
  const settings = page.getByRole('dialog', { name: 'Налаштування' });
  const keep = settings.getByRole('checkbox', { name: 'Зберігати оригінали великих фото на цьому комп’ютері' });
  await expect(keep).not.toBeChecked();
  await expect(keep).toHaveAccessibleDescription(
    /Великі фото зменшуються до 2560 px для спільної бібліотеки, а дані камери \(зокрема місце зйомки\) вилучаються/,
  );
  await keep.check();
  await expect(settings.getByRole('status').filter({ hasText: 'Збережено' })).toHaveText(
    'Збережено: оригінали великих фото лишатимуться на цьому комп’ютері.',
  );
  await settings.getByRole('button', { name: 'Скасувати' }).click();
  await expect(settings).toBeHidden();

  const second = withExif(await cameraJpeg(page, 'rgb(0, 160, 0)'));
  await insertPhoto(page, 'IMG_0413.JPG', second, 'Рятувальники біля під’їзду');
  await expect(notice(page).locator('span')).toHaveText(REDUCED_KEPT);
  await expect.poll(async () => (await readdir(mediaDir)).length).toBe(2);
  const secondStored = (await readdir(mediaDir)).find((name) => name !== stored) ?? '';
  const secondRendition = await readFile(path.join(mediaDir, secondStored));
  expect(readImageHeader(secondRendition)).toMatchObject({ width: 1920, height: 2560 });

  // The original, byte for byte, on this computer only: named after its rendition, readable by this user alone.
  const kept = await filesUnder(originalsDir);
  expect([...kept.keys()]).toEqual([path.join(id, `${sha256(secondRendition)}.jpg`)]);
  expect(kept.get(path.join(id, `${sha256(secondRendition)}.jpg`))?.equals(second)).toBe(true);
  const keptFile = path.join(originalsDir, id, `${sha256(secondRendition)}.jpg`);
  if (process.platform !== 'win32') expect((await stat(keptFile)).mode & 0o777).toBe(0o600);
  for (const [file, bytes] of await filesUnder(app.libraryPath)) {
    expect(bytes.includes(Buffer.from(CAMERA_SERIAL, 'latin1')), file).toBe(false);
    expect(bytes.equals(second), file).toBe(false);
  }

  // The notice is said once: dismissed, it goes, and typing on does not bring it back.
  await notice(page).getByRole('button', { name: 'Закрити повідомлення про фото' }).click();
  await expect(notice(page)).toHaveCount(0);
  await page.keyboard.type('Далі текст.');
  await expect(notice(page)).toHaveCount(0);
});

/**
 * Every pixel of a picture as the browser shows it (its colour profile and EXIF orientation applied), as a
 * SHA-256 of the RGBA data, with its size: two files that show the same picture give the same answer.
 */
async function shownPixels(page: Page, bytes: Buffer): Promise<string> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(bitmap, 0, 0);
    const rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', rgba));
    return `${bitmap.width}×${bitmap.height} ${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  }, bytes.toString('base64'));
}

/** Opens a new article with this headline and gives its media folder. */
async function newArticle(page: Page, app: BrowserModeApp, title: string): Promise<string> {
  await page.goto(app.url);
  await expect(page.getByRole('option', { name: SAMPLE_HEADLINE })).toBeVisible();
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await headline(page).fill(title);
  return path.join(app.libraryPath, 'articles', await articleId(app, title), 'media');
}

test('a small camera photo (JPEG, PNG, WebP) reaches the library without its camera data, its pixels as they were', async ({
  page,
  app,
}) => {
  const mediaDir = await newArticle(page, app, 'Мітинг на Майдані: фото читачів');
  const photos: Array<{ name: string; file: CameraPhoto; mimeType: string; alt: string }> = [
    { name: 'IMG_0420.JPG', file: 'camera.jpg', mimeType: 'image/jpeg', alt: 'Люди з прапорами' },
    { name: 'знімок.png', file: 'camera.png', mimeType: 'image/png', alt: 'Сцена біля монумента' },
    { name: 'фото.webp', file: 'camera.webp', mimeType: 'image/webp', alt: 'Натовп на площі' },
  ];
  const stored = new Map<CameraPhoto, Buffer>();
  for (const { name, file, mimeType, alt } of photos) {
    const photo = cameraPhoto(file);
    expect(secretsIn(photo), file).toContain('SHPALTA-SN-0047113');
    const before = new Set(await readdir(mediaDir).catch(() => []));
    await insertPhoto(page, name, photo, alt, { size: '96 × 64', mimeType });
    await expect(cleanedNotice(page).locator('span')).toHaveText(CLEANED);
    await expect.poll(async () => (await readdir(mediaDir)).length).toBe(before.size + 1);
    const [added = ''] = (await readdir(mediaDir)).filter((entry) => !before.has(entry));
    const bytes = await readFile(path.join(mediaDir, added));
    // Named by the hash of what the library holds, with the photo's own extension: not redrawn.
    expect(added, file).toBe(`${sha256(bytes)}.${path.extname(file).slice(1)}`);
    expect(secretsIn(bytes), file).toEqual([]);
    // The same picture, every pixel, as the browser shows the original.
    expect(await shownPixels(page, bytes), file).toBe(await shownPixels(page, photo));
    stored.set(file, bytes);
  }
  // The JPEG is exactly the photo less its EXIF, XMP, IPTC and comment segments.
  expect(stored.get('camera.jpg')?.equals(cameraJpegWithoutMetadata(cameraPhoto('camera.jpg')))).toBe(true);
  expect(pngChunks(stored.get('camera.png') ?? Buffer.alloc(0)).map((chunk) => chunk.type)).toEqual([
    'IHDR',
    'iCCP',
    'cHRM',
    'bKGD',
    'IDAT',
    'IEND',
  ]);
  expect(webpChunks(stored.get('camera.webp') ?? Buffer.alloc(0)).map((chunk) => chunk.type)).toEqual([
    'VP8X',
    'ICCP',
    'ALPH',
    'VP8 ',
  ]);
  // Nothing of the camera's data anywhere in the library.
  for (const [file, bytes] of await filesUnder(app.libraryPath)) expect(secretsIn(bytes), file).toEqual([]);
});

test('a small photo stored turned is drawn upright for the library, without its camera data', async ({ page, app }) => {
  const mediaDir = await newArticle(page, app, 'Повінь на Дністрі: фото з телефона');
  const photo = cameraPhoto('camera-turned.jpg');
  // As stored: 96 × 64, lying, with EXIF orientation 6 saying «turn it clockwise».
  expect(readImageHeader(photo)).toEqual({ kind: 'image', format: 'jpeg', width: 96, height: 64 });
  await insertPhoto(page, 'IMG_0421.JPG', photo, 'Затоплена вулиця', { size: '96 × 64' });
  await expect(cleanedNotice(page).locator('span')).toHaveText(CLEANED);

  await expect.poll(async () => (await readdir(mediaDir).catch(() => [])).length).toBe(1);
  const [stored = ''] = await readdir(mediaDir);
  const bytes = await readFile(path.join(mediaDir, stored));
  expect(stored).toBe(`${sha256(bytes)}.jpg`);
  // Standing now, in its pixels: no note is left to turn it, and none is needed.
  expect(readImageHeader(bytes)).toEqual({ kind: 'image', format: 'jpeg', width: 64, height: 96 });
  expect(bytes.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
  expect(secretsIn(bytes)).toEqual([]);
  // The yellow quarter stored top-left, turned clockwise, is top-right: as the browser shows the original.
  const yellowAt = (picture: Buffer, points: Array<[number, number]>) =>
    page.evaluate(
      async ({ base64, at }) => {
        const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        // createImageBitmap turns a picture as its EXIF says, as an <img> does.
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/jpeg' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no canvas');
        context.drawImage(bitmap, 0, 0);
        return at.map(([x, y]) => {
          // Yellow through the photo's colour profile: much red and green, no blue.
          const [r = 0, g = 0, b = 0] = context.getImageData(x, y, 1, 1).data;
          return r > 150 && g > 120 && b < 60;
        });
      },
      { base64: picture.toString('base64'), at: points },
    );
  const points: Array<[number, number]> = [
    [50, 20],
    [10, 20],
    [50, 80],
    [10, 80],
  ];
  expect(await yellowAt(bytes, points)).toEqual([true, false, false, false]);
  expect(await yellowAt(photo, points)).toEqual([true, false, false, false]);
  // Nothing kept on this computer: the setting is off.
  expect(await filesUnder(path.join(app.userDataDir, 'originals'))).toEqual(new Map());
});
