import { HEAT_STEP, type HeatVerb } from '../../shared/decide.ts';
import type { LiftReading } from '../../shared/events.ts';
import { ruleOfHeat } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf, type Rule } from '../../shared/disciplines/registry.ts';
import { disciplineView } from '../disciplines/registry.ts';
import type { LiftChange } from '../../shared/disciplines/registry.ts';
import type { CompetitionState, HeatState, HeatStatus, LiftState, LiftValue } from '../../shared/state.ts';
import { liftKey, own } from '../../shared/state.ts';
import type { OutboxEntry } from '../outbox/entry.ts';

// What the referee sees of a heat: the server's state (from the live feed or the last
// snapshot) with the tablet's own unacknowledged writes laid over it. Pure.

export interface LiftRow {
  key: string;
  index: number;
  containerNo: string;
  slot?: string;
  value: LiftValue;
  score: number;
  station?: LiftReading;
  referee?: LiftReading | { pending: true; body: Record<string, unknown> };
  /** The server's lift (absent while the tablet's reading is still in the outbox). */
  live?: LiftState;
  /** Any reading id of the lift: the `liftId` of corrections and voids. */
  liftId: string;
  disputed: boolean;
  voided: boolean;
  /** Writes about this lift still in the outbox (pending or rejected). */
  outbox: OutboxEntry[];
}

export interface HeatView {
  heat: HeatState;
  rows: LiftRow[];
  nextIndex: number;
  liftsPerHeat: number;
}

type Entry = OutboxEntry;

/**
 * Whether a heat in `status` has already taken `verb`'s step: it stands at the step's
 * result or further along the steps from there.
 */
function hasTaken(status: HeatStatus, verb: HeatVerb): boolean {
  for (let reached: HeatStatus | undefined = HEAT_STEP[verb].to; reached; reached = stepFrom(reached)?.to) {
    if (reached === status) return true;
  }
  return false;
}

const stepFrom = (status: HeatStatus) => Object.values(HEAT_STEP).find((step) => step.from === status);

/** The time a step stamps on the heat (confirm stamps none). */
const STAMP: Partial<Record<HeatVerb, 'startedAt' | 'finishedAt'>> = { start: 'startedAt', finish: 'finishedAt' };

/** A lift's points as the tablet shows them, by the competition's discipline (0 where it scores no single lift). */
const scoreOf = (rule: Rule, value: LiftValue): number => disciplineView(rule).previewScore(rule, value) ?? 0;

/** What unsent commands are folded into: the heat, its rows by lift key, and the row each reading id made. */
interface Overlay {
  heat: HeatState;
  rows: ReadonlyMap<string, LiftRow>;
  keyOfLiftId: ReadonlyMap<string, string>;
}

const withRow = (view: Overlay, row: LiftRow): Overlay => ({ ...view, rows: new Map(view.rows).set(row.key, row) });

/**
 * One command laid over the view; the fold of these is the overlay. A rejected command
 * changes nothing but stays listed on its lift's row (so the referee sees why), as does
 * every command still in the outbox; an acknowledged one is no longer listed.
 */
function overlay(competition: CompetitionState, view: Overlay, entry: Entry): Overlay {
  const rule = ruleOfHeat(competition.setup, view.heat.id);
  const listed = (row: LiftRow) => (entry.state === 'acked' ? row.outbox : [...row.outbox, entry]);
  switch (entry.kind) {
    case 'heat': {
      const { heat } = view;
      const step = HEAT_STEP[entry.verb];
      if (entry.heatId !== heat.id || entry.state === 'rejected' || heat.status !== step.from) return view;
      const at = entry.body.at ?? new Date(entry.createdAt).toISOString();
      const stamp = STAMP[entry.verb];
      return { ...view, heat: { ...heat, status: step.to, ...(stamp ? { [stamp]: at } : {}) } };
    }
    case 'lift': {
      const { heatId, index } = entry.body;
      if (heatId !== view.heat.id) return view;
      const key = liftKey(heatId, index);
      const row = view.rows.get(key) ?? blankRow(key, index, entry, disciplineOf(rule).valueOfBody(entry.body));
      const mapped = { ...view, keyOfLiftId: new Map(view.keyOfLiftId).set(entry.id, key) };
      if (entry.state === 'rejected') return withRow(mapped, { ...row, outbox: listed(row) });
      const value = disciplineOf(rule).valueOfBody(entry.body);
      return withRow(mapped, { ...row, value, score: scoreOf(rule, value), referee: { pending: true, body: entry.body }, outbox: listed(row) });
    }
    case 'correction':
    case 'void': {
      const key = own(competition.liftKeyById, entry.liftId) ?? view.keyOfLiftId.get(entry.liftId);
      const row = key === undefined ? undefined : view.rows.get(key);
      if (!row) return view;
      if (entry.state === 'rejected') return withRow(view, { ...row, outbox: listed(row) });
      if (entry.kind === 'void') return withRow(view, { ...row, outbox: listed(row), voided: true, score: 0 });
      const { id: _id, reason: _reason, ...change } = entry.body;
      const value = disciplineOf(rule).applyCorrection(row.value, change as LiftChange);
      return withRow(view, { ...row, outbox: listed(row), value, score: scoreOf(rule, value), disputed: false });
    }
    case 'answer':
    case 'answerCorrection':
      return view; // an exam's answers are laid over in disciplines/accounting
  }
}

