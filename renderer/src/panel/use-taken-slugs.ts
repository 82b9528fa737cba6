import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';

const NONE: ReadonlySet<string> = new Set();

/**
 * The slugs of the library's other articles, for a headline's slug to stay unique and for the cards to
 * warn of a collision; asked again whenever the library changes. Until the answer comes (or when the
 * index cannot say), none: a slug is then checked again on the next change.
 */
export function useTakenSlugs(articleId: string): ReadonlySet<string> {
  const api = useApi();
  const [taken, setTaken] = useState(NONE);
  useEffect(() => {
    let current = true;
    const load = () =>
      api.invoke('library.slugs', { except: articleId }).then(
        ({ slugs }) => current && setTaken(new Set(slugs)),
        () => undefined,
      );
    void load();
    const off = api.on('library.changed', () => void load());
    return () => {
      current = false;
      off();
    };
  }, [api, articleId]);
  return taken;
}
