/**
 * In-page probe for `preview.update.*`, as source text (see probe.ts on why not a function).
 *
 * Keys are typed at the start of the body's first paragraph: that paragraph is on the page and is the teaser
 * every card and share field falls back to (the fixtures have no lead), so each keystroke must change all three
 * previews. After each key's `input` the probe notes what the paragraph now begins with (the typed text and the
 * ten characters after it, which no earlier version of the paragraph begins with) and t0, the keydown's
 * `timeStamp`. A sample ends in the first frame painted after every open preview shows that text:
 *
 * - the page: the frame's `load` event (its document is parsed) with the `srcdoc` it loaded holding `<p>` + it;
 * - the cards: Facebook's and Telegram's descriptions and Google's snippet begin with it;
 * - the share fields: the description fields' fallbacks (their placeholders) begin with it.
 *
 * Every change of the aside (MutationObserver) and every load of the frame re-checks the keys still waiting;
 * a draw that already shows a later key's text ends the earlier keys' samples too (the schedule coalesced them).
 * The harness asks for nothing while typing; it reads the samples once the stretch is typed.
 */
export const PREVIEW_PROBE_SOURCE = String.raw`(() => {
  if (window.__previewProbe) return;
  const plain = (text) => text.replace(/&nbsp;|\u00a0/g, ' ');
  const paragraph = () => document.querySelector('.ProseMirror > p');
  const frame = () => document.querySelector('iframe.site-preview-frame');
  const probe = {
    typed: '',
    measuring: false,
    keys: 0,
    pending: [],
    samples: [],
    errors: [],
    loadedPage: '',
    place() {
      const first = paragraph();
      const editor = document.querySelector('.ProseMirror');
      first.scrollIntoView({ block: 'center' });
      editor.focus();
      const range = document.createRange();
      range.setStart(first, 0);
      range.collapse(true);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      probe.typed = '';
      probe.loadedPage = plain(frame()?.srcdoc ?? '');
    },
    caretAtStart() {
      const state = document.querySelector('.ProseMirror')?.editor?.state;
      if (!state) return 'no editor state';
      const from = state.selection.$from;
      return from.parent === state.doc.firstChild && from.parentOffset === 0 ? null : 'caret is not at the start';
    },
    shows(expected) {
      if (!probe.loadedPage.includes('<p>' + expected)) return false;
      for (const selector of ['.fb-card-description', '.tg-link-card-description']) {
        const card = document.querySelector(selector);
        if (!card || !plain(card.textContent).startsWith(expected)) return false;
      }
      const snippet = document.querySelector('.google-result-snippet');
      const date = snippet?.querySelector('.google-result-date')?.textContent ?? '';
      if (!snippet || !plain(snippet.textContent.slice(date.length)).startsWith(expected)) return false;
      for (const field of ['seoDescription', 'shareDescription', 'xDescription']) {
        const input = document.querySelector('.share-fields [data-field="' + field + '"] :is(input, textarea)');
        if (!input || !plain(input.placeholder).startsWith(expected)) return false;
      }
      return true;
    },
    settle() {
      let last = probe.pending.length - 1;
      while (last >= 0 && !probe.shows(probe.pending[last].expected)) last -= 1;
      if (last < 0) return;
      const shown = probe.pending.splice(0, last + 1);
      // The frame that shows it: its rendering runs before this callback's task.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const t1 = performance.now();
          for (const key of shown) if (key.measured) probe.samples.push(t1 - key.t0);
          probe.waiter?.();
        }, 0),
      );
    },
    waiter: null,
    wait(count, timeoutMs) {
      return new Promise((resolve) => {
        const done = () => probe.errors.length > 0 || probe.samples.length >= count;
        const result = (error) => ({ count: probe.samples.length, error: probe.errors[0] ?? error });
        if (done()) return resolve(result(null));
        const timer = setTimeout(() => {
          probe.waiter = null;
          const waiting = JSON.stringify(probe.pending[0]?.expected ?? '');
          resolve(result('the previews did not show ' + waiting + ' within ' + timeoutMs + ' ms'));
        }, timeoutMs);
        probe.waiter = () => {
          if (!done()) return;
          clearTimeout(timer);
          probe.waiter = null;
          resolve(result(null));
        };
      });
    },
  };
  let down = null;
  window.addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      down = { t0: event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now, key: event.key };
    },
    true,
  );
  window.addEventListener('input', () => {
    const key = down;
    down = null;
    if (!key) return;
    probe.keys += 1;
    probe.typed += key.key;
    const text = plain(paragraph()?.textContent ?? '');
    if (!text.startsWith(probe.typed)) {
      probe.errors.push('after ' + probe.typed.length + ' keys the paragraph begins ' + JSON.stringify(text.slice(0, 40)));
      return;
    }
    probe.pending.push({ t0: key.t0, measured: probe.measuring, expected: text.slice(0, probe.typed.length + 10) });
  });
  document.addEventListener(
    'load',
    (event) => {
      if (event.target !== frame()) return;
      probe.loadedPage = plain(event.target.srcdoc);
      probe.settle();
    },
    true,
  );
  new MutationObserver(() => probe.settle()).observe(document.querySelector('#article-panel'), {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder'],
  });
  window.__previewProbe = probe;
})()`;
