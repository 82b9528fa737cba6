import type { EventName, EventPayload } from '../../../shared/api/contract';

type AnyListener = (event: EventName, payload: unknown) => void;

/** Events from services to whichever host forwards them to the page (IPC or server-sent events). */
export class EventBus {
  private readonly listeners = new Set<AnyListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...this.listeners]) listener(event, payload);
  }

  subscribe(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
