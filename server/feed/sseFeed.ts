import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import type { StoredEvent } from '../../shared/events.ts';
import { isWithheldCopy, type PublicEvent } from '../../shared/public/publicEvent.ts';
import type { PublicLog } from '../public/publicLog.ts';

/** The API's page size: a resume from far back is sent in pages, never one huge read. */
const PAGE = 10_000;
/** A reader this far behind is cut off; its EventSource reconnects and resumes by Last-Event-ID. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** Where a feed reads: the writer's PublicLog, or an edge's copy of it. */
export type FeedSource = Pick<PublicLog, 'eventsSince' | 'onEvent'> & {
  revealedAt(competitionId: string, event: StoredEvent): readonly StoredEvent[];
};

export interface FeedOptions {
  heartbeatMs: number;
}

const message = (event: PublicEvent): string => `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
/** No `id:`: a reveal does not move a reader's place in the log. */
const revealedMessage = (events: readonly StoredEvent[]): string => `event: revealed\ndata: ${JSON.stringify({ events })}\n\n`;

/** Where a reader resumes: `Last-Event-ID` (what EventSource sends on reconnect), else `?since=`. */
export function resumeSeq(req: Request): number | 'bad' {
  const raw = req.get('last-event-id') ?? (typeof req.query.since === 'string' ? req.query.since : '0');
  const seq = Number(raw);
  return Number.isInteger(seq) && seq >= 0 ? seq : 'bad';
}

/**
 * GET /api/competitions/:cid/feed: the public projection as Server-Sent Events, gapless by
 * seq. The backlog is read and the live listener attached in one turn of the event loop, so
 * no event falls between them.
 */
export function streamFeed(publicLog: FeedSource, competitionId: string, since: number, res: ServerResponse, { heartbeatMs }: FeedOptions): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx buffers proxied responses unless told not to.
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let sentSeq = since;
  const send = (text: string) => {
    res.write(text);
    if (res.writableLength > MAX_BUFFERED_BYTES) res.end();
  };
  const sendEvent = (event: PublicEvent, revealed: readonly StoredEvent[]) => {
    if (event.seq <= sentSeq) return;
    if (event.seq !== sentSeq + 1) return res.end(); // a gap cannot happen; if it does, the reader resumes
    if (revealed.length) send(revealedMessage(revealed));
    send(message(event));
    sentSeq = event.seq;
  };
  for (;;) {
    const page = publicLog.eventsSince(competitionId, sentSeq, PAGE);
    // A reader resuming across a reveal may hold withheld copies from before its resume point.
    for (const event of page) sendEvent(event, isWithheldCopy(event) ? [] : publicLog.revealedAt(competitionId, event));
    if (page.length < PAGE) break;
  }
  const stop = publicLog.onEvent((cid, event, revealed) => {
    if (cid === competitionId && !res.writableEnded) sendEvent(event, revealed);
  });
  // A comment line keeps proxies and mobile networks from closing an idle stream.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
  heartbeat.unref();
  const close = () => {
    clearInterval(heartbeat);
    stop();
  };
  res.on('close', close);
  res.on('finish', close);
}
