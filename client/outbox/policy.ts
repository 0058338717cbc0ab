import type { OutboxEntry } from './entry.ts';

// What the outbox sends next, how it treats an answer, and how long it waits before trying again.

/** Lifts sent at once while draining (each is still its own idempotent request). */
export const LIFTS_IN_FLIGHT = 4;

/**
 * What to send next from the outbox's entries (oldest first): lifts are independent of
 * each other, so up to LIFTS_IN_FLIGHT consecutive pending ones go at once (the server
 * still commits them one by one); a heat action, correction or void goes alone, after
 * everything before it, so a correction never overtakes the lift it corrects and no lift
 * overtakes its heat's start. Rejected entries wait for the referee, not in the queue.
 */
export function nextBatch(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const queue = entries.filter((e) => e.state === 'pending');
  if (!queue[0] || queue[0].kind !== 'lift') return queue.slice(0, 1);
  const batch: OutboxEntry[] = [];
  for (const entry of queue) {
    if (entry.kind !== 'lift' || batch.length === LIFTS_IN_FLIGHT) break;
    batch.push(entry);
  }
  return batch;
}

export type Outcome = 'acked' | 'retry' | 'rejected' | 'reauth';

/**
 * 2xx: acknowledged. 401: the session ended (log in again, keep the entry).
 * 408 and 429: try later. Any other 4xx is the server's final answer (e.g. 409 "already
 * has a referee reading"): retrying would never succeed. 5xx and network errors: retry.
 */
export function outcomeOf(status: number | 'network'): Outcome {
  if (status === 'network') return 'retry';
  if (status >= 200 && status < 300) return 'acked';
  if (status === 401) return 'reauth';
  if (status === 408 || status === 429) return 'retry';
  if (status >= 400 && status < 500) return 'rejected';
  return 'retry';
}

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 30_000;

/**
 * Exponential backoff with jitter: attempt 1 waits 250–500 ms, doubling up to 15–30 s.
 * The jitter keeps tablets that lost the same Wi-Fi from all retrying at one instant.
 */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random * 0.5));
}
