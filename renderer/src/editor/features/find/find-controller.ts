import type { Editor } from '@tiptap/core';
import { findInText, foldForFind, type TextMatch } from '../../../../../shared/text/find-text';
import { revealCentred } from './reveal';
import { firstNotBefore, sameMatch, type BodyMatch } from './body-match';
import { findInBody } from './body-text';
import { attributeField, replaceInAttribute, selectionAt } from './attribute-place';
import { bodyFindState, refreshBodyMatches, setBodyCurrent, setBodyQuery } from './find-plugin';

export type FieldPart = 'headline' | 'lead';
export type FindPart = FieldPart | 'body';
/** Headline, lead and body, in the order find goes through them. */
const PARTS: readonly FindPart[] = ['headline', 'lead', 'body'];

/** What find needs of the open article, given by the workspace. */
export interface FindHost {
  editor(): Editor | null;
  field(part: FieldPart): HTMLTextAreaElement | null;
  value(part: FieldPart): string;
  readOnly(): boolean;
  /** The replacement as the article stores it (the outlet's apostrophe). */
  written(text: string): string;
  /** Changes body and fields as one command: one undo step. `body` reports whether it changed the body. */
  runCommand(body: (() => boolean) | null, fields: Partial<Record<FieldPart, string>>): void;
}

export interface FieldHighlights {
  matches: readonly TextMatch[];
  /** The index of the current match among `matches`; -1 when it is elsewhere. */
  current: number;
}

export interface FindSnapshot {
  open: boolean;
  /** Counts Ctrl+F presses: each puts the caret in the bar's find field again. */
  focusRequest: number;
  /** The bar shows the replace row (opened with Ctrl+H). */
  replacing: boolean;
  query: string;
  total: number;
  /** 1-based number of the current match; 0 when there is none. */
  position: number;
  headline: FieldHighlights;
  lead: FieldHighlights;
}

interface Place {
  part: FindPart;
  match: BodyMatch;
}

/** Where a search starts: a place in a part, given as an empty match there. */
interface Start {
  part: FindPart;
  at: BodyMatch;
}

const at = (offset: number): BodyMatch => ({ from: offset, to: offset });

const NO_HIGHLIGHTS: FieldHighlights = { matches: [], current: -1 };

/** What a view without find (a test of the fields alone) shows: nothing found. */
export const CLOSED_FIND: FindSnapshot = {
  open: false,
  focusRequest: 0,
  replacing: false,
  query: '',
  total: 0,
  position: 0,
  headline: NO_HIGHLIGHTS,
  lead: NO_HIGHLIGHTS,
};

/**
 * Find and replace over the open article: the headline, the lead and the body, counted as one list of matches
 * (the body's from the find plugin). Outside React, like the other stores of the workspace: the bar and the
 * fields' highlights subscribe to its snapshot.
 */
export class FindController {
  private open = false;
  private focusRequest = 0;
  /** What had the focus before the bar took it. */
  private returnTo: HTMLElement | null = null;
  private replacing = false;
  private query = '';
  private needle = '';
  private fieldMatches: Record<FieldPart, TextMatch[]> = { headline: [], lead: [] };
  /** The current match in a field; the body's own current match lives in the plugin (mapped through edits). */
  private fieldCurrent: { part: FieldPart; match: TextMatch } | null = null;
  /** Where the caret was when the bar opened: the search starts there. */
  private origin: Start | null = null;
  private editor: Editor | null = null;
  private seenBody: unknown = null;
  private snapshot: FindSnapshot = this.build();
  private readonly listeners = new Set<() => void>();
  /** The bar, whose height covers the bottom of the column. */
  private bar: HTMLElement | null = null;

  constructor(private readonly host: FindHost) {}

  getSnapshot = (): FindSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setBar(bar: HTMLElement | null): void {
    this.bar = bar;
  }

  /** The body's editor, once ready and each time another version replaces the body. */
  attach(editor: Editor): void {
    this.editor?.off('transaction', this.onTransaction);
    this.editor = editor;
    editor.on('transaction', this.onTransaction);
    if (this.needle) setBodyQuery(editor.view, this.needle);
    this.publish();
  }

