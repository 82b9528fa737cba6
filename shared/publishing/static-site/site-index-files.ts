import type { SiteOutlet } from '../../site/site-page';
import { indexPageHtml, type RubricLink } from './index-page';
import { newsSitemap } from './news-sitemap';
import { rssFeed } from './rss-feed';
import {
  FEED_FILE,
  LIST_PAGE_SIZE,
  SITEMAP_FILE,
  feedUrl,
  listPagePath,
  listPageUrl,
  rubricFolder,
  rubricList,
} from './site-layout';
import { newestFirst, type ManifestEntry } from './site-manifest';

export interface SiteIndexInput {
  /** The site's address with its trailing `/` (site-layout's `siteBase`). */
  base: string;
  outlet: SiteOutlet;
  entries: readonly ManifestEntry[];
  builtAt: string;
}

/**
 * Every file of the site made from the manifest rather than from an article: the front list, a list per
 * rubric (each in pages of LIST_PAGE_SIZE, newest first), the RSS feed and the sitemap, as [path under the
 * site's root, content]. Rubrics whose names spell the same folder (`Економіка` and `економіка`) share one
 * list, under the first name met.
 */
export function siteIndexFiles({ base, outlet, entries, builtAt }: SiteIndexInput): Array<[string, string]> {
  const sorted = newestFirst(entries);
  const byFolder = new Map<string, { name: string; entries: ManifestEntry[] }>();
  for (const entry of sorted) {
    const folder = rubricFolder(entry.rubric);
    if (folder === null) continue;
    const rubric = byFolder.get(folder) ?? { name: entry.rubric.trim(), entries: [] };
    rubric.entries.push(entry);
    byFolder.set(folder, rubric);
  }
  const folders = [...byFolder.keys()].sort((a, b) => a.localeCompare(b));
  const rubrics: RubricLink[] = folders.map((folder) => ({
    name: byFolder.get(folder)?.name ?? folder,
    url: listPageUrl(base, rubricList(folder), 1),
  }));
  const site = { name: outlet.name, siteUrl: base, dateStyle: outlet.dateStyle };
  const feed = feedUrl(base);

  const files: Array<[string, string]> = [];
  const list = (dir: string, rubric: string | null, listed: readonly ManifestEntry[]) => {
    const count = Math.max(1, Math.ceil(listed.length / LIST_PAGE_SIZE));
    for (let number = 1; number <= count; number += 1) {
      const pages = {
        number,
        newer: number > 1 ? listPageUrl(base, dir, number - 1) : null,
        older: number < count ? listPageUrl(base, dir, number + 1) : null,
      };
      const slice = listed.slice((number - 1) * LIST_PAGE_SIZE, number * LIST_PAGE_SIZE);
      const url = listPageUrl(base, dir, number);
      files.push([
        listPagePath(dir, number),
        indexPageHtml({ outlet: site, url, rubric, entries: slice, rubrics, feedUrl: feed, pages }),
      ]);
    }
  };
  list('', null, sorted);
  for (const folder of folders) {
    const rubric = byFolder.get(folder);
    if (rubric) list(rubricList(folder), rubric.name, rubric.entries);
  }
  files.push([FEED_FILE, rssFeed({ title: outlet.name, link: base, selfUrl: feed }, sorted, builtAt)]);
  // The sitemap lists the first page of each list; the articles themselves carry the rest.
  files.push([
    SITEMAP_FILE,
    newsSitemap({
      publicationName: outlet.name,
      entries: sorted,
      pages: [base, ...rubrics.map((r) => r.url)],
      builtAt,
    }),
  ]);
  return files;
}
