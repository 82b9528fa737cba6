/** Time as the pacer sees it; tests pass their own, so no test waits a real second. */
export interface PacerClock {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason as Error);
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A turn given up while waiting (its signal aborted): nothing of it was sent. */
export class TurnCancelled extends Error {
  override readonly name = 'TurnCancelled';
  constructor() {
    super('cancelled before its turn');
  }
}

/** Telegram's guidance: no more than about one message a second in one chat. */
export const CHAT_GAP_MS = 1000;

interface ChatTurns {
  /** The end of the last turn taken; the next waits for it. */
  tail: Promise<void>;
  /** No message to this chat before this instant. */
  nextAt: number;
}

/**
 * One message at a time per chat, each a gap after the previous answer, and none before a 429's `retry_after`
 * has passed. One pacer serves every target of the app, so two targets writing to one channel take turns too.
 */
export class ChatPacer {
  private readonly chats = new Map<string, ChatTurns>();

  constructor(
    private readonly clock: PacerClock = systemClock,
    private readonly gapMs = CHAT_GAP_MS,
  ) {}

  /** Runs `send` in the chat's next turn. The gap counts from its end, when Telegram has surely received it. */
  async turn<T>(chat: string, signal: AbortSignal, send: () => Promise<T>): Promise<T> {
    const turns = this.turns(chat);
    const previous = turns.tail;
    let release = () => {};
    turns.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      const wait = turns.nextAt - this.clock.now();
      if (signal.aborted) throw new TurnCancelled();
      if (wait > 0) await this.clock.sleep(wait, signal).catch(() => Promise.reject(new TurnCancelled()));
      try {
        return await send();
      } finally {
        turns.nextAt = Math.max(turns.nextAt, this.clock.now() + this.gapMs);
      }
    } finally {
      release();
    }
  }

  /** Telegram asked to wait (429): nothing goes to this chat before `ms` from now. */
  holdFor(chat: string, ms: number): void {
    const turns = this.turns(chat);
    turns.nextAt = Math.max(turns.nextAt, this.clock.now() + ms);
  }

  private turns(chat: string): ChatTurns {
    const key = chat.toLowerCase();
    let turns = this.chats.get(key);
    if (!turns) {
      turns = { tail: Promise.resolve(), nextAt: -Infinity };
      this.chats.set(key, turns);
    }
    return turns;
  }
}
