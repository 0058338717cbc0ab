import { createClient } from 'redis';
import type { PublicLog } from '../public/publicLog.ts';
import { encodeEntry, PUBLIC_STREAM_KEY, PUBLIC_STREAM_MAXLEN } from './publicStream.ts';

export interface PublicPublisher {
  close(): Promise<void>;
}

/** While Redis is away, at most this many entries wait in memory; the edges catch up from the writer past that. */
const OFFLINE_QUEUE_MAX = 100_000;

/**
 * The writer's half of the edges: every committed public event goes to the Redis Stream,
 * after the commit and never before the ack. A write never waits for Redis: XADD is fire and
 * forget, queued in order while Redis is away (node-redis' offline queue) and dropped past
 * the queue's limit, a loss the edges notice by seq and repair from the writer's /events.
 */
export async function publishPublicEvents(publicLog: PublicLog, redisUrl: string): Promise<PublicPublisher> {
  const redis = createClient({ url: redisUrl, commandsQueueMaxLength: OFFLINE_QUEUE_MAX });
  let lastError = '';
  redis.on('error', (error: Error) => {
    // One line per kind of failure, not one per reconnect attempt.
    if (error.message !== lastError) console.error(`[edge publisher] redis: ${error.message}`);
    lastError = error.message;
  });
  redis.on('ready', () => (lastError = ''));
  // Redis may be down when the writer starts: the writer starts anyway, and publishes once it is up.
  redis.connect().catch(() => {});

  const stop = publicLog.onEvent((competitionId, event, revealed) => {
    redis
      .xAdd(PUBLIC_STREAM_KEY, '*', encodeEntry({ competitionId, event, revealed }), {
        TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: PUBLIC_STREAM_MAXLEN },
      })
      .catch(() => {}); // reported by the error listener; edges repair the gap from the writer
  });

  return {
    close: async () => {
      stop();
      if (redis.isOpen) await redis.close().catch(() => redis.destroy());
      else redis.destroy();
    },
  };
}
