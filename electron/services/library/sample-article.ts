import { newArticle, type Article } from '../../../shared/domain/article';
import { slugify } from '../../../shared/share/slug';

const HEADLINE = 'Редакція перейшла на «Шпальту»: чернетки тепер пишуться офлайн';

/**
 * The first article of a new library, written for the app so a newcomer never starts on an
 * empty screen. It shows the house shape of a news item: headline, lead, quotes, a recap.
 */
export function sampleArticle(id: string, now: Date): Article {
  return newArticle(id, now.toISOString(), {
    headline: HEADLINE,
    lead: 'Журналісти готують матеріали без інтернету, а редактори погоджують їх в одному місці — від першого абзацу до публікації.',
    body: {
      type: 'doc',
      content: [
        paragraph(
          'Це зразкова стаття вашої бібліотеки. Її можна редагувати, змінити заголовок чи видалити — усе зберігається у файлах на вашому комп’ютері.',
        ),
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Як це працює' }] },
        paragraph(
          'Текст зберігається автоматично, щойно ви перестаєте друкувати. Якщо ноутбук вимкнеться посеред речення, написане залишиться на диску.',
        ),
        {
          type: 'blockquote',
          attrs: { attribution: 'команда «Шпальти»' },
          content: [
            paragraph(
              '«Найгірше, що може статися з редактором, — втратити текст. Тому збереження тут не вимикається».',
            ),
          ],
        },
        {
          type: 'bulletList',
          content: [
            listItem('заголовок, лід і текст — у середній колонці;'),
            listItem('метадані статті — на панелі праворуч;'),
            listItem('усі статті бібліотеки — на панелі ліворуч.'),
          ],
        },
        // The «Нагадаємо,» label belongs to the recap block; its text starts after it.
        {
          type: 'recap',
          content: [
            {
              type: 'text',
              text: 'нову статтю можна створити кнопкою «Нова стаття» або клавішами Ctrl+N (у браузері — Ctrl+Alt+N), а «/» на порожньому рядку відкриває меню блоків: фото, вбудовані дописи, «Читайте також».',
            },
          ],
        },
      ],
    },
    rubric: 'Суспільство',
    tags: ['Шпальта', 'редакція'],
    authors: [{ name: 'Редакція' }],
    // The headline's own slug, so the address follows a new headline as it does in any new article.
    slug: slugify(HEADLINE),
  });
}

function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function listItem(text: string) {
  return { type: 'listItem', content: [paragraph(text)] };
}
