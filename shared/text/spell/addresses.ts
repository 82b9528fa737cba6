/**
 * Web addresses and e-mail addresses in a text: their parts are not words (`https://mof.gov.ua/uk/news`,
 * `www.ukrinform.ua`, `press@rada.gov.ua`, `@ukrpravda_news`). [start, end) offsets, in order.
 */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s«»"“”„<>]+|[^\s«»"“”„<>()]*@[^\s«»"“”„<>()]+/giu;

export function addressRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!text.includes('@') && !text.includes('://') && !/www\./i.test(text)) return ranges;
  for (const match of text.matchAll(ADDRESS)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}
