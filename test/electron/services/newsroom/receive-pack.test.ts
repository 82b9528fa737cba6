import { describe, expect, it } from 'vitest';
import {
  FLUSH,
  isStaleReason,
  pktLine,
  readPktLines,
  readPushReport,
  receivePackCommands,
  ZERO_OID,
} from '../../../../electron/services/newsroom/receive-pack';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** A side-band packet: the channel's byte, then its data. */
function band(channel: number, data: string | Buffer): Buffer {
  return pktLine(Buffer.concat([Buffer.from([channel]), Buffer.from(data)]));
}

function report(...lines: string[]): Buffer {
  return Buffer.concat([...lines.map((line) => pktLine(`${line}\n`)), FLUSH]);
}

describe('receive-pack on the wire', () => {
  it('writes pkt-lines with their length in four hex digits', () => {
    expect(pktLine('unpack ok\n').toString()).toBe('000eunpack ok\n');
    expect(pktLine('').toString()).toBe('0004');
  });

  it('writes the commands with the capabilities after the first one only', () => {
    const bytes = receivePackCommands(
      [
        { oldOid: ZERO_OID, newOid: A, ref: 'refs/heads/j/olena' },
        { oldOid: A, newOid: B, ref: 'refs/heads/desk' },
      ],
      ['report-status', 'side-band-64k'],
    );
    const lines = readPktLines(bytes).map((line) => line.toString());
    expect(lines).toEqual([
      `${ZERO_OID} ${A} refs/heads/j/olena\0report-status side-band-64k\n`,
      `${A} ${B} refs/heads/desk\n`,
    ]);
    expect(bytes.subarray(-4).toString()).toBe('0000');
  });

  it('reads what it can of a stream cut short, and skips flushes', () => {
    const whole = Buffer.concat([pktLine('one\n'), FLUSH, pktLine('two\n')]);
    expect(readPktLines(whole).map(String)).toEqual(['one\n', 'two\n']);
    expect(readPktLines(whole.subarray(0, whole.length - 2)).map(String)).toEqual(['one\n']);
    expect(readPktLines(Buffer.from('zzzz0008one\n'))).toEqual([]);
  });

  it('hears a taken ref, and the hook’s words on channel 2', () => {
    const inner = report('unpack ok', 'ok refs/heads/j/olena');
    const answer = Buffer.concat([band(2, 'shpalta: welcome\n'), band(1, inner), FLUSH]);
    const heard = readPushReport(answer, true);
    expect(heard.unpacked).toBe(true);
    expect(heard.refs.get('refs/heads/j/olena')).toBeNull();
    expect(heard.said).toBe('shpalta: welcome\n');
  });

  it('hears a refusal with its reason, the report split across packets', () => {
    const inner = report('unpack ok', 'ng refs/heads/desk hook declined');
    const answer = Buffer.concat([
      band(2, 'shpalta: refused desk-editors-only\n'),
      band(1, inner.subarray(0, 7)),
      band(1, inner.subarray(7)),
      FLUSH,
    ]);
    const heard = readPushReport(answer, true);
    expect(heard.refs.get('refs/heads/desk')).toBe('hook declined');
    expect(heard.said).toContain('refused desk-editors-only');
  });

  it('reads a plain report from a server without side-band', () => {
    const heard = readPushReport(report('unpack ok', 'ng refs/heads/desk non-fast-forward'), false);
    expect(heard.refs.get('refs/heads/desk')).toBe('non-fast-forward');
  });

  it('an answer cut before the report says nothing was taken', () => {
    const heard = readPushReport(band(2, 'Resolving deltas'), true);
    expect(heard.unpacked).toBe(false);
    expect(heard.refs.size).toBe(0);
  });

  it('tells a ref that moved from a refusal', () => {
    for (const reason of ['non-fast-forward', 'fetch first', 'failed to update ref', 'failed to lock']) {
      expect(isStaleReason(reason)).toBe(true);
    }
    for (const reason of ['hook declined', 'deletion prohibited', 'funny refname']) {
      expect(isStaleReason(reason)).toBe(false);
    }
  });
});
