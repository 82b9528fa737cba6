import { message } from '../../../../shared/i18n/message';
import { PublishError } from '../publish-target';
import type { WordPressClient } from './wordpress-client';
import { TermExistsShape, TermListShape, TermShape } from './wordpress-shapes';

export type Taxonomy = 'categories' | 'tags';

/** The names as the site should get them: trimmed, without empties, each once (WordPress ignores case in names). */
export function termNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLocaleLowerCase('uk');
    if (!name || seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept;
}

/**
 * The id of the category or tag with this name, made when the site has none. Creating first costs one request
 * either way: WordPress answers an existing name with 400 `term_exists` and the existing id. Someone who may
 * not create categories (an author) can still use the existing ones: those are then looked up by name.
 */
export async function termId(
  client: WordPressClient,
  taxonomy: Taxonomy,
  name: string,
  login: string,
): Promise<number> {
  const call = { method: 'POST' as const, route: `/wp/v2/${taxonomy}`, json: { name }, query: { _fields: 'id,name' } };
  const answer = await client.call(call);
  if (answer.ok) return client.read(call, answer.body, TermShape).id;
  if (answer.code === 'term_exists') return client.read(call, answer.body, TermExistsShape).data.term_id;
  if (answer.status !== 403) throw client.failure(call, answer);
  const existing = await findByName(client, taxonomy, name);
  if (existing !== null) return existing;
  if (taxonomy === 'categories')
    throw new PublishError(
      'rejected',
      message('publish.wordpress.cannotCreateCategory', { site: client.site, login, name }),
    );
  throw client.failure(call, answer);
}

async function findByName(client: WordPressClient, taxonomy: Taxonomy, name: string): Promise<number | null> {
  const terms = await client.expect(
    {
      method: 'GET',
      route: `/wp/v2/${taxonomy}`,
      query: { search: name, per_page: '100', _fields: 'id,name', context: 'view' },
    },
    TermListShape,
  );
  const wanted = name.toLocaleLowerCase('uk');
  // WordPress keeps names HTML-escaped (`R&amp;D`): compare them as the reader sees them.
  return terms.find((term) => unescapeName(term.name).toLocaleLowerCase('uk') === wanted)?.id ?? null;
}

function unescapeName(name: string): string {
  return name
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}
