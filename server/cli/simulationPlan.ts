import { readFileSync } from 'node:fs';
import { disciplineOfHeat, type SetupDisciplines } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf } from '../../shared/disciplines/registry.ts';
import { generatedMove, generatedReading, seededRandom } from './readings.ts';
import type { StationReading } from './stationClient.ts';

interface HeatView {
  id: string;
  operatorId: string;
  disciplineId?: string;
  /** Null for a heat without a crane (accounting): no station sends for it. */
  craneId: string | null;
  status: 'scheduled' | 'running' | 'finished' | 'confirmed';
}
type CompetitionView = Omit<SetupDisciplines, 'heats'> & {
  id: string;
  status: string;
  heats: HeatView[];
};

/** How many readings a heat takes and what its penalties are called, by its discipline. */
function heatPlan(competition: CompetitionView, heatId: string): { kind: string; readings: number; penalties: string[] } {
  const { rule } = disciplineOfHeat(competition, heatId);
  const readings = disciplineOf(rule).readingsPerHeat(rule);
  const penalties = rule.kind === 'placement' ? Object.keys(rule.penalties) : rule.kind === 'transshipment' ? Object.keys(rule.penaltiesS) : [];
  return { kind: rule.kind, readings, penalties };
}
interface LoggedEvent {
  type: string;
  data: { lift?: { heatId: string; index: number; source: string } };
}

/** A reading and the crane whose station sends it. */
export interface PlannedReading {
  craneId: string;
  reading: StationReading;
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
  return body;
}

export async function loadCompetition(url: string, cid: string): Promise<CompetitionView> {
  return getJson<CompetitionView>(`${url}/api/competitions/${encodeURIComponent(cid)}`);
}

/** heatId#index of every lift that already has a station reading (a re-run continues, it does not repeat). */
export async function recordedByStations(url: string, cid: string): Promise<Set<string>> {
  const done = new Set<string>();
  for (let since = 0; ; ) {
    const page = await getJson<{ events: (LoggedEvent & { seq: number })[]; lastSeq: number }>(`${url}/api/competitions/${cid}/events?since=${since}`);
    for (const event of page.events) {
      const lift = event.data.lift;
      if (event.type === 'lift.recorded' && lift?.source === 'station') done.add(`${lift.heatId}#${lift.index}`);
    }
    if (page.events.length === 0 || page.events.at(-1)!.seq >= page.lastSeq) return done;
    since = page.events.at(-1)!.seq;
  }
}

/**
 * The heats to start: a crane runs one heat at a time (the server refuses a second with 409
 * crane_busy), so each of our cranes with no running heat starts its first scheduled one.
 */
export function heatsToStart(heats: readonly HeatView[], craneIds: Set<string>): HeatView[] {
  const busy = new Set(heats.filter((h) => h.status === 'running' && h.craneId !== null).map((h) => h.craneId));
  const picked: HeatView[] = [];
  for (const heat of heats) {
    if (heat.status !== 'scheduled' || heat.craneId === null || !craneIds.has(heat.craneId) || busy.has(heat.craneId)) continue;
    busy.add(heat.craneId);
    picked.push(heat);
  }
  return picked;
}

async function refereeToken(url: string, competitionId: string, pin: string): Promise<string> {
  const { token } = await getJson<{ token: string }>(`${url}/api/auth/referee`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ competitionId, pin }),
  });
  return token;
}

