// Integration harness: the real server in-process on a real SQLite file in a fresh temp
// folder, spoken to only through fetch and the real socket.io-client — as a tablet would.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { iso6346CheckDigit } from '../../shared/iso6346.ts';
import type { PlacementRule } from '../../shared/disciplines/placement/rule.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { ADMIN_TOKEN, testConfig } from '../support/server.ts';

export { ADMIN_TOKEN };

/** Distinctive enough that finding it in a response can only mean a leak. */
export const REFEREE_PIN = '73190462';

/** A parsed JSON answer; each test asserts the shape it relies on. */
export type Json = any;
export interface ApiAnswer {
  status: number;
  body: Json;
}

const FIXTURE = readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8');

export interface SetupOptions {
  /** Keep only these heats of the demo's h1..h8. */
  heats?: string[];
  rule?: Partial<PlacementRule>;
  /**
   * Heats h5..h8 on four more cranes of their own (cn-bridge-3/4, kz-gantry-3/4), so both rounds
   * can run at once: a crane runs one heat at a time.
   */
  roundTwoCranes?: boolean;
}

/**
 * The Alashankou demo setup (teams CN, KZ; operators cn-1..4, kz-1..4; heats h1..h8 with
 * h1 cn-1 on cn-bridge-1, h2 cn-2 on cn-bridge-2, h3 kz-1 on kz-gantry-1, h4 kz-2 on
 * kz-gantry-2, h5..h8 the same cranes for cn-3, cn-4, kz-3, kz-4) under a new id.
 */
export function setupDocument(id: string, options: SetupOptions = {}): Json {
  const document = JSON.parse(FIXTURE) as Json;
  document.id = id;
  document.refereePin = REFEREE_PIN;
  if (options.heats) document.heats = document.heats.filter((h: { id: string }) => options.heats!.includes(h.id));
  if (options.rule) document.rule = { ...document.rule, ...options.rule };
  if (options.roundTwoCranes) {
    const moved: Record<string, string> = { h5: 'cn-bridge-3', h6: 'cn-bridge-4', h7: 'kz-gantry-3', h8: 'kz-gantry-4' };
    for (const [heatId, craneId] of Object.entries(moved)) {
      const heat = document.heats.find((h: Json) => h.id === heatId);
      const twin = document.cranes.find((c: Json) => c.id === heat?.craneId);
      if (!heat || !twin) continue;
      heat.craneId = craneId;
      document.cranes.push({ ...twin, id: craneId, name: { ...twin.name, en: `${twin.name.en} (${craneId})` } });
    }
  }
  return document;
}

/** A valid ISO 6346 number, check digit computed: containerNo(305438) = CSQU3054383. */
export function containerNo(serial: number, owner = 'CSQU'): string {
  const firstTen = owner + String(serial).padStart(6, '0');
  return firstTen + String(iso6346CheckDigit(firstTen));
}

export interface Placement {
  dxMm: number;
  dyMm: number;
  penalties?: string[];
  dropped?: boolean;
}

/** A lift submission body; its id is `${heatId}-${index}` unless given. */
export function liftBody(heatId: string, index: number, placement: Placement = { dxMm: 0, dyMm: 0 }, id = `${heatId}-${index}`) {
  return { id, heatId, index, containerNo: containerNo(100_000 + index), slot: `A-0${index % 10}-1`, ...placement };
}

let counter = 0;
/** A competition id no other test in this process uses. */
export const uniqueId = (prefix: string): string => `${prefix}-${process.pid}-${++counter}`;

export interface Competition {
  cid: string;
  stationKeys: Record<string, string>;
  referee: string;
}

