// What a first visit downloads: loads a page in Debian's Chromium (no cache) and sums the
// bytes that crossed the wire (CDP Network.loadingFinished encodedDataLength: headers and
// compressed bodies, fonts included). Targets: the phone view /m/:cid ≤ 400 KB, the board ≤ 700 KB.
// The board is measured at its worst: this Chromium has no Chinese system font, so it fetches
// the shipped Noto Sans SC slices (a PC with YaHei, PingFang or Noto CJK fetches none). The
// phone view never fetches them: every phone has a Chinese font (see client/styles.css).
//
//   npx vite build && npx tsx tests/bench/pageWeight.ts            (a fresh demo server)
//   npx tsx tests/bench/pageWeight.ts --url http://host:3000 --cid alashankou-2026
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/chromium.ts';
import { startTestServer } from '../support/server.ts';

interface Weight {
  page: string;
  bytes: number;
  requests: number;
  byKind: Record<string, number>;
}

const LIMITS_KB: Record<string, number> = { phone: 400, board: 700 };

const kindOf = (url: string): string => {
  const path = new URL(url).pathname;
  if (/\.(woff2?|ttf)$/.test(path)) return 'fonts';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.startsWith('/api/') || path.startsWith('/socket.io/')) return 'api';
  return 'other';
};

async function weigh(baseUrl: string, page: string, path: string): Promise<Weight> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: page === 'phone' ? { width: 390, height: 844 } : { width: 1920, height: 1080 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    const byKind: Record<string, number> = {};
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      const url = urls.get(e.requestId) ?? baseUrl;
      const kind = kindOf(url);
      byKind[kind] = (byKind[kind] ?? 0) + e.encodedDataLength;
      bytes += e.encodedDataLength;
      requests++;
    });
    // WebSocket frames are not "loading": the first subscribe answer is counted as it arrives.
    cdp.on('Network.webSocketFrameReceived', (e) => {
      byKind.api = (byKind.api ?? 0) + e.response.payloadData.length;
      bytes += e.response.payloadData.length;
    });
    await tab.goto(baseUrl + path, { waitUntil: 'networkidle' });
    // Drawn, with its fonts: the ranking is on screen, its glyphs' font slices fetched, and
    // nothing new requested for two seconds.
    await tab.waitForSelector('table, .ranking, [data-testid="ranking"]', { timeout: 20_000 }).catch(() => {});
    for (let seen = -1; seen !== requests; ) {
      seen = requests;
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      await tab.waitForTimeout(2_000);
    }
    await context.close();
    return { page, bytes, requests, byKind };
  } finally {
    await browser.close();
  }
}

const { values } = parseArgs({ options: { url: { type: 'string' }, cid: { type: 'string' } } });
let dispose = async () => {};
let baseUrl = values.url;
let cid = values.cid ?? 'alashankou-2026';
if (!baseUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'gauge-weight-'));
  const server = await startTestServer({ seedDemo: true, dbPath: join(dir, 'gauge.sqlite') });
  baseUrl = server.url;
  cid = server.demo?.competitionId ?? cid;
  dispose = async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

const kb = (n: number) => (n / 1024).toFixed(1);
let over = false;
try {
  for (const [page, path] of [['phone', `/m/${cid}`], ['board', `/board/${cid}`]] as const) {
    const weight = await weigh(baseUrl, page, path);
    const limit = LIMITS_KB[page] as number;
    const verdict = weight.bytes / 1024 <= limit ? 'ok' : 'OVER';
    if (verdict === 'OVER') over = true;
    const kinds = Object.entries(weight.byKind).map(([kind, n]) => `${kind} ${kb(n)}`).join(', ');
    console.log(`${page.padEnd(6)} ${path.padEnd(28)} ${kb(weight.bytes).padStart(8)} KB in ${weight.requests} requests (${kinds})  limit ${limit} KB  ${verdict}`);
  }
} finally {
  await dispose();
}
process.exitCode = over ? 1 : 0;
