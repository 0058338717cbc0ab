// How the outbox treats an answer, and how long it waits before trying again.

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