/**
 * `entries` are the outbox's (pending and rejected); `sent` are entries acknowledged in this
 * page whose event may not have reached the live state yet.
 */
export function heatView(competition: CompetitionState, heatId: string, entries: readonly Entry[], sent: readonly Entry[]): HeatView | null {
  const heat = own(competition.heats, heatId);
  if (!heat) return null;
  const rule = ruleOfHeat(competition.setup, heatId);
  const rows = new Map<string, LiftRow>();
  for (const lift of Object.values(competition.lifts)) {
    if (lift.heatId !== heatId) continue;
    const firstReading = lift.history.find((h) => h.kind === 'reading');
    rows.set(lift.key, {
      key: lift.key,
      index: lift.index,
      containerNo: lift.containerNo,
      slot: lift.slot,
      value: lift.value,
      score: lift.voided ? 0 : scoreOf(rule, lift.value),
      station: lift.readings.station,
      referee: lift.readings.referee,
      live: lift,
      liftId: firstReading?.id ?? '',
      disputed: lift.disputed,
      voided: lift.voided,
      outbox: [],
    });
  }
  const known = (id: string) => own(competition.liftKeyById, id) !== undefined;
  // Sent ones the live state does not hold yet, then the outbox; readings first, so every
  // correction and void finds its lift's row.
  const unseen = [...sent.filter((e) => !known(e.id)), ...entries];
  const commands = [...unseen.filter((e) => e.kind === 'lift'), ...unseen.filter((e) => e.kind !== 'lift')];
  const view = commands.reduce((v: Overlay, entry) => overlay(competition, v, entry), { heat, rows, keyOfLiftId: new Map<string, string>() });
  const sorted = [...view.rows.values()].sort((a, b) => a.index - b.index);
  const refereeIndices = sorted.filter((r) => r.referee).map((r) => r.index);
  const liftsPerHeat = disciplineOf(rule).readingsPerHeat(rule);
  const nextIndex = Math.min(liftsPerHeat, (refereeIndices.length ? Math.max(...refereeIndices) : 0) + 1);
  return { heat: view.heat, rows: sorted, nextIndex, liftsPerHeat };
}

function blankRow(key: string, index: number, entry: OutboxEntry<'lift'>, value: LiftValue): LiftRow {
  return {
    key,
    index,
    containerNo: String(entry.body.containerNo ?? ''),
    slot: typeof entry.body.slot === 'string' ? entry.body.slot : undefined,
    value,
    score: 0,
    liftId: entry.id,
    disputed: false,
    voided: false,
    outbox: [],
  };
}

/**
 * A heat action the server refused because the heat is already where it asked to go (another
 * tablet confirmed or finished it first): what the referee wanted happened, so it is no refusal
 * to show.
 */
export const refusedButDone = (state: CompetitionState, entry: OutboxEntry): boolean =>
  entry.kind === 'heat' && entry.state === 'rejected' && seenIn(state, entry);

/** Whether a state already holds an acknowledged write's effect (so the outbox may forget it). */
export function seenIn(state: CompetitionState, entry: OutboxEntry): boolean {
  if (entry.kind === 'answer' || entry.kind === 'answerCorrection') return own(state.answerKeyById, entry.id) !== undefined;
  if (entry.kind !== 'heat') return own(state.liftKeyById, entry.id) !== undefined;
  const heat = own(state.heats, entry.heatId);
  return !heat || hasTaken(heat.status, entry.verb);
}