  detach(): void {
    this.editor?.off('transaction', this.onTransaction);
    this.editor = null;
  }

  /** Ctrl+F (or Ctrl+H with `replacing`): opens the bar, with the selected text as the query if there is some. */
  show(replacing: boolean): void {
    const selected = this.selectedText();
    const active = document.activeElement;
    if (active instanceof HTMLElement && !this.bar?.contains(active)) {
      this.returnTo = active;
      this.origin = this.caret();
    }
    this.open = true;
    this.focusRequest += 1;
    this.replacing ||= replacing;
    if (selected) this.setQuery(selected);
    else this.publish();
  }

  close(): void {
    this.open = false;
    this.replacing = false;
    const editor = this.editor;
    if (editor && !editor.isDestroyed) setBodyQuery(editor.view, '');
    this.publish();
  }

  /**
   * Escape: closes the bar and puts the caret back where the journalist works: on the current match, selected
   * (ready to type over), or where it was before.
   */
  closeAndReturn(): void {
    const current = this.current();
    this.close();
    const returnTo = this.returnTo;
    this.returnTo = null;
    if (!current) return returnTo?.isConnected ? returnTo.focus() : undefined;
    const attribute = current.match.attribute;
    if (current.part === 'body' && attribute) {
      const input = this.editor ? attributeField(this.editor.view, attribute) : null;
      input?.focus();
      return input?.setSelectionRange(attribute.from, attribute.to);
    }
    if (current.part === 'body') return this.editor?.view.focus();
    const field = this.host.field(current.part);
    field?.focus();
    field?.setSelectionRange(current.match.from, current.match.to);
  }

  setReplacing(replacing: boolean): void {
    this.replacing = replacing;
    this.publish();
  }

  setQuery(query: string): void {
    this.query = query;
    this.needle = foldForFind(query).text;
    this.fieldCurrent = null;
    this.findInFields();
    const editor = this.editor && !this.editor.isDestroyed ? this.editor : null;
    // The body's matches, the current one and its selection go in as one transaction: drawn once.
    const body = editor && this.needle ? findInBody(editor.state.doc, this.needle) : [];
    const first = this.placeFrom(this.origin, body);
    if (!editor) return first ? this.select(first) : this.publish();
    const inBody = first?.part === 'body' ? first.match : null;
    const tr = editor.state.tr;
    if (inBody) tr.setSelection(selectionAt(editor.state.doc, inBody));
    setBodyQuery(editor.view, this.needle, body, inBody, tr);
    if (inBody) this.revealBody(editor, inBody);
    else if (first) return this.select(first);
    this.publish();
  }

  /** The headline or lead changed (typing, undo, a replacement). */
  setFields(): void {
    const before = this.fieldCurrent;
    this.findInFields();
    if (before) {
      const matches = this.fieldMatches[before.part];
      const same = matches.find((match) => match.from >= before.match.from);
      this.fieldCurrent = same ? { part: before.part, match: same } : null;
    }
    this.publish();
  }

  next(): void {
    this.step(1);
  }

  previous(): void {
    this.step(-1);
  }

  /** Replaces the current match and moves to the next one. */
  replace(replacement: string): void {
    if (this.host.readOnly()) return;
    const editor = this.editor;
    if (editor) refreshBodyMatches(editor.view);
    const current = this.current();
    // The text under the current match changed since it was found: go to the next one instead.
    if (!current || this.currentIndex() < 0) return this.next();
    const text = this.host.written(replacement);
    const { part, match } = current;
    const attribute = match.attribute;
    if (part === 'body') {
      if (!editor) return;
      this.host.runCommand(() => {
        const tr = editor.state.tr;
        if (attribute) replaceInAttribute(tr, attribute, text);
        else tr.insertText(text, match.from, match.to);
        editor.view.dispatch(tr);
        return true;
      }, {});
    } else {
      const value = this.host.value(part);
      this.host.runCommand(null, { [part]: value.slice(0, match.from) + text + value.slice(match.to) });
    }
    // On after what was put in: a replacement may hold the query itself.
    const after = attribute
      ? { ...match, attribute: { ...attribute, from: attribute.from + text.length, to: attribute.from + text.length } }
      : at(match.from + text.length);
    this.afterReplace({ part, at: after });
  }

