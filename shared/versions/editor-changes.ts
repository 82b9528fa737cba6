/** A version as the history lists it, newest first; only `status` is read here. */
export interface ListedVersion {
  version: string;
  at: string;
  by: string;
  reason: string;
  status: string | null;
}

/**
 * «Що змінив редактор»: the version the journalist last sent for review (the newest with status `submitted`),
 * to be compared with the article now. Null when it was never submitted.
 */
export function lastSubmittedVersion<V extends Pick<ListedVersion, 'status'>>(newestFirst: readonly V[]): V | null {
  return newestFirst.find((version) => version.status === 'submitted') ?? null;
}
