import { renderJSONContentToString } from '@tiptap/static-renderer/json/html-string';
import { newArticle } from '../../shared/domain/article';
import type { Doc, DocNode } from '../../shared/domain/doc';
import { escapeText } from '../../shared/site/html';
import { renderSitePage, type SitePageInput } from '../../shared/site/site-page';
import type { BenchCase } from '../harness';
import { generateParagraphs } from '../uk-text';

const WORDS = 10_000;
const WARM_UP = 5;
const RUNS = 40;

/** A news body of 10,000 words as journalists write it: paragraphs with marks, headings, quotes, pictures. */
function newsBody(): Doc {
  const content: DocNode[] = [];
  generateParagraphs(WORDS, 2026).forEach((text, i) => {
    const [first = '', ...rest] = text.split(' ');
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: first, marks: [{ type: 'bold' }] },
        { type: 'text', text: ` ${rest.join(' ')} ` },
        { type: 'text', text: 'джерело', marks: [{ type: 'link', attrs: { href: `https://example.com/${i}` } }] },
      ],
    });
    if (i % 12 === 5) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: first }] });
    if (i % 15 === 7) {
      content.push({
        type: 'blockquote',
        attrs: { attribution: 'Речник' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      });
    }
    if (i % 20 === 9) {
      content.push({
        type: 'figure',
        attrs: {
          src: `media/${String(i).padStart(64, '0')}.jpg`,
          alt: first,
          caption: text.slice(0, 80),
          credit: 'Reuters',
        },
      });
    }
  });
  content.push({ type: 'recap', content: [{ type: 'text', text: 'офіційна реакція поки стримана.' }] });
  return { type: 'doc', content };
}

function pageInput(body: Doc): SitePageInput {
  return {
    article: newArticle('m3k9x2ab-bench0001', '2025-12-20T08:00:00Z', {
      headline: 'Довга стаття для вимірювання сторінки',
      lead: 'Лід статті.',
      body,
      rubric: 'Економіка',
      tags: ['бюджет', 'податки'],
      authors: [{ name: 'Олена Петренко' }],
      publishAt: '2025-12-20T08:15:00Z',
    }),
    outlet: {
      name: 'Перший Бізнесовий',
      siteUrl: 'https://example.com.ua/',
      logoUrl: '',
      telegramUrl: 'https://t.me/example',
      facebookUrl: '',
      subscribeText: 'Підписуйтесь на нас у Telegram!',
      dateStyle: 'capitalized-dash',
    },
    url: 'https://example.com.ua/news/dovha-stattia',
    related: Array.from({ length: 4 }, (_, i) => ({
      url: `https://example.com.ua/news/${i}`,
      headline: `Пов’язана стаття номер ${i} з доволі довгим заголовком, який сторінка скорочує до десяти слів`,
      date: '2025-12-19T18:44:00Z',
    })),
    links: {
      media: (src) => ({ url: `https://example.com.ua/${src}`, width: 1200, height: 800 }),
      articleUrl: (id) => `https://example.com.ua/a/${id}`,
    },
  };
}

/**
 * `render.page.10k-words`: the shared site renderer turning a 10,000-word article into its whole page (head,
 * Open Graph, JSON-LD, body, related list). The baseline is TipTap's static renderer on the same body with
 * the least mapping that makes HTML (paragraphs and text), measured in the same run: what walking the JSON
 * costs by itself.
 */
export const renderPageCases: BenchCase[] = [
  {
    id: 'render.page.10k-words',
    description: 'сторінка сайту зі статті на 10 000 слів (спільний рендерер)',
    run() {
      const input = pageInput(newsBody());
      const bare = renderJSONContentToString<{ type: string }, DocNode>({
        nodeMapping: {
          doc: ({ children }) => (Array.isArray(children) ? children.join('') : (children ?? '')),
          text: ({ node }) => escapeText(node.text ?? ''),
        },
        markMapping: {},
        unhandledNode: ({ children }) => `<p>${Array.isArray(children) ? children.join('') : (children ?? '')}</p>`,
        unhandledMark: ({ children }) => (Array.isArray(children) ? children.join('') : (children ?? '')),
      });
      const samples: number[] = [];
      const baseline: number[] = [];
      let bytes = 0;
      for (let run = 0; run < WARM_UP + RUNS; run += 1) {
        const started = performance.now();
        const html = renderSitePage(input);
        const elapsed = performance.now() - started;
        const bareStarted = performance.now();
        const bareHtml = bare({ content: input.article.body as DocNode });
        const bareElapsed = performance.now() - bareStarted;
        if (!html.includes('</html>') || bareHtml.length === 0) throw new Error('the page was not rendered');
        bytes = html.length;
        if (run >= WARM_UP) {
          samples.push(elapsed);
          baseline.push(bareElapsed);
        }
      }
      if (bytes < WORDS * 5) throw new Error(`the page is too short for 10,000 words: ${bytes} characters`);
      return Promise.resolve({ samples, related: { 'baseline.static-renderer.10k-words': baseline } });
    },
  },
];