  /** «Замінити все»: every match in the article, as one undo step. */
  replaceAll(replacement: string): void {
    if (this.host.readOnly() || !this.needle) return;
    const text = this.host.written(replacement);
    const fields: Partial<Record<FieldPart, string>> = {};
    for (const part of ['headline', 'lead'] as const) {
      const value = this.host.value(part);
      const matches = findInText(value, this.query);
      if (matches.length === 0) continue;
      let result = '';
      let at = 0;
      for (const match of matches) {
        result += value.slice(at, match.from) + text;
        at = match.to;
      }
      fields[part] = result + value.slice(at);
    }
    const editor = this.editor;
    if (editor) refreshBodyMatches(editor.view);
    const bodyMatches = editor ? bodyFindState(editor.state).matches : [];
    const body =
      editor && bodyMatches.length > 0
        ? () => {
            const tr = editor.state.tr;
            // From the end: each replacement leaves the positions before it as they were.
            for (let index = bodyMatches.length - 1; index >= 0; index -= 1) {
              const match = bodyMatches[index] as BodyMatch;
              if (match.attribute) replaceInAttribute(tr, match.attribute, text);
              else tr.insertText(text, match.from, match.to);
            }
            editor.view.dispatch(tr);
            return true;
          }
        : null;
    if (!body && Object.keys(fields).length === 0) return;
    this.host.runCommand(body, fields);
    this.afterReplace(null);
  }

  private afterReplace(from: Start | null): void {
    this.findInFields();
    this.fieldCurrent = null;
    const editor = this.editor;
    if (editor) {
      refreshBodyMatches(editor.view);
      setBodyCurrent(editor.view, null);
    }
    const next = this.placeFrom(from);
    if (next) this.select(next);
    else this.publish();
  }

  private step(direction: 1 | -1): void {
    if (!this.needle) return;
    const editor = this.editor;
    if (editor) refreshBodyMatches(editor.view);
    const places = this.counts();
    const total = places.headline + places.lead + places.body;
    if (total === 0) return this.publish();
    const index = this.currentIndex();
    const nextIndex = index < 0 ? (direction > 0 ? 0 : total - 1) : (index + direction + total) % total;
    const place = this.placeAt(nextIndex);
    if (place) this.select(place);
  }

  private select(place: Place): void {
    const editor = this.editor;
    if (place.part === 'body') {
      this.fieldCurrent = null;
      if (editor) {
        const tr = editor.state.tr.setSelection(selectionAt(editor.state.doc, place.match));
        setBodyCurrent(editor.view, place.match, tr);
        this.revealBody(editor, place.match);
      }
    } else {
      this.fieldCurrent = { part: place.part, match: place.match };
      if (editor && bodyFindState(editor.state).current) setBodyCurrent(editor.view, null);
      const field = this.host.field(place.part);
      if (field) {
        field.setSelectionRange(place.match.from, place.match.to);
        revealCentred(field, field.getBoundingClientRect(), this.bar);
      }
    }
    this.publish();
  }

  private revealBody(editor: Editor, match: BodyMatch): void {
    // The block window drew the match's block in the same transaction (it holds the selection's blocks).
    const field = match.attribute ? attributeField(editor.view, match.attribute) : null;
    const rect = field ? field.getBoundingClientRect() : editor.view.coordsAtPos(match.from);
    revealCentred(editor.view.dom, rect, this.bar);
  }

  private findInFields(): void {
    this.fieldMatches = {
      headline: this.needle ? findInText(this.host.value('headline'), this.query) : [],
      lead: this.needle ? findInText(this.host.value('lead'), this.query) : [],
    };
  }

  private bodyMatches(): readonly BodyMatch[] {
    return this.editor && !this.editor.isDestroyed ? bodyFindState(this.editor.state).matches : [];
  }

