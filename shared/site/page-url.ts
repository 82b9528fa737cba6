/**
 * The address of an article's page on the outlet's site: its slug (else its id) under the site's address.
 * Without a site address yet, a relative `/<slug>/`: the page still renders, its links stay on the site.
 */
export function articlePageUrl(siteUrl: string, slug: string, id: string): string {
  const path = `${encodeURIComponent(slug.trim() || id)}/`;
  if (!siteUrl) return `/${path}`;
  try {
    return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
  } catch {
    return `/${path}`;
  }
}
