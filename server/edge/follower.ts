import { createClient } from 'redis';
import type { EdgeLog } from './edgeLog.ts';
import { decodeEntry, PUBLIC_STREAM_KEY } from './publicStream.ts';
import type { WriterClient } from './writerClient.ts';

export interface Follower {
  /** Resolves once the edge has caught up with the writer for the first time. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** How long one XREAD waits for news; between waits the loop can stop or resync. */
const BLOCK_MS = 2_000;
/** Even with Redis quiet, the edge compares its seqs with the writer's this often (a last event lost in a Redis blip). */
const CHECK_WRITER_MS = 15_000;
const RETRY_MS = 500;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps an EdgeLog equal to the writer's public projection. First the Redis Stream's current
 * end is noted, then every competition is caught up from the writer's /events, then the stream
 * is followed from the noted id (what arrived meanwhile comes again and is skipped by seq).
 * One loop does everything, so events are applied strictly in order. A gap in a competition's
 * seqs, a Redis error or reconnect, and a quiet spell of CHECK_WRITER_MS all lead back to the
 * writer's /events; while Redis is down the edge keeps polling the writer.
 */
export function followWriter(log: EdgeLog, writer: WriterClient, redisUrl: string): Follower {
  // Only XREAD uses this connection; while it is down a command fails at once instead of queueing.
  const redis = createClient({ url: redisUrl, disableOfflineQueue: true });
  let lastError = '';
  redis.on('error', (error: Error) => {
    if (error.message !== lastError) console.error(`[edge follower] redis: ${error.message}`);
    lastError = error.message;
  });
  let running = true;
  let streamId: string | null = null;
  let needsWriter = true;
  // A (re)connected Redis may be a restarted one: note its end again and ask the writer what was missed.
  redis.on('ready', () => {
    streamId = null;
    needsWriter = true;
  });
  redis.connect().catch(() => {});

  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  /** Applies the writer's /events for one competition from the edge's seq up to the writer's. */
  const catchUp = async (competitionId: string): Promise<void> => {
    for (;;) {
      const { events, lastSeq } = await writer.eventsSince(competitionId, log.lastSeq(competitionId));
      for (const event of events) log.offer(competitionId, event);
      if (!events.length || log.lastSeq(competitionId) >= lastSeq) break;
    }
    // Caught up across a reveal: the copies withheld before it are public now.
    const stale = log.staleWithheld(competitionId);
    if (stale !== null) log.repair(competitionId, (await writer.eventsSince(competitionId, stale - 1, log.lastSeq(competitionId) - stale + 1)).events);
  };

  const catchUpAll = async (): Promise<void> => {
    for (const { id, lastSeq } of await writer.competitions()) if (lastSeq > log.lastSeq(id)) await catchUp(id);
  };

  /** The id of the stream's newest entry, or '0' for an empty stream: what a follower after now reads from. */
  const streamEnd = async (): Promise<string> => {
    const newest = await redis.xRevRange(PUBLIC_STREAM_KEY, '+', '-', { COUNT: 1 });
    return newest?.[0]?.id ?? '0';
  };

  const loop = async () => {
    let checkedWriterAt = 0;
    while (running) {
      try {
        // Note the stream's end before reading the writer: nothing published meanwhile is missed.
        if (streamId === null && redis.isReady) streamId = await streamEnd();
        if (needsWriter || Date.now() - checkedWriterAt > CHECK_WRITER_MS) {
          await catchUpAll();
          needsWriter = false;
          checkedWriterAt = Date.now();
          markReady();
        }
        if (streamId === null) {
          await pause(RETRY_MS);
          needsWriter = true; // Redis is away: the writer is the only source until it returns
          continue;
        }
        const reply = await redis.xRead({ key: PUBLIC_STREAM_KEY, id: streamId }, { BLOCK: BLOCK_MS, COUNT: 1000 });
        for (const stream of (reply as { messages: { id: string; message: Record<string, string> }[] }[] | null) ?? []) {
          for (const { id, message } of stream.messages) {
            streamId = id;
            const entry = decodeEntry(message);
            if (!entry) continue;
            if (log.offer(entry.competitionId, entry.event, entry.revealed) === 'gap') {
              await catchUp(entry.competitionId);
              log.offer(entry.competitionId, entry.event, entry.revealed); // a duplicate by now, unless the writer is behind its stream
            }
          }
        }
      } catch (error) {
        if (!running) break;
        // Redis went away (the stream may come back empty and restarted) or the writer did not answer.
        if (!redis.isReady) streamId = null;
        needsWriter = true;
        if (!(error instanceof Error && /closed|offline|socket|ECONNREFUSED/i.test(error.message))) console.error('[edge follower]', error);
        await pause(RETRY_MS);
      }
    }
  };
  const done = loop();

  return {
    ready,
    close: async () => {
      running = false;
      redis.destroy();
      await done;
    },
  };
}
