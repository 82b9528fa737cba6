import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../shared/domain/article';
import { docToPlainText } from '../../../shared/domain/doc-text';
import { sampleArticle } from '../../../shared/domain/sample-article';
import { en } from '../../../shared/i18n/en';
import { uk } from '../../../shared/i18n/uk';

const NOW = new Date('2026-12-07T09:00:00.000Z');

describe('the first run’s sample article', () => {
  it('is written in the language the app starts in, from the catalogue', () => {
    const ukSample = sampleArticle('mjc5l1ts-1a2b3c4d', NOW);
    const enSample = sampleArticle('mjc5l1ts-1a2b3c4d', NOW, 'en');
    expect(ukSample.headline).toBe(uk['sample.headline']);
    expect(enSample.headline).toBe(en['sample.headline']);
    expect(docToPlainText(enSample.body)).toContain(en['sample.recap']);
    expect(JSON.stringify([enSample.headline, enSample.lead, enSample.body, enSample.tags])).not.toMatch(/[а-яіїєґ]/i);
    expect(enSample.slug).toBe('the-newsroom-moves-to-shpalta-drafts-are-now-written-offline');
  });

  it('is a valid article in each language', () => {
    for (const language of ['uk', 'en'] as const) {
      expect(ArticleSchema.safeParse(sampleArticle('mjc5l1ts-1a2b3c4d', NOW, language)).success).toBe(true);
    }
  });
});
