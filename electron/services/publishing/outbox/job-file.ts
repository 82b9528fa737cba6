import path from 'node:path';
import type { DamagedFile } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import { ArticleIdSchema, ArticleSchema } from '../../../../shared/domain/article';
import { message } from '../../../../shared/i18n/message';
import {
  JobActionSchema,
  JobReasonSchema,
  JobStateSchema,
  JobWhenSchema,
  OutboxJobIdSchema,
  RemoteRecordSchema,
  TargetKindSchema,
} from '../../../../shared/publishing/outbox/outbox-job';
import { DateStyleSchema } from '../../../../shared/settings/schema';
import { z } from '../../../../shared/validation/zod';
import { writeFileAtomic } from '../../fs/atomic-write';
import { nodeFileSystem, type FileSystem } from '../../fs/file-system';
import { ioReason, isCode } from '../../fs/io-error';
import { parseVersionedJsonFile, type VersionedJsonFormat } from '../../fs/versioned-json-file';

export const JOB_FILE_VERSION = 1;
/** An article with its body is a few megabytes at most; a larger file was not written by the app. */
const MAX_JOB_FILE_BYTES = 32 * 1024 * 1024;
const JOB_FILE = /^([a-z0-9][a-z0-9-]{7,63})\.json$/;
/** What a write cut off by a crash leaves (atomic-write.ts names its temp files so); the outbox's own, removed. */
const TEMP_FILE = /^\.[a-z0-9][a-z0-9-]{7,63}\.json\.[0-9a-f]+\.tmp$/;

const PayloadSchema = z.object({
  article: ArticleSchema,
  contentHash: z.string().max(200),
  outlet: z.object({
    name: z.string(),
    siteUrl: z.string(),
    logoUrl: z.string(),
    telegramUrl: z.string(),
    facebookUrl: z.string(),
    subscribeText: z.string(),
    dateStyle: DateStyleSchema,
  }),
  related: z
    .array(z.object({ url: z.string().nullable(), headline: z.string(), date: z.string().nullable() }))
    .readonly(),
  pageUrl: z.string(),
});

const JobFileSchema = z.object({
  schemaVersion: z.literal(JOB_FILE_VERSION),
  id: OutboxJobIdSchema,
  /** The order jobs were made in: a target's jobs leave in this order. */
  seq: z.number().int().min(0),
  articleId: ArticleIdSchema,
  target: TargetKindSchema,
  action: JobActionSchema,
  /** What is sent, fixed when the job was made: a job that waits still sends what the editor approved. */
  payload: PayloadSchema,
  /** What the target made for this article before, as the app knew when it made the job. */
  previous: RemoteRecordSchema.nullable(),
  when: JobWhenSchema,
  createdAt: z.iso.datetime({ offset: true }),
  attempts: z.number().int().min(0),
  /** Lookups in a row that could not tell whether the last try went out. */
  lookups: z.number().int().min(0),
  lastReason: JobReasonSchema.nullable(),
  state: JobStateSchema,
});

/** One job as its file holds it. */
export type OutboxJob = z.output<typeof JobFileSchema>;

const FORMAT: VersionedJsonFormat<OutboxJob> = {
  maxBytes: MAX_JOB_FILE_BYTES,
  tooLarge: message('publish.outbox.damaged.tooLarge', { megabytes: MAX_JOB_FILE_BYTES / 1024 / 1024 }),
  notThisKind: message('publish.outbox.damaged.notJob'),
  version: JOB_FILE_VERSION,
  schema: JobFileSchema,
};

/**
 * A new job as it will be read back: checked by the same schema now, so a payload the file could not hold is
 * refused at once instead of turning into a damaged file at the next start.
 */
export function checkedJob(job: z.input<typeof JobFileSchema>): OutboxJob {
  const parsed = JobFileSchema.safeParse(job);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path.join('.');
  throw new ApiError(
    'invalid-argument',
    message('damaged.structure', { path: where || message('damaged.structureRoot') }),
  );
}

export function jobFilePath(dir: string, id: string): string {
  return path.join(dir, `${id}.json`);
}

export async function writeJobFile(dir: string, job: OutboxJob, fs: FileSystem = nodeFileSystem): Promise<void> {
  await writeFileAtomic(jobFilePath(dir, job.id), `${JSON.stringify(job)}\n`, fs);
}

export async function removeJobFile(dir: string, id: string, fs: FileSystem = nodeFileSystem): Promise<void> {
  await fs.rm(jobFilePath(dir, id), { force: true });
}

/**
 * Every job in the folder. A file that cannot be used (damaged, from a newer app, not a job) is reported and left
 * exactly as it is: a newer app may still need it, and a person may want to look at it.
 */
export async function readJobFiles(
  dir: string,
  fs: FileSystem = nodeFileSystem,
): Promise<{ jobs: OutboxJob[]; problems: DamagedFile[] }> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { jobs: [], problems: [] };
    throw error;
  }
  const jobs: OutboxJob[] = [];
  const problems: DamagedFile[] = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (TEMP_FILE.test(name)) {
      await fs.rm(file, { force: true }).catch(() => undefined);
      continue;
    }
    const id = JOB_FILE.exec(name)?.[1];
    if (id === undefined) continue;
    const read = await readJobFile(file, id, fs);
    if ('job' in read) jobs.push(read.job);
    else problems.push({ path: file, reason: read.reason });
  }
  return { jobs, problems };
}

async function readJobFile(
  file: string,
  id: string,
  fs: FileSystem,
): Promise<{ job: OutboxJob } | { reason: DamagedFile['reason'] }> {
  let bytes: Uint8Array;
  try {
    const info = await fs.stat(file);
    if (!info.isFile()) return { reason: FORMAT.notThisKind };
    if (info.size > FORMAT.maxBytes) return { reason: FORMAT.tooLarge };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { reason: message('damaged.unreadable', { reason: ioReason(error) }) };
  }
  const parsed = parseVersionedJsonFile(bytes, FORMAT);
  if (!parsed.ok) return { reason: parsed.reason };
  if (parsed.data.id !== id) return { reason: message('publish.outbox.damaged.idMismatch', { id: parsed.data.id }) };
  return { job: parsed.data };
}
