import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderSitePage } from '../../../shared/site/site-page';
import { SEED_LINES, seedPageInput } from './seed-page';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page's visible text, in order: what a reader sees, not its head or its attributes. */
function visibleText(html: string): string {
  const { document } = new JSDOM(html).window;
  return oneLine(document.body.textContent ?? '');
}

describe('the site page of the reference article', () => {
  it('shows every part of the reference page, in its order', () => {
    const text = visibleText(renderSitePage(seedPageInput()));
    let from = 0;
    for (const line of SEED_LINES) {
      const found = text.indexOf(oneLine(line), from);
      expect(found, `«${line}» after position ${from}`).toBeGreaterThanOrEqual(0);
      from = found + oneLine(line).length;
    }
  });

  it('dates the article and its related articles in the house style, on Kyiv’s clock', () => {
    const text = visibleText(renderSitePage(seedPageInput()));
    expect(text).toContain('20 Грудня 2025 року - 10:15');
    expect(text.indexOf('20 Грудня 2025 року - 10:15')).toBeLessThan(text.indexOf('Поділитися:'));
  });
});
