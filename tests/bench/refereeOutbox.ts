// Referee outbox figures in real Chromium on loopback (not a test: prints and writes JSON).
//   npm run build && npx tsx tests/bench/refereeOutbox.ts
// 1. tap → acknowledgement: from the tap on "Send lift" (the entry's createdAt) to the
//    server's ack of that entry, over 30 lifts entered one after another, online.
// 2. drain: 100 lifts entered offline; from the browser's `online` event to the last ack.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../support/chromium.ts';
import { startTestServer } from '../support/server.ts';
import { containerNo, createCompetition, events, liftsOf, login, PIN, waitForServiceWorker } from '../e2e/referee/tablet.ts';

const CID = 'referee-bench';
const TAPS = 30;
const QUEUED = 100;

const server = await startTestServer();
await createCompetition(server, CID, TAPS + QUEUED);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const status = page.getByTestId('outbox-status');
const pending = async () => Number(await status.getAttribute('data-pending'));
const until = async (check: () => Promise<boolean>, timeoutMs = 60_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

await page.goto(`${server.url}/referee/${CID}`);
await login(page, PIN);
await page.getByTestId('heat-h1').click();
await page.getByTestId('heat-start').click();
await until(async () => (await page.getByTestId('heat-control').getAttribute('data-status')) === 'running' && (await pending()) === 0);

const enter = async (index: number) => {
  await until(async () => (await page.getByTestId('lift-index').textContent()) === String(index));
  await page.getByTestId('container').fill(containerNo(index));
  await page.getByTestId('send-lift').click();
};

const tapToAck: number[] = [];
for (let index = 1; index <= TAPS; index++) {
  await enter(index);
  await until(async () => (await pending()) === 0);
  tapToAck.push(Number(await status.getAttribute('data-last-ack-ms')));
}

await waitForServiceWorker(page);
await context.setOffline(true);
for (let index = TAPS + 1; index <= TAPS + QUEUED; index++) await enter(index);
await until(async () => (await pending()) === QUEUED);
await page.evaluate(() => window.addEventListener('online', () => localStorage.setItem('bench.onlineAt', String(Date.now())), { once: true }));
await context.setOffline(false);
await until(async () => (await pending()) === 0, 120_000);
const drainMs = await page.evaluate(
  (cid) => Number(localStorage.getItem(`gauge.referee.lastAck.${cid}`)) - Number(localStorage.getItem('bench.onlineAt')),
  CID,
);
const recorded = liftsOf(await events(server, CID), 'h1');
if (recorded.length !== TAPS + QUEUED || new Set(recorded.map((l) => l.index)).size !== TAPS + QUEUED) {
  throw new Error(`expected ${TAPS + QUEUED} distinct lifts, got ${recorded.length}`);
}

const sorted = [...tapToAck].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
const result = {
  tapToAckMs: { n: sorted.length, median: pct(50), p90: pct(90), max: sorted[sorted.length - 1] },
  drain: { entries: QUEUED, ms: drainMs, perEntryMs: Math.round((drainMs / QUEUED) * 10) / 10 },
  recordedLifts: recorded.length,
};
console.table({ 'tap→ack median ms': result.tapToAckMs.median, 'tap→ack p90 ms': result.tapToAckMs.p90, [`drain ${QUEUED} ms`]: drainMs });
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/referee-outbox-bench.json', JSON.stringify(result, null, 2));
console.log(JSON.stringify(result));
await browser.close();
await server.dispose();
