import type { TextMatch } from '../../../../../shared/text/find-text';

/** A match in a node's attribute (findable-attributes.ts). */
export interface AttributeMatch {
  /** The node's position. */
  node: number;
  name: string;
  /** The attribute's place among its node's findable ones. */
  rank: number;
  /** Offsets in the attribute's text. */
  from: number;
  to: number;
}

/**
 * A match of find in the body: in its text (`from` and `to` are document positions), or in an attribute of
 * one of its nodes (`from` and `to` are then both the place the attributes come in reading order).
 */
export interface BodyMatch extends TextMatch {
  attribute?: AttributeMatch;
}

/** Reading order: by place, then (attributes of one node) by attribute and offset. */
export function compareMatches(a: BodyMatch, b: BodyMatch): number {
  if (a.from !== b.from) return a.from - b.from;
  const rank = (a.attribute?.rank ?? -1) - (b.attribute?.rank ?? -1);
  if (rank !== 0) return rank;
  return (a.attribute?.from ?? 0) - (b.attribute?.from ?? 0);
}

export function sameMatch(a: BodyMatch, b: BodyMatch): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.attribute?.node === b.attribute?.node &&
    a.attribute?.name === b.attribute?.name &&
    a.attribute?.from === b.attribute?.from &&
    a.attribute?.to === b.attribute?.to
  );
}

/** The first of `matches` (in reading order) not before `place`, by bisection; `matches.length` if none. */
export function firstNotBefore(matches: readonly BodyMatch[], place: BodyMatch): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareMatches(matches[middle] as BodyMatch, place) >= 0) high = middle;
    else low = middle + 1;
  }
  return low;
}
