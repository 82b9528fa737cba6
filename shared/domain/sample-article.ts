import { createTranslator } from '../i18n/translate';
import type { UiLanguage } from '../settings/schema';
import { slugify } from '../share/slug';
import { newArticle, type Article } from './article';

/**
 * The first article of a new library, written for the app so a newcomer never starts on an
 * empty screen. It shows the house shape of a news item: headline, lead, quotes, a recap. Its words are the
 * catalogue's (`sample.*`), in the language the app starts in.
 */
export function sampleArticle(id: string, now: Date, language: UiLanguage = 'uk'): Article {
  const t = createTranslator(language);
  const headline = t('sample.headline');
  return newArticle(id, now.toISOString(), {
    headline,
    lead: t('sample.lead'),
    body: {
      type: 'doc',
      content: [
        paragraph(t('sample.intro')),
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: t('sample.howTitle') }] },
        paragraph(t('sample.autosave')),
        {
          type: 'blockquote',
          attrs: { attribution: t('sample.quoteBy') },
          content: [paragraph(t('sample.quote'))],
        },
        {
          type: 'bulletList',
          content: [listItem(t('sample.listText')), listItem(t('sample.listPanel')), listItem(t('sample.listLibrary'))],
        },
        // The recap's label belongs to the recap block; its text starts after it.
        { type: 'recap', content: [{ type: 'text', text: t('sample.recap') }] },
      ],
    },
    rubric: t('sample.rubric'),
    tags: [t('sample.tagApp'), t('sample.tagNewsroom')],
    authors: [{ name: t('sample.author') }],
    // The headline's own slug, so the address follows a new headline as it does in any new article.
    slug: slugify(headline),
  });
}

function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function listItem(text: string) {
  return { type: 'listItem', content: [paragraph(text)] };
}
