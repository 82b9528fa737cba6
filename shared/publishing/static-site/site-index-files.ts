import type { SiteOutlet } from '../../site/site-page';
import { indexPageHtml, type RubricLink } from './index-page';
import { newsSitemap } from './news-sitemap';
import { rssFeed } from './rss-feed';
import { FEED_FILE, FRONT_PAGE, SITEMAP_FILE, feedUrl, rubricFolder, rubricPagePath, rubricUrl } from './site-layout';
import type { ManifestEntry } from './site-manifest';

export interface SiteIndexInput {
  /** The site's address with its trailing `/` (site-layout's `siteBase`). */
  base: string;
  outlet: SiteOutlet;
  entries: readonly ManifestEntry[];
  builtAt: string;
}

/**
 * Every file of the site made from the manifest rather than from an article: the front page, a page per
 * rubric, the RSS feed and the sitemap, as [path under the site's root, content]. Rubrics whose names spell
 * the same folder (`Економіка` and `економіка`) share one page, under the first name met.
 */
export function siteIndexFiles({ base, outlet, entries, builtAt }: SiteIndexInput): Array<[string, string]> {
  const byFolder = new Map<string, { name: string; entries: ManifestEntry[] }>();
  for (const entry of entries) {
    const folder = rubricFolder(entry.rubric);
    if (folder === null) continue;
    const rubric = byFolder.get(folder) ?? { name: entry.rubric.trim(), entries: [] };
    rubric.entries.push(entry);
    byFolder.set(folder, rubric);
  }
  const folders = [...byFolder.keys()].sort((a, b) => a.localeCompare(b));
  const rubrics: RubricLink[] = folders.map((folder) => ({
    name: byFolder.get(folder)?.name ?? folder,
    url: rubricUrl(base, folder),
  }));
  const site = { name: outlet.name, siteUrl: base, dateStyle: outlet.dateStyle };
  const feed = feedUrl(base);
  const files: Array<[string, string]> = [
    [FRONT_PAGE, indexPageHtml({ outlet: site, url: base, rubric: null, entries, rubrics, feedUrl: feed })],
  ];
  for (const [index, folder] of folders.entries()) {
    const rubric = byFolder.get(folder);
    const link = rubrics[index];
    if (!rubric || !link) continue;
    files.push([
      rubricPagePath(folder),
      indexPageHtml({
        outlet: site,
        url: link.url,
        rubric: rubric.name,
        entries: rubric.entries,
        rubrics,
        feedUrl: feed,
      }),
    ]);
  }
  files.push([FEED_FILE, rssFeed({ title: outlet.name, link: base, selfUrl: feed }, entries, builtAt)]);
  files.push([
    SITEMAP_FILE,
    newsSitemap({ publicationName: outlet.name, entries, pages: [base, ...rubrics.map((r) => r.url)], builtAt }),
  ]);
  return files;
}
