import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { streamFeed, type FeedOptions, type FeedSource } from './sseFeed.ts';

export interface FeedFirstOptions extends FeedOptions {
  source: FeedSource;
  /** Whether the competition exists here (an unknown one goes on to the app, which answers 404). */
  knows(competitionId: string): boolean;
}

const FEED_PATH = /^\/api\/competitions\/([^/?]+)\/feed(?:\?|$)/;

/** Where a reader resumes: `Last-Event-ID` (what EventSource sends on reconnect), else `?since=`; null when neither is a whole number ≥ 0. */
function resumeFrom(req: IncomingMessage): number | null {
  const header = req.headers['last-event-id'];
  const raw = typeof header === 'string' ? header : (new URL(req.url ?? '/', 'http://feed').searchParams.get('since') ?? '0');
  const seq = Number(raw);
  return Number.isInteger(seq) && seq >= 0 ? seq : null;
}

/**
 * Serves the SSE feed before the Express app: a feed is the public connection phones hold
 * for hours, and Express, helmet and compression keep ~8 KB of objects per request alive
 * with it (measured: bare Node 5.6 KB per stream, through the app 13.3 KB). Anything that
 * is not an anonymous, well-formed feed request for a known competition goes to the app,
 * which answers it, or its error, as before.
 */
export function feedFirst(app: RequestListener, { source, knows, heartbeatMs }: FeedFirstOptions): RequestListener {
  return (req, res) => {
    // A request with credentials goes through the app: a token sent but not valid is refused there.
    const match = req.method === 'GET' && !req.headers.authorization ? FEED_PATH.exec(req.url ?? '') : null;
    const competitionId = match ? safeDecode(match[1]!) : null;
    const since = competitionId !== null && knows(competitionId) ? resumeFrom(req) : null;
    if (competitionId === null || since === null) return app(req, res);
    res.setHeader('x-content-type-options', 'nosniff');
    streamFeed(source, competitionId, since, res as ServerResponse, { heartbeatMs });
  };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
