import { describe, expect, it } from 'vitest';
import { ChatPacer, type PacerClock } from '../../../../../electron/services/publishing/telegram/chat-pacer';

/** The test's time: a wait moves it at once. */
function testClock(): PacerClock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

const signal = new AbortController().signal;

describe('ChatPacer', () => {
  it('gives one chat one turn at a time, a second apart from the end of the last', async () => {
    const clock = testClock();
    const pacer = new ChatPacer(clock);
    const started: Array<[string, number]> = [];
    const send = (chat: string, name: string, takes = 0) =>
      pacer.turn(chat, signal, async () => {
        started.push([name, clock.t]);
        clock.t += takes;
      });
    await Promise.all([send('@a', 'a1', 300), send('@A', 'a2'), send('@a', 'a3')]);
    expect(started).toEqual([
      ['a1', 0],
      ['a2', 1300],
      ['a3', 2300],
    ]);
  });

  it('lets other chats go meanwhile', async () => {
    const clock = testClock();
    const pacer = new ChatPacer(clock);
    const started: string[] = [];
    await pacer.turn('@a', signal, async () => void started.push(`a@${clock.t}`));
    await pacer.turn('@b', signal, async () => void started.push(`b@${clock.t}`));
    expect(started).toEqual(['a@0', 'b@0']);
  });

  it('holds a chat for as long as Telegram asked, also after a failed turn', async () => {
    const clock = testClock();
    const pacer = new ChatPacer(clock);
    await expect(pacer.turn('@a', signal, async () => Promise.reject(new Error('429')))).rejects.toThrow('429');
    pacer.holdFor('@a', 5000);
    await pacer.turn('@a', signal, async () => expect(clock.t).toBe(5000));
  });
});
