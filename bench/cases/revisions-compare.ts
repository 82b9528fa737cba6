import * as React from 'react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { newArticle, type Article } from '../../shared/domain/article';
import { docFromParagraphs } from '../../shared/domain/doc';
import { compareArticles } from '../../shared/versions/compare-articles';
import { VersionsCompare } from '../../renderer/src/versions/VersionsCompare';
import { fixture } from '../fixtures';
import type { BenchCase } from '../harness';
import { createRandom, randomInt } from '../random';

// tsx, which runs the bench, compiles the renderer's .tsx with the classic JSX runtime (React.createElement):
// the view drawn here needs React where that output looks for it.
(globalThis as { React?: typeof React }).React ??= React;

const WARM_UP = 5;
const RUNS = 40;
/** Words an editor changes here and there across the article, besides one paragraph inserted and one deleted. */
const WORD_EDITS = 18;

function version(paragraphs: string[], headline: string, tags: string[]): Article {
  return newArticle('m3k9x2ab-bench-cmp', '2025-12-19T18:44:00+02:00', {
    headline,
    lead: 'Лід статті для порівняння версій.',
    body: docFromParagraphs(paragraphs),
    rubric: 'Економіка',
    tags,
  });
}

/** The fixture's 10,000 words as the journalist sent them, and as the editor left them: ~20 scattered edits. */
function twoVersions(): { older: Article; newer: Article; edits: number } {
  const { paragraphs, headline } = fixture(10_000);
  const random = createRandom(19);
  const edited = [...paragraphs];
  for (let edit = 0; edit < WORD_EDITS; edit += 1) {
    const at = randomInt(random, 0, edited.length - 1);
    const words = (edited[at] as string).split(' ');
    words[randomInt(random, 0, words.length - 1)] = 'редакторське';
    edited[at] = words.join(' ');
  }
  edited.splice(Math.floor(edited.length / 3), 0, 'Абзац, який редактор дописав: уточнення з офіційного джерела.');
  edited.splice(Math.floor((edited.length * 2) / 3), 1);
  return {
    older: version(paragraphs, headline, ['бюджет', 'податки']),
    newer: version(edited, `${headline} (уточнено)`, ['бюджет', 'оборона']),
    edits: WORD_EDITS + 2,
  };
}

/**
 * `revisions.compare.10k-words`: «Що змінив редактор» on a 10,000-word article — the comparison model built
 * (block alignment, word diffs of the edited blocks, metadata). Beside it, `….markup`: the same comparison
 * drawn by the view (VersionsCompare as it opens, in «Лише зміни») to static markup with react-dom/server.
 */
export const revisionsCompareCases: BenchCase[] = [
  {
    id: 'revisions.compare.10k-words',
    description: 'порівняння двох версій статті на 10 000 слів (~20 правок)',
    run() {
      const { older, newer, edits } = twoVersions();
      const samples: number[] = [];
      const markup: number[] = [];
      for (let run = 0; run < WARM_UP + RUNS; run += 1) {
        const started = performance.now();
        const comparison = compareArticles(older, newer);
        const elapsed = performance.now() - started;
        const changes = comparison.counts.changed + comparison.counts.added + comparison.counts.removed;
        if (changes < edits / 2 || changes > edits + 2) throw new Error(`unexpected comparison: ${changes} changes`);
        const drawStarted = performance.now();
        const html = renderToStaticMarkup(
          createElement(VersionsCompare, {
            older: { label: 'Надіслано на перевірку', article: older },
            newer: { label: 'Зараз', article: newer },
          }),
        );
        const drawElapsed = performance.now() - drawStarted;
        if (!html.includes('<ins>')) throw new Error('the comparison was not drawn');
        if (run >= WARM_UP) {
          samples.push(elapsed);
          markup.push(drawElapsed);
        }
      }
      return Promise.resolve({ samples, related: { 'revisions.compare.10k-words.markup': markup } });
    },
  },
];
