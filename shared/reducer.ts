import { answerKey } from './disciplines/accounting/answers.ts';
import { markOf } from './disciplines/accounting/marking.ts';
import { taskOf } from './disciplines/accounting/rule.ts';
import { accountingRule, disciplineOfHeat } from './disciplines/ofSetup.ts';
import { disciplineOf, type LiftChange } from './disciplines/registry.ts';
import type { AnswerCorrectionData, AnswerData, LiftReading, StoredEvent } from './events.ts';
import type { CompetitionSetup } from './schemas/setup.ts';
import type { CompetitionState, CompetitionStatus, HeatState, LiftState } from './state.ts';
import { definedOnly, liftKey, own } from './state.ts';

/**
 * The only place competition state changes, on the server and in the browser. A fold
 * never changes the state it starts from: it works on a draft (a shallow copy whose maps
 * are copied on first write) and returns it, sharing unchanged parts with the old state.
 * A batch of events copies each map once, not once per event.
 */
export function fold(events: readonly StoredEvent[], from: CompetitionState | null = null): CompetitionState | null {
  let draft: Draft | null = from && startDraft(from);
  for (const event of events) {
    if (event.type === 'competition.created') {
      if (draft) throw new Error('competition.created on an existing competition');
      draft = { state: created(event), owned: new Set() };
      continue;
    }
    if (!draft) throw new Error(`${event.type} before competition.created`);
    applyToDraft(draft, event);
  }
  return draft?.state ?? null;
}

/** One event: `fold([event], state)`. */
export function apply(state: CompetitionState | null, event: StoredEvent): CompetitionState {
  return fold([event], state) as CompetitionState;
}

/** A state under construction: the top object and every map in `owned` belong to it alone. */
export interface Draft {
  state: CompetitionState;
  owned: Set<object>;
  /** In place: how to put back each map entry it wrote, newest last (see startDraftInPlace). */
  undo?: (() => void)[];
}

/** A draft from a state: each map is copied on its first write. */
function startDraft(state: CompetitionState): Draft {
  return { state: { ...state }, owned: new Set() };
}

/**
 * A draft that writes lifts into the state's own `lifts` and `liftKeyById` instead of copying
 * them, and keeps what it overwrote so `rollBack` can put it back: the server's write path,
 * where copying those maps (thousands of entries) on every group commit was half of its CPU.
 * The smaller maps are still copied on first write, so their identity still says "changed"
 * (caches such as sealedDisciplines key on it). The state it starts from sees the lifts written,
 * so only an owner that keeps the one current state may use it, and whoever reads a state
 * across an await must copy it first (`stableCopy`).
 */
export function startDraftInPlace(state: CompetitionState): Draft {
  return { state: { ...state }, owned: new Set([state.lifts, state.liftKeyById]), undo: [] };
}

/** Undoes an in-place draft's writes to the maps it shares with the state it started from (a commit that failed). */
export function rollBack(draft: Draft): void {
  for (const undo of (draft.undo ?? []).splice(0).reverse()) undo();
}

/** A state whose maps no in-place draft writes into: for a reader that holds it across an await (an export). */
export function stableCopy(state: CompetitionState): CompetitionState {
  return { ...state, lifts: { ...state.lifts }, liftKeyById: { ...state.liftKeyById } };
}

type MapName = 'heats' | 'lifts' | 'liftKeyById' | 'answers' | 'answerKeyById' | 'protests';

/** Sets one entry of one of the draft's maps: in a copy made on first write, or in place with its undo. */
function put<K extends MapName>(draft: Draft, name: K, key: string, value: CompetitionState[K][string]): void {
  const map = draft.state[name] as Record<string, unknown>;
  if (!draft.owned.has(map)) {
    const copy = { ...map, [key]: value };
    draft.owned.add(copy);
    draft.state[name] = copy as CompetitionState[K];
    return;
  }
  if (draft.undo) {
    const had = Object.hasOwn(map, key);
    const before = map[key];
    draft.undo.push(() => {
      if (had) map[key] = before;
      else delete map[key];
    });
  }
  map[key] = value;
}

function created(event: Extract<StoredEvent, { type: 'competition.created' }>): CompetitionState {
  return { ...stateOfSetup(event.data.setup), lastSeq: event.seq, lastHash: event.hash };
}

/** A competition as its setup makes it, before any event: every heat scheduled, nothing recorded. */
export function stateOfSetup(setup: CompetitionSetup): CompetitionState {
  return {
    setup,
    status: 'setup',
    heats: scheduledHeats(setup),
    lifts: {},
    liftKeyById: {},
    answers: {},
    answerKeyById: {},
    lastSeq: 0,
    lastHash: '',
    provisionalAt: null,
    officialAt: null,
    protests: {},
    frozenAtSeq: null,
  };
}

