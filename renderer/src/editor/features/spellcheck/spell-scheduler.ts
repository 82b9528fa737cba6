import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { Decoration } from '@tiptap/pm/view';
import type { Range } from './dirty-ranges';
import { isCheckedTextblock, textblockTokens } from './block-tokens';
import type { SpellService } from './spell-service';
import { spellMark, styleMark } from './spell-marks';
import { spellcheckKey, type SpellMeta, type SpellState } from './spell-state';
import { whenIdle } from '../../when-idle';

export interface SchedulerTiming {
  /** Quiet time after the last change before checking starts. */
  pauseMs: number;
  /** Longest wait while typing never pauses. */
  maxWaitMs: number;
  /** Main-thread time one slice may spend reading text (well under a frame). */
  sliceMs: number;
  /**
   * Paragraphs whose marks one slice may change. Redrawing a paragraph with new marks is the costly part
   * of applying them (~0.3 ms each in Chromium on a slow laptop), so this keeps each dispatch short too.
   */
  redrawsPerSlice: number;
}

export const DEFAULT_TIMING: SchedulerTiming = { pauseMs: 300, maxWaitMs: 2000, sliceMs: 4, redrawsPerSlice: 6 };

/** One slice's result: a stretch with its marks, or the words that must be asked about first. */
type Slice = { from: number; to: number; marks: Decoration[]; deferred: Range | null; unknown: Set<string> };

/**
 * Runs the checking of an editor's changed stretches, off the keystroke: after a pause in typing, in idle
 * slices of a few milliseconds, each slice reading the current state and dispatching its marks at once
 * (so positions are never stale). Words not seen before go to the checker first; known ones never do.
 */
export class SpellScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt: number | null = null;
  private running = false;
  private again = false;
  private destroyed = false;

  constructor(
    private readonly view: EditorView,
    private readonly service: SpellService,
    private readonly timing: SchedulerTiming = DEFAULT_TIMING,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Something changed: check after the pause (or now, if typing has gone on past the longest wait). */
  schedule(): void {
    if (this.destroyed) return;
    const now = this.now();
    this.firstPendingAt ??= now;
    const waited = now - this.firstPendingAt;
    if (this.timer !== null) clearTimeout(this.timer);
    const delay = Math.max(0, Math.min(this.timing.pauseMs, this.timing.maxWaitMs - waited));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.firstPendingAt = null;
      void this.run();
    }, delay);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      // A checker that fails says so itself (its status: data-spellcheck="error" and the status line).
      if (!(await succeeds(this.service.ready()))) return;
      while (!this.destroyed) {
        await nextIdle();
        if (this.destroyed) return;
        const slice = this.nextSlice();
        if (!slice) break;
        if (slice.unknown.size) {
          if (!(await succeeds(this.service.resolve(slice.unknown)))) return;
          continue;
        }
        const meta: SpellMeta = {
          type: 'checked',
          from: slice.from,
          to: slice.to,
          marks: slice.marks,
          deferred: slice.deferred,
        };
        this.view.dispatch(this.view.state.tr.setMeta(spellcheckKey, meta).setMeta('addToHistory', false));
      }
    } finally {
      this.running = false;
      if (this.again && !this.destroyed) {
        this.again = false;
        void this.run();
      }
    }
  }

  /** Tokenises textblocks of the first dirty stretch until the slice's time is up. */
  private nextSlice(): Slice | null {
    const { state } = this.view;
    const spell = spellcheckKey.getState(state);
    const range = spell?.dirty[0];
    if (!spell || !range) return null;
    const started = this.now();
    const slice: Slice = { from: range.from, to: range.to, marks: [], deferred: null, unknown: new Set() };
    let cut = false;
    let redraws = 0;
    state.doc.nodesBetween(range.from, range.to, (node, pos) => {
      if (cut) return false;
      if (!node.isTextblock) return true;
      if (isCheckedTextblock(node) && this.readBlock(node, pos, spell, slice)) redraws++;
      slice.from = Math.min(slice.from, pos);
      slice.to = Math.max(range.from, pos + node.nodeSize);
      if (this.now() - started > this.timing.sliceMs || redraws >= this.timing.redrawsPerSlice) cut = true;
      return false;
    });
    if (!cut) slice.to = Math.max(slice.to, range.to);
    return slice;
  }

  /** Adds a textblock's marks (or unknown words) to the slice; true if its marks will be redrawn. */
  private readBlock(block: PmNode, pos: number, spell: SpellState, slice: Slice): boolean {
    const { selection } = this.view.state;
    const before = slice.marks.length;
    for (const token of textblockTokens(block, pos)) {
      if (!this.service.isKnown(token.key)) {
        slice.unknown.add(token.key);
        continue;
      }
      const misspelled = this.service.isMisspelled(token.key);
      if (!misspelled && !this.service.styleAdvice(token.key)) continue;
      const typing =
        selection.empty &&
        spell.lastEdit !== null &&
        selection.head >= token.from &&
        selection.head <= token.to &&
        spell.lastEdit >= token.from &&
        spell.lastEdit <= token.to;
      if (typing) slice.deferred = { from: token.from, to: token.to };
      else slice.marks.push((misspelled ? spellMark : styleMark)(token.from, token.to, token.key));
    }
    const old = spell.decorations.find(pos, pos + block.nodeSize).sort((a, b) => a.from - b.from);
    return !sameMarks(old, slice.marks.slice(before));
  }
}

/** Whether a paragraph keeps exactly the marks it had (then the view redraws nothing). */
function sameMarks(old: readonly Decoration[], next: readonly Decoration[]): boolean {
  if (old.length !== next.length) return false;
  return old.every((mark, i) => {
    const other = next[i];
    return (
      other !== undefined &&
      mark.from === other.from &&
      mark.to === other.to &&
      mark.spec.key === other.spec.key &&
      mark.spec.style === other.spec.style
    );
  });
}

function succeeds(promise: Promise<unknown>): Promise<boolean> {
  return promise.then(
    () => true,
    () => false,
  );
}

/** The next idle moment between frames (or at most 200 ms away while the page stays busy). */
const nextIdle = (): Promise<void> => whenIdle(200);
