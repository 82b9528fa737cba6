import { randomBytes } from 'node:crypto';

/** A multipart/form-data body, ready to send. */
export class MultipartBody {
  constructor(
    readonly bytes: Uint8Array,
    readonly contentType: string,
  ) {}
}

export interface MultipartFile {
  name: string;
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** A field's name or a file's name inside a quoted header value: no quote, no line break. */
const headerValue = (text: string) => text.replace(/["\r\n\\]/g, '_');

/**
 * Fields and one file as multipart/form-data, written byte for byte. FormData would turn every line break of a
 * field into CRLF (as the HTML spec says to), and a caption must reach Telegram with the line breaks it has: a
 * `\r` more per line would change its length and its text, and a lookup would no longer find it.
 */
export function multipart(fields: Readonly<Record<string, string>>, file: MultipartFile): MultipartBody {
  const boundary = `shpalta-${randomBytes(16).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${headerValue(name)}"\r\n\r\n`));
    parts.push(Buffer.from(value, 'utf8'), Buffer.from('\r\n'));
  }
  const disposition = `form-data; name="${headerValue(file.name)}"; filename="${headerValue(file.fileName)}"`;
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${file.mime}\r\n\r\n`));
  parts.push(Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`));
  return new MultipartBody(new Uint8Array(Buffer.concat(parts)), `multipart/form-data; boundary=${boundary}`);
}
