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

/** One reader's stream: where it is in the log. */
interface Stream {
  res: ServerResponse;
  competitionId: string;
  sentSeq: number;
}

function send(stream: Stream, text: string): void {
  if (stream.res.writableEnded) return;
  stream.res.write(text);
  if (stream.res.writableLength > MAX_BUFFERED_BYTES) stream.res.end();
}

function sendEvent(stream: Stream, event: PublicEvent, revealed: readonly StoredEvent[]): void {
  if (event.seq <= stream.sentSeq || stream.res.writableEnded) return;
  if (event.seq !== stream.sentSeq + 1) return void stream.res.end(); // a gap cannot happen; if it does, the reader resumes
  if (revealed.length) send(stream, revealedMessage(revealed));
  send(stream, message(event));
  stream.sentSeq = event.seq;
}

/**
 * The open streams of one source, with one log listener and one heartbeat timer for all of
 * them: a feed is the connection there are thousands of, and each closure or timer a stream
 * kept for itself would cost heap per reader.
 */
class Streams {
  private readonly byCompetition = new Map<string, Set<Stream>>();
  private count = 0;
  private stopListening: (() => void) | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly source: FeedSource,
    private readonly heartbeatMs: number,
  ) {}

  add(stream: Stream): void {
    const set = this.byCompetition.get(stream.competitionId) ?? new Set<Stream>();
    this.byCompetition.set(stream.competitionId, set.add(stream));
    if (this.count++ > 0) return;
    this.stopListening = this.source.onEvent((cid, event, revealed) => {
      for (const each of this.byCompetition.get(cid) ?? []) sendEvent(each, event, revealed);
    });
    // A comment line keeps proxies and mobile networks from closing an idle stream.
    this.heartbeat = setInterval(() => {
      for (const set of this.byCompetition.values()) for (const each of set) if (!each.res.writableEnded) each.res.write(': ping\n\n');
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }

  remove(stream: Stream): void {
    const set = this.byCompetition.get(stream.competitionId);
    if (!set?.delete(stream)) return;
    if (!set.size) this.byCompetition.delete(stream.competitionId);
    if (--this.count > 0) return;
    this.stopListening?.();
    clearInterval(this.heartbeat ?? undefined);
    [this.stopListening, this.heartbeat] = [null, null];
  }
}

const streamsOf = new WeakMap<FeedSource, Streams>();

/**
 * GET /api/competitions/:cid/feed: the public projection as Server-Sent Events, gapless by
 * seq. The backlog is read and the stream registered for live events in one turn of the
 * event loop, so no event falls between them.
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
  const stream: Stream = { res, competitionId, sentSeq: since };
  for (;;) {
    const page = publicLog.eventsSince(competitionId, stream.sentSeq, PAGE);
    // A reader resuming across a reveal may hold withheld copies from before its resume point.
    for (const event of page) sendEvent(stream, event, isWithheldCopy(event) ? [] : publicLog.revealedAt(competitionId, event));
    if (page.length < PAGE) break;
  }
  if (res.writableEnded) return;
  let streams = streamsOf.get(publicLog);
  if (!streams) streamsOf.set(publicLog, (streams = new Streams(publicLog, heartbeatMs)));
  streams.add(stream);
  res.once('close', () => streams.remove(stream));
}
