// Three real Gauge processes on loopback for the series tests and bench: venues on fixed
// ports (so the hub's URL for them survives their restarts) and a hub, each with its own file.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILD_ADMIN_TOKEN, startChildServer, type ChildServer } from '../../support/childServer.ts';
import { containerNo, REFEREE_PIN, setupDocument, type Json } from '../harness.ts';

/** A port nobody listens on now (the OS hands out a free one, which we then release). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface Node {
  dbPath: string;
  port: number;
  server: ChildServer;
  url: string;
}

/** A Gauge process with its own database; `port` 0 lets the OS choose (the hub may move). */
export async function startNode(dbPath = join(mkdtempSync(join(tmpdir(), 'gauge-series-')), 'gauge.sqlite'), port = 0): Promise<Node> {
  const server = await startChildServer(dbPath, { PORT: String(port) });
  return { dbPath, port, server, url: server.url };
}

/** The same database on the same port again (or on `port` when given: a venue the hub cannot reach). */
export async function restartNode(node: Node, port = node.port): Promise<Node> {
  await node.server.stop();
  return startNode(node.dbPath, port);
}

export async function call(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

export async function ok(baseUrl: string, method: string, path: string, body?: unknown, token = CHILD_ADMIN_TOKEN): Promise<Json> {
  const answer = await call(baseUrl, method, path, body, token);
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A venue's competition: the demo setup cut to `heats`, `liftsPerHeat` lifts, no protest window. */
export async function createVenueCompetition(baseUrl: string, cid: string, heats: string[], liftsPerHeat: number, personIds: Record<string, string> = {}): Promise<void> {
  const document = setupDocument(cid, { heats, rule: { liftsPerHeat, protestWindowMin: 0 } });
  for (const operator of document.operators) if (personIds[operator.id]) operator.personId = personIds[operator.id];
  await ok(baseUrl, 'POST', '/api/competitions', document);
}

/** Writes as the organizer (who may do what a referee does). */
export const lift = (baseUrl: string, cid: string, heatId: string, index: number, value: { dxMm: number; dyMm: number; dropped?: boolean }) =>
  ok(baseUrl, 'POST', `/api/competitions/${cid}/lifts`, { id: `${heatId}-${index}`, heatId, index, containerNo: containerNo(200_000 + index), slot: 'A-01-1', ...value });

export const heat = async (baseUrl: string, cid: string, heatId: string, ...verbs: string[]) => {
  for (const verb of verbs) await ok(baseUrl, 'POST', `/api/competitions/${cid}/heats/${heatId}/${verb}`, {});
};

/** Polls until `check` returns a value (the hub is eventually consistent with its venues); no fixed sleep proves anything. */
export async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The hub's stored copy of one source, straight from its SQLite file (read-only, WAL lets us read beside it). */
export function storedCopy(hubDb: string, url: string, cid: string): { seq: number; hash: string; event: Json }[] {
  const db = new Database(hubDb, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT seq, hash, event FROM followed_events WHERE source_url = ? AND competition_id = ? ORDER BY seq').all(url, cid) as { seq: number; hash: string; event: string }[];
    return rows.map((r) => ({ ...r, event: JSON.parse(r.event) }));
  } finally {
    db.close();
  }
}

export { CHILD_ADMIN_TOKEN, REFEREE_PIN };
