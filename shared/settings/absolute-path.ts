import { schemaReason } from '../validation/issue-reason';
import { z } from '../validation/zod';

/** An absolute folder path (POSIX `/…`, Windows `C:\…` or a `\\server\share`). */
export const AbsolutePathSchema = z
  .string()
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, schemaReason('settings.invalid.absolutePath'));