export class TestServer {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly running: RunningServer,
    readonly dbPath: string,
  ) {}

  /** Starts the real server; a fresh database file in a new temp folder unless one is given. */
  static async start(dbPath = join(mkdtempSync(join(tmpdir(), 'gauge-it-')), 'gauge.sqlite')): Promise<TestServer> {
    return new TestServer(await startServer(testConfig({ dbPath, clientDist: '/nonexistent' })), dbPath);
  }

  get url(): string {
    return this.running.url;
  }

  /** The server's backup writer (to wait for backups a write started). */
  get backups(): RunningServer['backups'] {
    return this.running.backups;
  }

  /** Closes sockets and server; the database folder is removed unless it is kept for a restart. */
  async close({ keepDb = false } = {}): Promise<void> {
    for (const socket of this.sockets) socket.disconnect();
    this.sockets.clear();
    await this.running.close();
    if (!keepDb) rmSync(dirname(this.dbPath), { recursive: true, force: true });
  }

  /** Closes this server and starts a new one on the same database file. */
  async restart(): Promise<TestServer> {
    await this.close({ keepDb: true });
    return TestServer.start(this.dbPath);
  }

  async api(method: string, path: string, body?: unknown, token?: string): Promise<ApiAnswer> {
    return this.send(method, path, body === undefined ? undefined : JSON.stringify(body), token);
  }

  /** Sends the body text as is (invalid JSON, oversized bodies, numbers JSON.stringify cannot write). */
  async send(method: string, path: string, rawBody: string | undefined, token?: string): Promise<ApiAnswer> {
    const headers: Record<string, string> = {};
    if (rawBody !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(this.url + path, { method, headers, body: rawBody });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  async loginReferee(cid: string, pin = REFEREE_PIN): Promise<string> {
    const { status, body } = await this.api('POST', '/api/auth/referee', { competitionId: cid, pin });
    if (status !== 200) throw new Error(`referee login for ${cid} answered ${status} ${JSON.stringify(body)}`);
    return body.token as string;
  }

  /** Creates a competition from the demo setup and logs a referee in. */
  async createCompetition(prefix: string, options: SetupOptions = {}): Promise<Competition> {
    const cid = uniqueId(prefix);
    const { status, body } = await this.api('POST', '/api/competitions', setupDocument(cid, options), ADMIN_TOKEN);
    if (status !== 201) throw new Error(`create ${cid} answered ${status} ${JSON.stringify(body)}`);
    return { cid, stationKeys: body.stationKeys, referee: await this.loginReferee(cid) };
  }

  /** start | finish | confirm a heat as a referee, expecting 200. */
  async heat(c: Competition, heatId: string, ...verbs: ('start' | 'finish' | 'confirm')[]): Promise<void> {
    for (const verb of verbs) {
      const { status, body } = await this.api('POST', `/api/competitions/${c.cid}/heats/${heatId}/${verb}`, {}, c.referee);
      if (status !== 200) throw new Error(`${verb} ${heatId} answered ${status} ${JSON.stringify(body)}`);
    }
  }

  /** Posts a lift, expecting 201; returns the answer body {seq, lift}. */
  async lift(c: Competition, body: object, token = c.referee): Promise<Json> {
    const answer = await this.api('POST', `/api/competitions/${c.cid}/lifts`, body, token);
    if (answer.status !== 201) throw new Error(`lift answered ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  async standings(cid: string): Promise<Json> {
    return (await this.api('GET', `/api/competitions/${cid}/standings`)).body;
  }

  /** A connected Socket.IO client (closed with the server); rejects on connect_error. */
  async connect(token?: string): Promise<Socket> {
    const socket = io(this.url, { transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
    this.sockets.add(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }
}

/** Emits and waits for the ack (fails the test after 5 s instead of hanging). */
export function ask(socket: Socket, event: string, payload: unknown): Promise<Json> {
  return socket.timeout(5_000).emitWithAck(event, payload);
}

/** Resolves with the first `event` broadcast that matches. */
export function nextEvent(socket: Socket, matches: (event: Json) => boolean): Promise<Json> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching event within 5 s')), 5_000);
    const listener = (event: Json) => {
      if (!matches(event)) return;
      clearTimeout(timer);
      socket.off('event', listener);
      resolve(event);
    };
    socket.on('event', listener);
  });
}
