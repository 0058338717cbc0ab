// Durable writes per second: Gauge's acknowledged lifts against bare better-sqlite3
// single-row inserts, both WAL + synchronous=FULL (one fsync per commit) on the same disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StationClient, type StationReading } from '../../server/cli/stationClient.ts';
import { containerNo } from '../integration/harness.ts';
import { startEveryHeat } from '../support/startHeats.ts';

/** Rows/s for `count` single-row INSERTs, each its own transaction, rows the size of a lift event. */
export function bareInsertRate(count: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'gauge-bench-bare-'));
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE rows (k TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (k, seq)) WITHOUT ROWID');
  const insert = db.prepare('INSERT INTO rows (k, seq, data) VALUES (?, ?, ?)');
  const data = 'x'.repeat(420);
  const started = performance.now();
  for (let seq = 1; seq <= count; seq++) insert.run('bench', seq, data);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return count / seconds;
}

async function api(url: string, path: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path} answered ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** A competition of four cranes with every heat taking readings (each crane's first finished, its second running); returns the station keys. */
export async function benchCompetition(url: string, id: string, setup: Record<string, unknown>, liftsPerHeat: number): Promise<Record<string, string>> {
  const created = await api(url, '/api/competitions', { ...setup, id, rule: { ...(setup.rule as object), liftsPerHeat } }, 'bench-admin');
  const { token } = (await api(url, '/api/auth/referee', { competitionId: id, pin: setup.refereePin })) as { token: string };
  await startEveryHeat(setup.heats as { id: string; craneId: string }[], (heatId, verb) => api(url, `/api/competitions/${id}/heats/${heatId}/${verb}`, {}, token));
  return created.stationKeys as Record<string, string>;
}

/** Each crane's readings for its heats, lifts 1..perHeat. */
export function readingsFor(setup: Record<string, unknown>, perHeat: number, prefix: string): Map<string, StationReading[]> {
  const byCrane = new Map<string, StationReading[]>();
  let serial = 500_000;
  for (const heat of setup.heats as { id: string; craneId: string }[]) {
    const list = byCrane.get(heat.craneId) ?? [];
    for (let index = 1; index <= perHeat; index++) list.push({ id: `${prefix}-${heat.id}-${index}`, heatId: heat.id, index, containerNo: containerNo(serial++), dxMm: index % 9, dyMm: -(index % 4) });
    byCrane.set(heat.craneId, list);
  }
  return byCrane;
}

export async function connectStations(url: string, competitionId: string, keys: Record<string, string>): Promise<Map<string, StationClient>> {
  const stations = new Map(Object.entries(keys).map(([craneId, key]) => [craneId, new StationClient({ url, competitionId, key, deviceId: `bench-${craneId}` })]));
  await Promise.all([...stations.values()].map((s) => s.connected()));
  return stations;
}

/** Acked lifts/s with every station keeping `window` readings in flight. */
export async function gaugeLiftRate(stations: Map<string, StationClient>, readings: Map<string, StationReading[]>, window = 8): Promise<number> {
  const started = performance.now();
  let total = 0;
  await Promise.all(
    [...stations].map(async ([craneId, station]) => {
      const list = [...(readings.get(craneId) ?? [])];
      const lane = async () => {
        for (let reading = list.shift(); reading; reading = list.shift()) {
          const answer = await station.submit(reading);
          if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
          total++;
        }
      };
      await Promise.all(Array.from({ length: window }, lane));
    }),
  );
  return total / ((performance.now() - started) / 1000);
}
