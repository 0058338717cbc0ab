// How the built client is served (issue 12, light pages): compressed when the browser asks,
// hashed assets cacheable for a year without the page policies, pages with them.
// Needs the built client (`npm test` builds it first).
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Raw headers and body length, as sent: fetch would decompress and hide the encoding. */
function get(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ headers: res.headers, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the served client', () => {
  let server: TestServer;
  const script = readdirSync('dist/client/assets').find((f) => /^index-.*\.js$/.test(f));

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.dispose());

  it('sends scripts compressed (brotli, else gzip), and whole to a client that asks for neither', async () => {
    expect(script).toBeDefined();
    const url = `${server.url}/assets/${script}`;
    const [br, gzip, plain] = await Promise.all([get(url, 'gzip, deflate, br'), get(url, 'gzip'), get(url, 'identity')]);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // The app's main chunk compresses to well under half.
    expect(br.bytes).toBeLessThan(plain.bytes / 2);
    expect(gzip.bytes).toBeLessThan(plain.bytes / 2);
  });

  it('hashed assets: a year, immutable, nosniff, and none of the page policies; pages keep them', async () => {
    const asset = await get(`${server.url}/assets/${script}`, 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['content-security-policy']).toBeUndefined();
    expect(asset.headers.etag).toBeUndefined();
    const page = await get(`${server.url}/board/x`, 'br');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const api = await get(`${server.url}/api/health`, 'br');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['content-security-policy']).toBeDefined();
  });
});
