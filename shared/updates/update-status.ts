import { z } from '../validation/zod';

/**
 * Why a check, a download or an install failed, as a stable code: the page words it from the catalogue,
 * and electron-updater's own text (English, with paths and addresses) never reaches a person.
 */
export const UPDATE_ERROR_CODES = ['offline', 'feed', 'download', 'signature', 'install', 'unknown'] as const;
export const UpdateErrorCodeSchema = z.enum(UPDATE_ERROR_CODES);
export type UpdateErrorCode = z.infer<typeof UpdateErrorCodeSchema>;

const Version = z.string().min(1).max(100);
const Instant = z.iso.datetime({ offset: true });

/** Where this computer's copy of the app stands with the release feed. */
export const UpdateStateSchema = z.discriminatedUnion('kind', [
  /** Nothing asked yet (the first check waits a little after the window shows). */
  z.object({ kind: z.literal('idle') }),
  z.object({ kind: z.literal('checking') }),
  /** A newer version is published; its download starts by itself. */
  z.object({ kind: z.literal('available'), version: Version }),
  z.object({ kind: z.literal('downloading'), version: Version, percent: z.number().min(0).max(100) }),
  /**
   * Downloaded: installed when the app quits, or now if the person chooses to restart. `installFailed`: an
   * install of it was tried and did not go through; it is kept and tried again at the next quit.
   */
  z.object({ kind: z.literal('ready'), version: Version, installFailed: z.literal(true).optional() }),
  z.object({ kind: z.literal('up-to-date'), checkedAt: Instant }),
  z.object({ kind: z.literal('error'), code: UpdateErrorCodeSchema, at: Instant }),
  /** Turned off in the settings, or by the computer's administrator: no checks, no network. */
  z.object({ kind: z.literal('disabled'), by: z.enum(['setting', 'administrator']) }),
  /** Nothing to update here: browser mode, or a development run of the desktop app. */
  z.object({ kind: z.literal('unsupported'), reason: z.enum(['browser', 'development']) }),
]);
export type UpdateState = z.infer<typeof UpdateStateSchema>;

/** What keeps a downloaded update from being installed right now; it waits for a later quit then. */
export const InstallHoldSchema = z.enum(['unsaved', 'sending']);
export type InstallHold = z.infer<typeof InstallHoldSchema>;

export const UpdateStatusSchema = z.object({
  state: UpdateStateSchema,
  /** The version running now. */
  currentVersion: Version,
  /** The administrator turned updates off on this computer: the switch shows so and cannot be changed. */
  administrator: z.boolean(),
  /** Null: a ready update may be installed now; else why it waits. */
  hold: InstallHoldSchema.nullable(),
});
export type UpdateStatus = z.infer<typeof UpdateStatusSchema>;
