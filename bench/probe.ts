/**
 * In-page keystroke probe, as source text: tsx compiles with keepNames, whose `__name` helper does
 * not exist in the page, so nothing here is passed to page.evaluate as a function.
 *
 * t0 is the keydown's timeStamp: when the browser created the event, so time spent queued behind
 * other main-thread work (autosave, counters) counts.
 *
 * `samples` (the reported metric): a MessageChannel message is posted from the keypress/input
 * listener on window; t1 is taken in its handler, i.e. after the task that handles the character
 * (keypress, native insertion, input, ProseMirror's MutationObserver flush and dispatch, TipTap and
 * app update listeners, their microtasks) — and, as Chrome runs a rendering update right after
 * discrete input before ordinary tasks, in practice after the style/layout/paint of that frame too.
 *
 * `handler` (a related metric): t0 to the end of the character's own task, taken three microtasks
 * after the input listener on window (after ProseMirror's flush), before any rendering.
 *
 * `queued` (a related metric): the keydown's timeStamp to the start of its dispatch: how long the key
 * waited for the main thread (the browser's hand-over, plus any task of the page still running: spellcheck,
 * autosave, counters). Bare TipTap has no such work, so its figure is the hand-over alone.
 *
 * After each sample, outside the timing, the paragraph's DOM and the editor state (TipTap keeps the
 * editor on its element) are checked for every typed character.
 */
export const PROBE_SOURCE = String.raw`(() => {
  if (window.__benchProbe) return;
  const root = () => document.querySelector('.ProseMirror');
  const probe = {
    samples: [],
    handler: [],
    queued: [],
    stateChecks: 0,
    typed: '',
    target: -1,
    errors: [],
    pending: null,
    waiter: null,
    paragraph() {
      const el = root();
      return el ? el.children[probe.target] : undefined;
    },
    stateParagraph() {
      const editor = root()?.editor;
      return editor ? editor.state.doc.maybeChild(probe.target) : undefined;
    },
    place() {
      const el = root();
      const blocks = Array.from(el.children);
      const paragraphs = blocks.filter((block) => block.tagName === 'P');
      const paragraph = paragraphs[Math.floor(paragraphs.length / 2)];
      probe.target = blocks.indexOf(paragraph);
      paragraph.scrollIntoView({ block: 'center' });
      el.focus();
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      range.collapse(false);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return { index: probe.target, paragraphs: paragraphs.length };
    },
    caretAtTarget() {
      const selection = getSelection();
      const paragraph = probe.paragraph();
      if (!paragraph || !selection.isCollapsed || !paragraph.contains(selection.anchorNode)) return 'DOM selection is elsewhere';
      const editor = root()?.editor;
      if (!editor) return null;
      const from = editor.state.selection.$from;
      if (from.parent !== probe.stateParagraph() || from.parentOffset !== from.parent.content.size) {
        return 'editor selection is not at the end of the target paragraph';
      }
      return null;
    },
    reset() {
      probe.samples = [];
      probe.handler = [];
      probe.queued = [];
    },
    check() {
      const dom = (probe.paragraph()?.textContent ?? '').replace(/\u00a0/g, ' ');
      if (!dom.endsWith(probe.typed)) {
        return 'DOM paragraph ends with ' + JSON.stringify(dom.slice(-30)) + ', typed ' + JSON.stringify(probe.typed.slice(-30));
      }
      const node = probe.stateParagraph();
      if (node !== undefined) probe.stateChecks += 1;
      if (node !== undefined && !node.textContent.replace(/\u00a0/g, ' ').endsWith(probe.typed)) {
        return 'editor state paragraph ends with ' + JSON.stringify(node.textContent.slice(-30));
      }
      return null;
    },
    wait(count, timeoutMs) {
      const result = () => ({ count: probe.samples.length, error: probe.errors[0] ?? null });
      return new Promise((resolve) => {
        if (probe.samples.length >= count || probe.errors.length > 0) return resolve(result());
        const timer = setTimeout(() => {
          probe.waiter = null;
          resolve({ count: probe.samples.length, error: 'no keystroke sample within ' + timeoutMs + ' ms' });
        }, timeoutMs);
        probe.waiter = () => {
          if (probe.samples.length < count && probe.errors.length === 0) return;
          clearTimeout(timer);
          probe.waiter = null;
          resolve(result());
        };
      });
    },
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const t1 = performance.now();
    const pending = probe.pending;
    probe.pending = null;
    if (!pending) return;
    probe.samples.push(t1 - pending.t0);
    probe.queued.push(pending.queued);
    probe.typed += pending.key;
    const error = pending.handlerEnd === undefined ? 'no input event' : pending.handlerError ?? probe.check();
    if (pending.handlerEnd !== undefined) probe.handler.push(pending.handlerEnd - pending.t0);
    if (error) probe.errors.push('after ' + probe.typed.length + ' keys: ' + error);
    probe.waiter?.();
  };
  window.addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      const t0 = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      const editor = root()?.editor;
      const size = editor ? editor.state.doc.content.size : undefined;
      probe.pending = { t0, key: event.key, queued: now - t0, posted: false, size };
    },
    true,
  );
  const post = () => {
    const pending = probe.pending;
    if (!pending || pending.posted) return;
    pending.posted = true;
    channel.port2.postMessage(null);
  };
  const handled = (pending) => {
    pending.handlerEnd = performance.now();
    const editor = root()?.editor;
    if (editor && pending.size !== undefined && editor.state.doc.content.size !== pending.size + pending.key.length) {
      pending.handlerError = 'the editor state had not taken the character at the end of its task';
    }
  };
  window.addEventListener('keypress', post);
  window.addEventListener('input', () => {
    post();
    const pending = probe.pending;
    if (pending) queueMicrotask(() => queueMicrotask(() => queueMicrotask(() => handled(pending))));
  });
  window.__benchProbe = probe;
})()`;
