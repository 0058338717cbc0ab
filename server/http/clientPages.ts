import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';

/** The built client: its files, and index.html for every client route (/board/:cid, /m/:cid, …). */
export function clientPages(clientDist: string): express.Router {
  const router = express.Router();
  if (!existsSync(clientDist)) return router;
  // Vite puts a content hash in every asset's name: a changed file is a new URL, so assets may be
  // kept for a year and never revalidated (no ETag or Last-Modified to send).
  router.use('/assets', express.static(join(clientDist, 'assets'), { index: false, immutable: true, maxAge: '365d', etag: false, lastModified: false }));
  router.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => res.sendFile(join(clientDist, 'index.html')));
  return router;
}
