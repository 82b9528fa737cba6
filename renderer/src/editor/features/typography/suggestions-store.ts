import type { Suggestion } from '../../../../../shared/text/typography';

export type SuggestionField = 'headline' | 'lead' | 'body';

/** A suggestion placed in the article: offsets in the headline/lead string, or positions in the body document. */
export interface PlacedSuggestion extends Suggestion {
  field: SuggestionField;
  /** The text the suggestion replaces, to check the place still holds it before applying. */
  original: string;
  /** Stable across re-scans of unchanged text: rule, field and the words around it. */
  key: string;
  /** A few words of context for the panel. */
  before: string;
  after: string;
  /** Whether the text goes on beyond the context shown (the panel marks the cut with …). */
  moreBefore: boolean;
  moreAfter: boolean;
}

export interface SuggestionsSnapshot {
  items: readonly PlacedSuggestion[];
  /** Whether the body has been scanned once (the panel says «checking» before that). */
  bodyScanned: boolean;
}

/**
 * The typography suggestions of the open article, outside React so that scanning after typing re-renders
 * only the panel. Ignored suggestions stay ignored for the session, by key.
 */
export class SuggestionsStore {
  private fields: PlacedSuggestion[] = [];
  private body: PlacedSuggestion[] = [];
  private bodyScanned = false;
  private readonly ignored = new Set<string>();
  private snapshot: SuggestionsSnapshot = { items: [], bodyScanned: false };
  private readonly listeners = new Set<() => void>();
  private scanBodyNow: (() => void) | null = null;

  getSnapshot = (): SuggestionsSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setFields(items: PlacedSuggestion[]): void {
    this.fields = items;
    this.publish();
  }

  setBody(items: PlacedSuggestion[]): void {
    this.body = items;
    this.bodyScanned = true;
    this.publish();
  }

  /** The body's scanner, registered by the editor so a click on a stale suggestion can look again at once. */
  setBodyScanner(scan: (() => void) | null): void {
    this.scanBodyNow = scan;
  }

  /**
   * The current body suggestion standing for one the panel showed before the text changed: the same rule and
   * text, nearest to where it was. Scans the body first.
   */
  refind(stale: PlacedSuggestion): PlacedSuggestion | null {
    this.scanBodyNow?.();
    let best: PlacedSuggestion | null = null;
    for (const item of this.body) {
      if (item.rule !== stale.rule || item.original !== stale.original || item.replacement !== stale.replacement)
        continue;
      if (!best || Math.abs(item.start - stale.start) < Math.abs(best.start - stale.start)) best = item;
    }
    return best;
  }

  ignore(key: string): void {
    this.ignored.add(key);
    this.publish();
  }

  private publish(): void {
    const items = [...this.fields, ...this.body].filter((item) => !this.ignored.has(item.key));
    if (this.bodyScanned === this.snapshot.bodyScanned && sameItems(items, this.snapshot.items)) return;
    this.snapshot = { items, bodyScanned: this.bodyScanned };
    for (const listener of this.listeners) listener();
  }
}

function sameItems(a: readonly PlacedSuggestion[], b: readonly PlacedSuggestion[]): boolean {
  return a.length === b.length && a.every((item, i) => item.key === b[i]?.key && item.start === b[i]?.start);
}

const CONTEXT_CHARS = 30;

/** Places the suggestions found in one string: its offsets become positions after `base`. */
export function placeSuggestions(
  field: SuggestionField,
  text: string,
  suggestions: readonly Suggestion[],
  base = 0,
): PlacedSuggestion[] {
  return suggestions.map((suggestion) => {
    const beforeStart = Math.max(0, suggestion.start - CONTEXT_CHARS);
    const afterEnd = Math.min(text.length, suggestion.end + CONTEXT_CHARS);
    const before = text.slice(beforeStart, suggestion.start);
    const after = text.slice(suggestion.end, afterEnd);
    const original = text.slice(suggestion.start, suggestion.end);
    return {
      ...suggestion,
      start: base + suggestion.start,
      end: base + suggestion.end,
      field,
      original,
      key: `${field}|${suggestion.rule}|${before}|${original}|${after}`,
      before,
      after,
      moreBefore: beforeStart > 0,
      moreAfter: afterEnd < text.length,
    };
  });
}
