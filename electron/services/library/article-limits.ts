import { message, type Message } from '../../../shared/i18n/message';

/**
 * How large and how deep an article file may be before it is refused as damaged. Every check here is a loop
 * with an explicit stack, never recursion: the file is untrusted, and the checks exist so that the recursive
 * code after them (the zod schema, ProseMirror, JSON.stringify) only ever meets bounded input.
 */

/** A 50,000-word article with every mark is about 2 MB of JSON; images live beside it, not in it. */
export const MAX_ARTICLE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Body nodes inside one another, counted from the body's top-level blocks: the text of a paragraph in a
 * quote is at level 3. Measured in Chromium with the real editor (browser mode, a busy 2-core machine; a
 * keystroke in the innermost paragraph, median of 5): 10 quotes deep 205 ms (the measuring floor), 64 deep
 * 256 ms, 100 deep 705 ms, 150 deep 1.5 s; the issue saw 150 take 21 s to open and 300 kill the tab. The
 * cost grows steeply past ~50. A real article nests a few levels (the text of a list of five levels inside
 * a quote is at level 13), so 32 leaves more than twice that and stays well below where typing slows.
 */
export const MAX_BODY_DEPTH = 32;

/** Nodes in one body: a 50,000-word article has some 20,000 (paragraphs, text runs between marks). */
export const MAX_BODY_NODES = 200_000;

/** One string (a text run, an attribute): a whole book in one paragraph is still under this. */
export const MAX_STRING_LENGTH = 4_000_000;

/**
 * JSON nesting of the whole file: the article object, its body, and per body node its object, its
 * `content` array, and at the bottom a mark with its attributes. Anything deeper is refused before
 * JSON.parse builds it.
 */
const MAX_JSON_DEPTH = 2 * MAX_BODY_DEPTH + 16;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether the JSON text nests deeper than `maxDepth` (brackets inside strings do not count). One pass over
 * the characters; malformed text is left for JSON.parse to refuse.
 */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth -= 1;
  }
  return false;
}

/** Why the text cannot be parsed safely, or null. */
export function articleTextProblem(text: string): Message | null {
  if (text.length > MAX_ARTICLE_FILE_BYTES) return fileTooLargeReason();
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) return tooDeep();
  return null;
}

/**
 * Why the parsed (and migrated) file is beyond what the app opens, or null: body nodes nested
 * deeper than MAX_BODY_DEPTH, more than MAX_BODY_NODES of them, or a string longer than MAX_STRING_LENGTH
 * anywhere in the file.
 */
export function articleShapeProblem(raw: unknown): Message | null {
  const pending: unknown[] = [raw];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) return message('damaged.longText');
    } else if (typeof value === 'object' && value !== null) {
      // A loop, not push(...values): spreading a huge array overflows the call stack.
      for (const child of Array.isArray(value) ? value : Object.values(value)) pending.push(child);
    }
  }
  const body = typeof raw === 'object' && raw !== null ? (raw as { body?: unknown }).body : undefined;
  const nodes = childrenOf(body).map((node) => ({ node, depth: 1 }));
  let count = 0;
  for (let item = nodes.pop(); item !== undefined; item = nodes.pop()) {
    count += 1;
    if (count > MAX_BODY_NODES) return message('damaged.tooManyNodes');
    if (item.depth > MAX_BODY_DEPTH) return tooDeep();
    for (const child of childrenOf(item.node)) nodes.push({ node: child, depth: item.depth + 1 });
  }
  return null;
}

function childrenOf(node: unknown): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const content = (node as { content?: unknown }).content;
  return Array.isArray(content) ? content : [];
}

export function fileTooLargeReason(): Message {
  return message('damaged.tooLarge', { megabytes: MAX_ARTICLE_FILE_BYTES / 1024 / 1024 });
}

function tooDeep(): Message {
  return message('damaged.tooDeep', { depth: MAX_BODY_DEPTH });
}
