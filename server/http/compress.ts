import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Brotli or gzip for pages, scripts, styles and API answers (a phone on mobile data pays
 * for every byte). The SSE feed is left alone: a compressor holds bytes back until it has
 * enough, and a feed's event must leave at once. Fonts (woff2) are compressed already.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req: Request, res: Response) => {
      const type = String(res.getHeader('content-type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  }) as RequestHandler;
}
