import type { Component } from '../../../shared/about/third-party-notices';

/** The components whose name holds the query, ignoring case and the spaces around it; all for an empty one. */
export function filterComponents(components: readonly Component[], query: string): readonly Component[] {
  const needle = query.trim().toLocaleLowerCase('en');
  if (!needle) return components;
  return components.filter((component) => component.name.toLocaleLowerCase('en').includes(needle));
}
