import { defaultOutletProfile, OutletProfileSchema, type OutletProfile } from '../outlet/outlet-profile';
import type { ArticleConflict } from './article-conflict';
import { mergeKeyedList } from './merge-keyed-list';
import { FieldMerger } from './three-way-value';

/**
 * The newsroom's profile merged from its ancestor and two edits, field by field like an article's metadata:
 * social pages by network, rubrics as a list (added and removed on either side). Both changed differently
 * keeps ours and is reported. Without an ancestor (both created the file) the ancestor is an empty profile.
 */
export function mergeOutlet(
  base: OutletProfile | null,
  ours: OutletProfile,
  theirs: OutletProfile,
): { merged: OutletProfile; conflicts: ArticleConflict[] } {
  const merger = new FieldMerger();
  const from = base ?? { ...defaultOutletProfile(), rubrics: [] };
  const value = <K extends keyof OutletProfile>(key: K): OutletProfile[K] =>
    merger.value(key, from[key], ours[key], theirs[key]);
  const candidate: OutletProfile = {
    schemaVersion: ours.schemaVersion,
    name: value('name'),
    logo: value('logo'),
    siteUrl: value('siteUrl'),
    social: merger.fields('social', from.social, ours.social, theirs.social),
    subscribeText: value('subscribeText'),
    dateStyle: value('dateStyle'),
    apostrophe: value('apostrophe'),
    rubrics: mergeKeyedList('rubrics', from.rubrics, ours.rubrics, theirs.rubrics, (rubric) => rubric, merger),
  };
  const parsed = OutletProfileSchema.safeParse(candidate);
  let merged = candidate;
  if (!parsed.success) {
    // Both sides' rubrics together may pass the limit each kept alone: such a field keeps ours.
    const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    merged = { ...candidate };
    for (const field of fields) {
      if (!(field in ours)) return { merged: ours, conflicts: [{ kind: 'field', field }] };
      (merged as Record<string, unknown>)[field] = ours[field as keyof OutletProfile];
      merger.conflict(field);
    }
  }
  return { merged, conflicts: merger.conflicts.map((field) => ({ kind: 'field', field })) };
}