/** Every heat of a setup, none started yet. */
function scheduledHeats(setup: CompetitionSetup): Record<string, HeatState> {
  const heats: Record<string, HeatState> = {};
  for (const h of setup.heats) {
    heats[h.id] = {
      id: h.id,
      operatorId: h.operatorId,
      disciplineId: disciplineOfHeat(setup, h.id).id,
      craneId: h.craneId ?? null,
      status: 'scheduled',
      startedAt: null,
      finishedAt: null,
    };
  }
  return heats;
}

/** Applies one event (not competition.created) to a draft. */
export function applyToDraft(draft: Draft, event: StoredEvent): void {
  const { state } = draft;
  switch (event.type) {
    case 'heat.started':
      setHeat(draft, event.data.heatId, { status: 'running', startedAt: event.data.at });
      break;
    case 'heat.finished':
      setHeat(draft, event.data.heatId, { status: 'finished', finishedAt: event.data.at });
      break;
    case 'heat.confirmed':
      setHeat(draft, event.data.heatId, { status: 'confirmed' });
      break;
    case 'heat.reopened':
      setHeat(draft, event.data.heatId, { status: 'finished' });
      break;
    case 'lift.recorded':
      recordReading(draft, event, event.data.lift);
      break;
    case 'lift.corrected': {
      const { id, liftId, reason, salt: _salt, ...given } = event.data;
      const change: LiftChange = definedOnly(given);
      const discipline = disciplineOf(liftRule(state, liftId));
      updateLift(draft, liftId, id, (lift) => ({
        ...lift,
        value: discipline.applyCorrection(lift.value, change),
        refereeHasSpoken: true,
        disputed: false,
        history: [...lift.history, { seq: event.seq, at: event.at, actor: event.actor, kind: 'correction', id, value: change, reason }],
      }));
      break;
    }
    case 'lift.voided': {
      const { id, liftId, reason } = event.data;
      updateLift(draft, liftId, id, (lift) => ({
        ...lift,
        voided: true,
        disputed: false,
        history: [...lift.history, { seq: event.seq, at: event.at, actor: event.actor, kind: 'void', id, reason }],
      }));
      break;
    }
    case 'answer.recorded':
      recordAnswer(draft, event, event.data.answer);
      break;
    case 'answer.corrected':
      correctAnswer(draft, event, event.data);
      break;
    case 'results.official':
      state.officialAt = event.at;
      break;
    case 'competition.updated':
      // Only accepted before any heat starts, so there are no lifts to carry over.
      state.setup = event.data.setup;
      state.heats = scheduledHeats(event.data.setup);
      state.lifts = {};
      state.liftKeyById = {};
      state.answers = {};
      state.answerKeyById = {};
      draft.owned.add(state.heats).add(state.lifts).add(state.liftKeyById).add(state.answers).add(state.answerKeyById);
      break;
    case 'protest.lodged':
      put(draft, 'protests', event.data.id, { ...event.data, lodgedAt: event.at, lodgedBy: event.actor, resolution: null });
      break;
    case 'protest.resolved': {
      const { protestId, decision, reason } = event.data;
      const protest = own(state.protests, protestId);
      if (!protest) throw new Error(`unknown protest ${protestId}`);
      const resolution = definedOnly({ decision, reason, at: event.at });
      put(draft, 'protests', protestId, { ...protest, resolution });
      break;
    }
    case 'board.frozen':
      state.frozenAtSeq = event.seq;
      break;
    case 'board.revealed':
      state.frozenAtSeq = null;
      break;
    case 'competition.created':
      throw new Error('competition.created on an existing competition');
  }
  state.lastSeq = event.seq;
  state.lastHash = event.hash;
  updateStatus(state, event.at);
}

function setHeat(draft: Draft, heatId: string, change: Partial<HeatState>): void {
  const heat = own(draft.state.heats, heatId);
  if (!heat) throw new Error(`unknown heat ${heatId}`);
  put(draft, 'heats', heatId, { ...heat, ...change });
}

/** The rule of the heat a lift (found by any of its ids) belongs to. */
function liftRule(state: CompetitionState, liftId: string) {
  const key = own(state.liftKeyById, liftId);
  const lift = key === undefined ? undefined : own(state.lifts, key);
  if (!lift) throw new Error(`unknown lift ${liftId}`);
  return disciplineOfHeat(state.setup, lift.heatId).rule;
}

