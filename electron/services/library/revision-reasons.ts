/**
 * Why a version was kept under `.shpalta/revisions/<id>/`: the last part of the revision's file name, so
 * that a person looking at the folder can tell each kept version's story.
 */
export const REVISION_REASONS = {
  /** A save found the file changed by someone else: the text that could not be written. */
  unsavedAfterConflict: 'not-saved-file-changed-elsewhere',
  /** «Записати мою версію»: the other version, as it was on disk, before the window's version replaced it. */
  overwrittenByMine: 'other-version-replaced-by-mine',
  /** «Взяти їхню версію»: the window's own version, before the other version replaced it in the editor. */
  mineBeforeTakingTheirs: 'my-version-before-taking-theirs',
  /** A sync tool's conflict copy was chosen: the article as it was. */
  replacedByConflictCopy: 'replaced-by-conflict-copy',
  /** The article was kept: the sync tool's conflict copy. */
  discardedConflictCopy: 'discarded-conflict-copy',
  /**
   * A version-1 file whose `history` held steps that do not read as steps: the file as it was, before the
   * first save in version 2 left them out (the steps that read went to transitions.jsonl).
   */
  beforeFormatUpgrade: 'version-1-before-upgrade',
} as const;

export type RevisionReason = (typeof REVISION_REASONS)[keyof typeof REVISION_REASONS];
