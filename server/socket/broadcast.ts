/**
 * Fan-out of socket events. Code that changes a room publishes here; each
 * process's socket hub subscribes and delivers to its own connections. In
 * one process that is a direct call; across processes it becomes a Redis
 * channel behind the same two methods.
 */
import type { ServerEvent } from '../../src/protocol';

export type Audience =
  { room: string; except?: number } | { user: number } | { everyone: true };

export type Listener = (to: Audience, events: ServerEvent[]) => void;

export interface Broadcast {
  publish(to: Audience, events: ServerEvent[]): void;
  subscribe(listener: Listener): () => void;
}

export function localBroadcast(): Broadcast {
  const listeners = new Set<Listener>();

  return {
    publish(to, events) {
      if (events.length === 0) return;
      for (const listener of listeners) listener(to, events);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