  private counts(): Record<FindPart, number> {
    return {
      headline: this.fieldMatches.headline.length,
      lead: this.fieldMatches.lead.length,
      body: this.bodyMatches().length,
    };
  }

  private current(): Place | null {
    if (this.fieldCurrent) return this.fieldCurrent;
    const current = this.editor && !this.editor.isDestroyed ? bodyFindState(this.editor.state).current : null;
    return current ? { part: 'body', match: current } : null;
  }

  /** The current match's number in the whole article, from 0; -1 when there is none. */
  private currentIndex(): number {
    const current = this.current();
    if (!current) return -1;
    let before = 0;
    for (const part of PARTS) {
      const matches = part === 'body' ? this.bodyMatches() : this.fieldMatches[part];
      if (part === current.part) {
        const index = firstNotBefore(matches, current.match);
        const found = matches[index];
        return found && sameMatch(found, current.match) ? before + index : -1;
      }
      before += matches.length;
    }
    return -1;
  }

  private placeAt(index: number): Place | null {
    let rest = index;
    for (const part of PARTS) {
      const matches = part === 'body' ? this.bodyMatches() : this.fieldMatches[part];
      const match = matches[rest];
      if (match) return { part, match };
      rest -= matches.length;
    }
    return null;
  }

  /** The first match at or after a place, going round to the article's start. */
  private placeFrom(from: Start | null, body: readonly BodyMatch[] = this.bodyMatches()): Place | null {
    const start = from ? PARTS.indexOf(from.part) : 0;
    for (let step = 0; step <= PARTS.length; step += 1) {
      const part = PARTS[(start + step) % PARTS.length] as FindPart;
      const matches = part === 'body' ? body : this.fieldMatches[part];
      const index = step === 0 && from ? firstNotBefore(matches, from.at) : 0;
      const match = matches[index];
      if (match) return { part, match };
    }
    return null;
  }

  private caret(): Start | null {
    const active = document.activeElement;
    for (const part of ['headline', 'lead'] as const) {
      const field = this.host.field(part);
      if (field && field === active) return { part, at: at(field.selectionStart) };
    }
    const editor = this.editor;
    if (editor && !editor.isDestroyed && editor.view.hasFocus())
      return { part: 'body', at: at(editor.state.selection.from) };
    return null;
  }

  private selectedText(): string {
    const active = document.activeElement;
    let text = '';
    for (const part of ['headline', 'lead'] as const) {
      const field = this.host.field(part);
      if (field && field === active) text = field.value.slice(field.selectionStart, field.selectionEnd);
    }
    const editor = this.editor;
    if (!text && editor && !editor.isDestroyed && editor.view.hasFocus()) {
      const { from, to } = editor.state.selection;
      text = editor.state.doc.textBetween(from, to, '\n');
    }
    // A word or a phrase, not a paragraph.
    return text.includes('\n') || text.length > 100 ? '' : text;
  }

  private readonly onTransaction = (): void => {
    const editor = this.editor;
    if (!editor || !this.open) return;
    const state = bodyFindState(editor.state);
    if (state.matches === this.seenBody) return;
    this.publish();
  };

  private build(): FindSnapshot {
    const counts = this.counts();
    const index = this.currentIndex();
    const highlights = (part: FieldPart): FieldHighlights => {
      const matches = this.fieldMatches[part];
      if (!this.open || matches.length === 0) return NO_HIGHLIGHTS;
      const current = this.fieldCurrent?.part === part ? matches.indexOf(this.fieldCurrent.match) : -1;
      return { matches, current };
    };
    return {
      open: this.open,
      focusRequest: this.focusRequest,
      replacing: this.replacing,
      query: this.query,
      total: this.needle ? counts.headline + counts.lead + counts.body : 0,
      position: index + 1,
      headline: highlights('headline'),
      lead: highlights('lead'),
    };
  }

  private publish(): void {
    this.seenBody = this.editor && !this.editor.isDestroyed ? bodyFindState(this.editor.state).matches : null;
    this.snapshot = this.build();
    for (const listener of this.listeners) listener();
  }
}