function recordReading(draft: Draft, event: StoredEvent, reading: LiftReading): void {
  const { rule } = disciplineOfHeat(draft.state.setup, reading.heatId);
  const discipline = disciplineOf(rule);
  const key = liftKey(reading.heatId, reading.index);
  const existing = own(draft.state.lifts, key);
  const entry = {
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    kind: 'reading' as const,
    id: reading.id,
    source: reading.source,
    value: discipline.valueOf(reading),
  };
  const readings = { ...existing?.readings, [reading.source]: reading };
  const isReferee = reading.source === 'referee';
  const lift: LiftState = existing
    ? {
        ...existing,
        readings,
        // The latest referee reading wins; a station reading never overrides a referee.
        value: isReferee || !existing.refereeHasSpoken ? discipline.valueOf(reading) : existing.value,
        refereeHasSpoken: existing.refereeHasSpoken || isReferee,
        history: [...existing.history, entry],
        lastAt: event.at,
      }
    : {
        key,
        heatId: reading.heatId,
        index: reading.index,
        containerNo: reading.containerNo,
        slot: reading.slot,
        cycleTimeS: reading.cycleTimeS,
        readings,
        value: discipline.valueOf(reading),
        refereeHasSpoken: isReferee,
        disputed: false,
        voided: false,
        history: [entry],
        lastAt: event.at,
      };
  // A new reading may open a dispute: the station against what the referee holds now.
  lift.disputed =
    !lift.voided &&
    readings.station !== undefined &&
    lift.refereeHasSpoken &&
    discipline.disagree(discipline.valueOf(readings.station), lift.value, rule);
  put(draft, 'lifts', key, lift);
  put(draft, 'liftKeyById', reading.id, key);
}

function updateLift(draft: Draft, liftId: string, actId: string, change: (lift: LiftState) => LiftState): void {
  const key = own(draft.state.liftKeyById, liftId);
  const lift = key === undefined ? undefined : own(draft.state.lifts, key);
  if (!key || !lift) throw new Error(`unknown lift ${liftId}`);
  put(draft, 'lifts', key, change(lift));
  put(draft, 'liftKeyById', actId, key);
}

/** The mark of an answer by its heat's accounting rule: the key's, or the examiner's points. */
function markFor(state: CompetitionState, heatId: string, taskId: string, given: { value?: number; points?: number }): number {
  const task = taskOf(accountingRule(disciplineOfHeat(state.setup, heatId).rule), taskId);
  if (!task) throw new Error(`unknown task ${taskId}`);
  return markOf(task, given);
}

function recordAnswer(draft: Draft, event: StoredEvent, answer: AnswerData): void {
  const key = answerKey(answer.heatId, answer.taskId);
  const given = definedOnly({ value: answer.value, points: answer.points });
  put(draft, 'answers', key, {
    key,
    id: answer.id,
    heatId: answer.heatId,
    taskId: answer.taskId,
    value: answer.value ?? null,
    points: markFor(draft.state, answer.heatId, answer.taskId, given),
    history: [{ seq: event.seq, at: event.at, actor: event.actor, kind: 'answer', id: answer.id, ...given }],
    lastAt: event.at,
  });
  put(draft, 'answerKeyById', answer.id, key);
}

function correctAnswer(draft: Draft, event: StoredEvent, correction: AnswerCorrectionData): void {
  const key = own(draft.state.answerKeyById, correction.answerId);
  const answer = key === undefined ? undefined : own(draft.state.answers, key);
  if (!key || !answer) throw new Error(`unknown answer ${correction.answerId}`);
  const given = definedOnly({ value: correction.value, points: correction.points });
  const value = correction.value ?? answer.value;
  put(draft, 'answers', key, {
    ...answer,
    value,
    points: markFor(draft.state, answer.heatId, answer.taskId, { ...given, ...(value !== null ? { value } : {}) }),
    history: [...answer.history, { seq: event.seq, at: event.at, actor: event.actor, kind: 'correction', id: correction.id, ...given, reason: correction.reason }],
    lastAt: event.at,
  });
  put(draft, 'answerKeyById', correction.id, key);
}

function updateStatus(state: CompetitionState, at: string): void {
  const heats = Object.values(state.heats);
  let status: CompetitionStatus;
  if (state.officialAt) status = 'official';
  else if (heats.every((h) => h.status === 'confirmed')) status = 'provisional';
  else if (heats.some((h) => h.status !== 'scheduled')) status = 'running';
  else status = 'setup';
  state.provisionalAt =
    status === 'provisional' ? (state.status === 'provisional' ? state.provisionalAt : at) : status === 'official' ? state.provisionalAt : null;
  state.status = status;
}
