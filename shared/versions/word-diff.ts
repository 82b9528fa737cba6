import { diffArrays } from 'diff';

/** A stretch of text that both versions share, or that only the newer (added) or older (removed) has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/**
 * A word keeps its apostrophes (м’ясо, п'ять, ʼ) and inner hyphens (будь-який) so that a changed word is marked
 * whole, as a reader sees it; runs of white space are tokens of their own, and any other character stands alone.
 * Intl.Segmenter splits «будь-який» in three and jsdiff's own word splitter cuts Cyrillic letter by letter.
 */
const TOKEN = new RegExp(`${LETTER}+(?:['’ʼ\\-‐]${LETTER}+)*|\\s+|[^]`, 'gu');

/** Past this many single-token edits two texts are shown as one replaced by the other: no longer worth reading word by word, nor the time. */
const MAX_EDITS = 1000;

export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Two texts as the stretches a reader compares: words kept, added and removed. */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffArrays(wordTokens(before), wordTokens(after), { maxEditLength: MAX_EDITS });
  if (!changes) return replaced(before, after);
  const parts = changes.map((change): DiffPart => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }));
  return joinAcrossSpaces(parts);
}

function replaced(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  if (before) parts.push({ kind: 'removed', text: before });
  if (after) parts.push({ kind: 'added', text: after });
  return parts;
}

interface Edit {
  removed: string;
  added: string;
}

/**
 * «~one~ uno ~two~ dos» reads worse than «~one two~ uno dos»: a lone run of white space between two edits joins
 * them into one phrase replaced, when together they both remove and add (else the space would be lost from a side).
 */
function joinAcrossSpaces(changes: DiffPart[]): DiffPart[] {
  const runs: Array<Edit | string> = [];
  for (const part of changes) {
    const last = runs.at(-1);
    if (part.kind === 'same') runs.push(part.text);
    else if (typeof last === 'object') last[part.kind] += part.text;
    else runs.push(part.kind === 'added' ? { removed: '', added: part.text } : { removed: part.text, added: '' });
  }
  const joined: Array<Edit | string> = [];
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index] as Edit | string;
    const previous = joined.at(-1);
    const next = runs[index + 1];
    if (typeof run === 'string' && /^\s+$/.test(run) && typeof previous === 'object' && typeof next === 'object') {
      if ((previous.removed || next.removed) && (previous.added || next.added)) {
        previous.removed += run + next.removed;
        previous.added += run + next.added;
        index += 1;
        continue;
      }
    }
    joined.push(typeof run === 'string' ? run : { ...run });
  }
  const parts = joined.flatMap((run): DiffPart[] =>
    typeof run === 'string' ? [{ kind: 'same', text: run }] : tidy(run),
  );
  return parts.reduce<DiffPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}

/** A space both sides of an edit end with is not part of the edit: «~м’ясо~ п’ять» then « на ринку». */
function tidy({ removed, added }: Edit): DiffPart[] {
  const space = /\s+$/.exec(removed)?.[0] ?? '';
  if (!space || !added.endsWith(space) || space.length === removed.length || space.length === added.length)
    return replaced(removed, added);
  return [...replaced(removed.slice(0, -space.length), added.slice(0, -space.length)), { kind: 'same', text: space }];
}
