// Board speed: lifts arrive at 50/s for 20 s through the REST API while a real Chromium
// shows the board; the board records the time per update (fold + standings + React commit,
// see client/live/perf.ts). Prints a table and writes bench-results/board-speed.json.
//   npm run build && npx tsx tests/bench/board-speed.ts [ranking|charts|heats] [rate] [seconds]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { containerNo } from '../integration/harness.ts';
import { launchChromium } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer } from '../support/server.ts';
import { startEveryHeat } from '../support/startHeats.ts';

const view = process.argv[2] ?? 'ranking';
const ratePerS = Number(process.argv[3] ?? 50);
const seconds = Number(process.argv[4] ?? 20);
const total = ratePerS * seconds;
const CID = 'bench-board';

const setup = JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8')) as {
  id: string;
  refereePin: string;
  rule: Record<string, unknown>;
  heats: { id: string; craneId: string }[];
};
setup.id = CID;
setup.refereePin = '2468';
// Eight heats at once, each long enough for its share of the load.
setup.rule.liftsPerHeat = Math.ceil(total / setup.heats.length);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (n: number): number => Math.round(n * 100) / 100;

const server = await startTestServer();
const browser = await launchChromium();
try {
  const post = async (path: string, body: unknown, token: string) => {
    const res = await fetch(`${server.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  await post('/competitions', setup, ADMIN_TOKEN);
  const { token } = (await (
    await fetch(`${server.url}/api/auth/referee`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ competitionId: CID, pin: '2468' }),
    })
  ).json()) as { token: string };
  await startEveryHeat(setup.heats, (heatId, verb) => post(`/competitions/${CID}/heats/${heatId}/${verb}`, {}, token as string));

  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${server.url}/board/${CID}?view=${view}`);
  await page.getByTestId('board').waitFor();
  await page.evaluate(() => {
    window.gaugeBoardPerf?.reset();
    const long: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = long;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });

  // 50 lifts a second, each heat in turn; not awaited one by one, so a slow answer does not slow the rate.
  const started = performance.now();
  const pending: Promise<unknown>[] = [];
  let sent = 0;
  let lastSeq = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * ratePerS));
      while (sent < due) {
        const n = sent++;
        const heat = setup.heats[n % setup.heats.length]!;
        const index = Math.floor(n / setup.heats.length) + 1;
        const body = { id: `b-${n}`, heatId: heat.id, index, containerNo: containerNo(100_000 + n), dxMm: (n * 7) % 41 - 20, dyMm: (n * 13) % 37 - 18 };
        pending.push(post(`/competitions/${CID}/lifts`, body, token as string).then((r) => (lastSeq = Math.max(lastSeq, r.seq as number))));
      }
      if (sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 10);
  });
  await Promise.all(pending);
  const postingS = (performance.now() - started) / 1000;
  // Keeping up: the board shows the last seq soon after the last answer.
  const caughtUpAt = performance.now();
  await page.locator(`[data-testid="board"][data-seq="${lastSeq}"]`).waitFor({ timeout: 30_000 });
  const lagMs = performance.now() - caughtUpAt;

  const result = await page.evaluate(() => ({
    samples: [...(window.gaugeBoardPerf?.samples ?? [])],
    computeSamples: [...(window.gaugeBoardPerf?.computeSamples ?? [])],
    chartSamples: [...(window.gaugeBoardPerf?.chartSamples ?? [])],
    batches: window.gaugeBoardPerf?.batches() ?? 0,
    longTasks: (window as unknown as { longTasks: number[] }).longTasks,
  }));
  const sorted = [...result.samples].sort((a, b) => a - b);
  const computeSorted = [...result.computeSamples].sort((a, b) => a - b);
  const chartSorted = [...result.chartSamples].sort((a, b) => a - b);
  const report = {
    view,
    lifts: total,
    ratePerS: round(total / postingS),
    updates: result.batches,
    liftsPerUpdate: round(total / Math.max(1, result.batches)),
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? NaN),
    foldMedianMs: round(percentile(computeSorted, 50)),
    foldP95Ms: round(percentile(computeSorted, 95)),
    chartRedraws: chartSorted.length,
    chartMedianMs: round(percentile(chartSorted, 50)),
    longTasks: result.longTasks.length,
    longestTaskMs: round(Math.max(0, ...result.longTasks)),
    lagAfterLastLiftMs: round(lagMs),
  };
  console.table([report]);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/board-speed-${view}.json`, JSON.stringify({ at: new Date().toISOString(), ...report }, null, 2));
} finally {
  await browser.close();
  await server.dispose();
}