async function heatAction(url: string, competitionId: string, token: string, heat: HeatView, verb: 'start' | 'finish'): Promise<void> {
  await getJson(`${url}/api/competitions/${competitionId}/heats/${heat.id}/${verb}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ id: `sim-${verb}-${heat.id}` }),
  });
  heat.status = verb === 'start' ? 'running' : 'finished';
}

/** With the referee PIN, starts the next heat of each idle crane we simulate; returns the heats that now take readings. */
export async function startHeats(url: string, competition: CompetitionView, craneIds: Set<string>, pin: string | undefined): Promise<HeatView[]> {
  const ours = competition.heats.filter((h) => h.craneId !== null && craneIds.has(h.craneId) && h.status !== 'confirmed');
  const scheduled = heatsToStart(ours, craneIds);
  if (scheduled.length && pin) {
    const token = await refereeToken(url, competition.id, pin);
    for (const heat of scheduled) await heatAction(url, competition.id, token, heat, 'start');
  }
  return ours.filter((h) => h.status === 'running' || h.status === 'finished');
}

/**
 * The next round: finishes each running heat of our cranes whose readings the stations have all
 * sent, then starts the next scheduled heat of each crane left idle. Returns the started heats
 * (none when no crane has one left), with the competition and the readings already recorded.
 */
export async function nextRound(url: string, competitionId: string, craneIds: Set<string>, pin: string): Promise<{ competition: CompetitionView; heats: HeatView[]; done: Set<string> }> {
  const competition = await loadCompetition(url, competitionId);
  const done = await recordedByStations(url, competitionId);
  const ours = competition.heats.filter((h) => h.craneId !== null && craneIds.has(h.craneId));
  const complete = (heat: HeatView) => Array.from({ length: heatPlan(competition, heat.id).readings }, (_, i) => `${heat.id}#${i + 1}`).every((k) => done.has(k));
  const finishing = ours.filter((h) => h.status === 'running' && complete(h));
  const token = await refereeToken(url, competitionId, pin);
  for (const heat of finishing) await heatAction(url, competitionId, token, heat, 'finish');
  const starting = heatsToStart(ours, craneIds);
  for (const heat of starting) await heatAction(url, competitionId, token, heat, 'start');
  return { competition, heats: starting, done };
}

/**
 * What the stations will send, in arrival order: the recorded stream when replaying,
 * else generated readings with each operator's own accuracy, cranes interleaved.
 */
export function planReadings(
  competition: CompetitionView,
  heats: HeatView[],
  done: Set<string>,
  options: { replay?: string; seed: number },
): PlannedReading[] {
  const byId = new Map(heats.map((h) => [h.id, h]));
  const open = (heatId: string, index: number) => byId.has(heatId) && !done.has(`${heatId}#${index}`) && index <= heatPlan(competition, heatId).readings;
  if (options.replay) {
    const recorded = JSON.parse(readFileSync(options.replay, 'utf8')) as (StationReading & { atS?: number })[];
    return recorded
      .filter((r) => open(r.heatId, r.index))
      .map(({ atS: _atS, ...reading }) => ({ craneId: byId.get(reading.heatId)!.craneId!, reading: { ...reading, id: `sim-${reading.heatId}-${reading.index}` } }));
  }
  const random = seededRandom(options.seed);
  // One queue per crane (its heats in order), then round-robin, as lifts arrive at a venue.
  const queues = new Map<string, PlannedReading[]>();
  for (const heat of heats) {
    const craneId = heat.craneId;
    if (craneId === null) continue;
    const { kind, readings, penalties } = heatPlan(competition, heat.id);
    const queue = queues.get(craneId) ?? [];
    for (let index = 1; index <= readings; index++) {
      if (!open(heat.id, index)) continue;
      // A placement lift lands with the operator's accuracy; a transshipment move is a container moved, with its penalties.
      const reading =
        kind === 'transshipment'
          ? generatedMove(random, { heatId: heat.id, index }, penalties)
          : generatedReading(random, { heatId: heat.id, index, operatorId: heat.operatorId, craneId }, penalties);
      queue.push({ craneId, reading });
    }
    queues.set(craneId, queue);
  }
  const plan: PlannedReading[] = [];
  for (let round = 0; plan.length < [...queues.values()].reduce((n, q) => n + q.length, 0); round++) {
    for (const queue of queues.values()) if (queue[round]) plan.push(queue[round]!);
  }
  return plan;
}
