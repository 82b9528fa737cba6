/**
 * The two wire formats of a push over Git's smart HTTP (git-receive-pack) that isomorphic-git does not export:
 * the request's command list in pkt-lines, and the server's answer (side-band channels carrying the
 * report-status lines and the hook's messages). See Git's gitprotocol-pack and gitprotocol-http.
 */

export const ZERO_OID = '0000000000000000000000000000000000000000';

/** One ref update in a push: from what the server has to ours. */
export interface RefUpdate {
  oldOid: string;
  newOid: string;
  ref: string;
}

/** A pkt-line: four hex digits of its whole length, then the payload. */
export function pktLine(payload: string | Uint8Array): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload);
  return Buffer.concat([Buffer.from((body.length + 4).toString(16).padStart(4, '0'), 'ascii'), body]);
}

export const FLUSH = Buffer.from('0000', 'ascii');

/** The commands of a receive-pack request, the capabilities after the first; the pack follows them. */
export function receivePackCommands(updates: readonly RefUpdate[], capabilities: readonly string[]): Buffer {
  const lines = updates.map((update, index) => {
    const command = `${update.oldOid} ${update.newOid} ${update.ref}`;
    return pktLine(index === 0 ? `${command}\0${capabilities.join(' ')}\n` : `${command}\n`);
  });
  return Buffer.concat([...lines, FLUSH]);
}

/** The payloads of a stream of pkt-lines, flushes left out; a truncated stream ends where it can be read. */
export function readPktLines(bytes: Uint8Array): Buffer[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Buffer[] = [];
  let at = 0;
  while (at + 4 <= buffer.length) {
    const length = Number.parseInt(buffer.toString('ascii', at, at + 4), 16);
    if (Number.isNaN(length)) break;
    if (length < 4) {
      at += 4;
      continue;
    }
    if (at + length > buffer.length) break;
    out.push(buffer.subarray(at + 4, at + length));
    at += length;
  }
  return out;
}

/** What the server said about a push. */
export interface PushReport {
  /** The server unpacked what was sent; false when the answer was missing or cut. */
  unpacked: boolean;
  /** Per ref: null when it was taken, else the server's reason. Refs it did not mention are missing. */
  refs: Map<string, string | null>;
  /** The messages of the server's hooks (side-band channel 2), as text. */
  said: string;
}

/**
 * Reads receive-pack's answer. With side-band-64k, channel 1 carries the report-status pkt-lines, channel 2
 * the hook's output, channel 3 a fatal error (kept with the messages); without it, the answer is the report.
 */
export function readPushReport(bytes: Uint8Array, sideBand: boolean): PushReport {
  const status: Buffer[] = [];
  let said = '';
  if (!sideBand) status.push(Buffer.from(bytes));
  else {
    for (const line of readPktLines(bytes)) {
      const band = line[0];
      const data = line.subarray(1);
      if (band === 1) status.push(data);
      else if (band === 2 || band === 3) said += data.toString('utf8');
    }
  }
  const report: PushReport = { unpacked: false, refs: new Map(), said };
  for (const line of readPktLines(Buffer.concat(status))) {
    const text = line.toString('utf8').replace(/\n$/, '');
    if (text.startsWith('unpack ')) report.unpacked = text === 'unpack ok';
    else if (text.startsWith('ok ')) report.refs.set(text.slice(3), null);
    else if (text.startsWith('ng ')) {
      const rest = text.slice(3);
      const space = rest.indexOf(' ');
      report.refs.set(space < 0 ? rest : rest.slice(0, space), space < 0 ? '' : rest.slice(space + 1));
    }
  }
  return report;
}

/** Reasons receive-pack gives when the ref moved since it was read: fetch, merge and try again. */
export function isStaleReason(reason: string): boolean {
  return /non-fast-forward|fetch first|failed to (update|lock)|stale info|cannot lock/i.test(reason);
}
