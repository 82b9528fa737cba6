/** `value` cut to at most `limit` UTF-16 units (as the schema counts), never between the halves of an emoji. */
export function cutToLimit(value: string, limit: number): { value: string; cut: number } {
  if (value.length <= limit) return { value, cut: 0 };
  const lastKept = value.charCodeAt(limit - 1);
  const end = lastKept >= 0xd800 && lastKept <= 0xdbff ? limit - 1 : limit;
  return { value: value.slice(0, end), cut: value.length - end };
}

/** At most `maxItems` items of at most `maxLength` each; `dropped` says whether anything was lost. */
export function limitList(items: string[], maxItems: number, maxLength: number): { items: string[]; dropped: boolean } {
  const kept = items.slice(0, maxItems).map((item) => cutToLimit(item, maxLength));
  return {
    items: kept.map((item) => item.value),
    dropped: items.length > maxItems || kept.some((item) => item.cut > 0),
  };
}
