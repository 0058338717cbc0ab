import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../shared/commandError.ts';
import { decideCorrection, decideHeat, decideLift, decideOfficial, decideReopen, decideVoid, type HeatVerb } from '../../shared/decide.ts';
import type { Actor } from '../../shared/events.ts';
import type { LiftSubmission } from '../../shared/schemas/commands.ts';
import { computeStandings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { ADMIN, EventLog, REFEREE, T0, atS, demoSetup, smallSetup, station } from './eventFactory.ts';

// The demo: h1 is cn-1 on cn-bridge-1, h2 cn-2 on cn-bridge-2, h3 kz-1 on kz-gantry-1, … h8.
const submission = (change: Partial<LiftSubmission> = {}): LiftSubmission => ({
  id: 'new-reading',
  heatId: 'h1',
  index: 1,
  containerNo: 'CSQU3054383',
  dxMm: 0,
  dyMm: 0,
  penalties: [],
  dropped: false,
  ...change,
});

/** The code and field of the AppError a decision throws. */
function refusal(decision: () => unknown): { code: ErrorCode; field?: string } {
  try {
    decision();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.field === undefined ? { code: error.code } : { code: error.code, field: error.field };
  }
  throw new Error('the decision was accepted');
}

/** The demo with heat h1 running. */
const h1Running = () => new EventLog(demoSetup()).start('h1');
const bridge1 = station('cn-bridge-1');

describe('decideLift refuses', () => {
  it.each<[string, (log: EventLog) => unknown, Actor, Partial<LiftSubmission>, { code: ErrorCode; field?: string }]>([
    ['a second station reading for lift 1 of h1', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'station'), bridge1, {}, { code: 'conflict' }],
    ['a second referee reading for lift 1 of h1 (use a correction)', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }), REFEREE, { dxMm: 3 }, { code: 'conflict' }],
    ['a reading for a confirmed heat', (l) => l.finish('h1', 900).confirm('h1'), REFEREE, {}, { code: 'locked' }],
    ['a reading for a heat that has not started (h2)', () => {}, REFEREE, { heatId: 'h2' }, { code: 'conflict' }],
    ['the kz-gantry-1 station writing for h1 (cn-bridge-1)', () => {}, station('kz-gantry-1'), {}, { code: 'forbidden' }],
    ['a station without a crane id', () => {}, { role: 'station' }, {}, { code: 'forbidden' }],
    ['a penalty the rule does not have ("spin")', () => {}, REFEREE, { penalties: ['collision', 'spin'] }, { code: 'bad_request', field: 'penalties' }],
    ['lift 11 of a 10-lift heat', () => {}, REFEREE, { index: 11 }, { code: 'bad_request', field: 'index' }],
    ['a heat that does not exist', () => {}, REFEREE, { heatId: 'h99' }, { code: 'not_found', field: 'heatId' }],
    ['an id already used by another reading', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }), REFEREE, { index: 2, id: 'referee-h1-1' }, { code: 'conflict', field: 'id' }],
  ])('%s', (_situation, prepare, actor, change, expected) => {
    const log = h1Running();
    prepare(log);
    expect(refusal(() => decideLift(log.state, actor, submission(change)))).toEqual(expected);
  });
});

describe('decideLift accepts', () => {
  it.each<[string, (log: EventLog) => unknown, Actor, Partial<LiftSubmission>, 'referee' | 'station']>([
    ['the first referee reading of a running heat', () => {}, REFEREE, {}, 'referee'],
    ['the station reading of a lift the referee already entered', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }), bridge1, {}, 'station'],
    ['a late reading for a finished heat (tablet was offline)', (l) => l.finish('h1', 900), REFEREE, { index: 10 }, 'referee'],
    ['an organizer’s entry, as a referee reading', () => {}, ADMIN, { penalties: ['relanding'] }, 'referee'],
  ])('%s', (_situation, prepare, actor, change, source) => {
    const log = h1Running();
    prepare(log);
    expect(decideLift(log.state, actor, submission(change))).toEqual({ type: 'lift.recorded', data: { lift: { ...submission(change), source } } });
  });
});

describe('station and referee disagree', () => {
  it.each([
    // tolerance 5 mm; distance between the two readings
    ['referee 5 mm from the station: exactly the tolerance', { dxMm: 0, dyMm: 0 }, { dxMm: 3, dyMm: 4 }, false],
    ['referee 6 mm from the station', { dxMm: 0, dyMm: 0 }, { dxMm: 6, dyMm: 0 }, true],
    ['opposite 3-4-5 offsets: (3, 4) vs (−3, −4) → 10 mm apart', { dxMm: 3, dyMm: 4 }, { dxMm: -3, dyMm: -4 }, true],
    ['station says dropped, referee says landed on the slot', { dxMm: 0, dyMm: 0, dropped: true }, { dxMm: 0, dyMm: 0 }, true],
    ['both say dropped', { dxMm: 0, dyMm: 0, dropped: true }, { dxMm: 1, dyMm: 1, dropped: true }, false],
  ])('%s → disputed %s; a referee correction settles it', (_situation, stationReading, refereeReading, disputed) => {
    const log = h1Running().lift('h1', 1, stationReading, 'station').lift('h1', 1, refereeReading);
    expect(log.state.lifts['h1#1']?.disputed).toBe(disputed);
    log.decide((s) => decideCorrection(s, 'station-h1-1', { id: 'fix-1', dxMm: 2, dyMm: 0, dropped: false, reason: 'video review' }));
    expect(log.state.lifts['h1#1']).toMatchObject({ disputed: false, value: { dxMm: 2, dyMm: 0, dropped: false } });
  });

  it('a dispute blocks sign-off until a correction settles it', () => {
    const log = new EventLog(smallSetup());
    for (const heat of ['h1', 'h2', 'h3', 'h4']) log.start(heat).finish(heat, 900);
    log.lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'station').lift('h1', 1, { dxMm: 30, dyMm: 0 });
    for (const heat of ['h1', 'h2', 'h3', 'h4']) log.confirm(heat);
    expect(log.state.status).toBe('provisional');
    expect(refusal(() => decideOfficial(log.state, atS(100_000)))).toEqual({ code: 'conflict' });
    expect(refusal(() => decideCorrection(log.state, 'referee-h1-1', { id: 'fix-1', dxMm: 0, reason: 'video' }))).toEqual({ code: 'locked' });
    log.decide((s) => decideReopen(s, 'h1', { reason: 'settle the dispute on lift 1' }), ADMIN);
    log.decide((s) => decideCorrection(s, 'referee-h1-1', { id: 'fix-1', dxMm: 0, reason: 'video review' }));
    log.decide((s) => decideHeat(s, 'h1', 'confirm', {}, atS(2000)));
    expect(decideOfficial(log.state, atS(100_000))).toEqual({ type: 'results.official', data: {} });
  });
});

describe('corrections and voids', () => {
  const withLift = () => h1Running().lift('h1', 1, { dxMm: 30, dyMm: 40 });
  it.each<[string, (log: EventLog) => unknown, (s: CompetitionState) => unknown, ErrorCode]>([
    ['correcting a lift nobody recorded', () => {}, (s) => decideCorrection(s, 'nope', { id: 'fix-1', dxMm: 0, reason: 'r' }), 'not_found'],
    ['correcting by a correction’s id instead of the lift’s', (l) => l.correct('referee-h1-1', { dxMm: 0 }, 'fix-1'), (s) => decideCorrection(s, 'fix-1', { id: 'fix-2', dxMm: 1, reason: 'r' }), 'not_found'],
    ['correcting a void lift', (l) => l.void('referee-h1-1'), (s) => decideCorrection(s, 'referee-h1-1', { id: 'fix-1', dxMm: 0, reason: 'r' }), 'conflict'],
    ['voiding a lift twice', (l) => l.void('referee-h1-1'), (s) => decideVoid(s, 'referee-h1-1', { id: 'void-2', reason: 'r' }), 'conflict'],
    ['a correction reusing a reading id', () => {}, (s) => decideCorrection(s, 'referee-h1-1', { id: 'referee-h1-1', dxMm: 0, reason: 'r' }), 'conflict'],
    ['a correction with an unknown penalty', () => {}, (s) => decideCorrection(s, 'referee-h1-1', { id: 'fix-1', penalties: ['spin'], reason: 'r' }), 'bad_request'],
    ['voiding a lift of a confirmed heat', (l) => l.finish('h1', 900).confirm('h1'), (s) => decideVoid(s, 'referee-h1-1', { id: 'void-1', reason: 'r' }), 'locked'],
  ])('refuses %s', (_situation, prepare, decision, code) => {
    const log = withLift();
    prepare(log);
    expect(refusal(() => decision(log.state)).code).toBe(code);
  });
});

describe('heat state machine', () => {
  type Step = HeatVerb | 'reopen';
  const run = (log: EventLog, step: Step, at?: string) =>
    log.decide((s) => (step === 'reopen' ? decideReopen(s, 'h1', { reason: 'protest upheld' }) : decideHeat(s, 'h1', step, at ? { at } : {}, atS(log.events.length))), step === 'reopen' ? ADMIN : REFEREE);

  it.each<[Step[], Step, string]>([
    // [steps already taken, next step, resulting heat status or error code]
    [[], 'start', 'running'],
    [[], 'finish', 'conflict'],
    [[], 'confirm', 'conflict'],
    [['start'], 'start', 'conflict'],
    [['start'], 'finish', 'finished'],
    [['start'], 'confirm', 'conflict'],
    [['start', 'finish'], 'finish', 'conflict'],
    [['start', 'finish'], 'confirm', 'confirmed'],
    [['start', 'finish'], 'reopen', 'conflict'],
    [['start', 'finish', 'confirm'], 'start', 'locked'],
    [['start', 'finish', 'confirm'], 'confirm', 'locked'],
    [['start', 'finish', 'confirm'], 'reopen', 'finished'],
    [['start', 'finish', 'confirm', 'reopen'], 'confirm', 'confirmed'],
  ])('after %j, %s → %s', (steps, next, expected) => {
    const log = new EventLog(demoSetup());
    for (const step of steps) run(log, step);
    if (['running', 'finished', 'confirmed'].includes(expected)) {
      run(log, next);
      expect(log.state.heats.h1?.status).toBe(expected);
    } else {
      expect(refusal(() => run(log, next)).code).toBe(expected);
    }
  });

  it('takes startedAt / finishedAt from the device’s `at`, else the server’s time', () => {
    const log = new EventLog(demoSetup());
    run(log, 'start', '2025-07-20T10:00:00+08:00'); // Alashankou local time = 02:00 UTC
    expect(log.state.heats.h1?.startedAt).toBe('2025-07-20T02:00:00.000Z');
    run(log, 'finish'); // no `at`: now = atS(2), the log's length in seconds
    expect(log.state.heats.h1?.finishedAt).toBe(atS(2));
    expect(computeStandings(log.state).operators.find((o) => o.operatorId === 'cn-1')?.completionTimeS).toBe(2);
  });

  it('refuses to finish a heat before it started', () => {
    const log = new EventLog(demoSetup());
    run(log, 'start', '2025-07-20T02:10:00Z');
    expect(refusal(() => run(log, 'finish', '2025-07-20T02:09:59Z'))).toEqual({ code: 'bad_request', field: 'at' });
  });
});

describe('competition status', () => {
  it('moves setup → running → provisional → (reopen) running → provisional → official', () => {
    const log = new EventLog(smallSetup());
    const heats = ['h1', 'h2', 'h3', 'h4'];
    expect(log.state).toMatchObject({ status: 'setup', provisionalAt: null, officialAt: null });
    log.start('h1');
    expect(log.state.status).toBe('running');
    for (const heat of heats) (heat === 'h1' ? log : log.start(heat)).finish(heat, 900).confirm(heat);
    // The last confirm is event 13 (1 created + 4×3), so its server time is T0 + 12 s.
    expect(log.state).toMatchObject({ status: 'provisional', provisionalAt: atS(12) });
    log.decide((s) => decideReopen(s, 'h4', { reason: 'protest by KZ' }), ADMIN);
    expect(log.state).toMatchObject({ status: 'running', provisionalAt: null });
    log.confirm('h4');
    expect(log.state).toMatchObject({ status: 'provisional', provisionalAt: atS(14) });
    log.decide((s) => decideOfficial(s, atS(100_000)), ADMIN);
    expect(log.state).toMatchObject({ status: 'official', provisionalAt: atS(14), officialAt: atS(15) });
  });

  it('locks every decision once results are official', () => {
    const log = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 0, dyMm: 0 });
    for (const heat of ['h1', 'h2', 'h3', 'h4']) (heat === 'h1' ? log : log.start(heat)).finish(heat, 900).confirm(heat);
    log.decide((s) => decideOfficial(s, atS(100_000)), ADMIN);
    const state = log.state;
    const decisions: [string, () => unknown][] = [
      ['lift', () => decideLift(state, REFEREE, submission({ index: 2 }))],
      ['correction', () => decideCorrection(state, 'referee-h1-1', { id: 'fix-1', dxMm: 1, reason: 'r' })],
      ['void', () => decideVoid(state, 'referee-h1-1', { id: 'void-1', reason: 'r' })],
      ['start', () => decideHeat(state, 'h1', 'start', {}, T0)],
      ['finish', () => decideHeat(state, 'h1', 'finish', {}, T0)],
      ['confirm', () => decideHeat(state, 'h1', 'confirm', {}, T0)],
      ['reopen', () => decideReopen(state, 'h1', { reason: 'r' })],
      ['sign-off again', () => decideOfficial(state, atS(100_000))],
    ];
    expect(decisions.map(([name, decision]) => [name, refusal(decision).code])).toEqual(decisions.map(([name]) => [name, 'locked']));
  });
});

// Ids and names come from clients; a plain-object lookup would find Object.prototype's members.
describe('names that are also Object.prototype members', () => {
  it('refuses a penalty named "constructor"', () => {
    expect(refusal(() => decideLift(h1Running().state, REFEREE, submission({ penalties: ['constructor'] })))).toEqual({ code: 'bad_request', field: 'penalties' });
  });
  it('says not_found for a heat called "constructor"', () => {
    expect(refusal(() => decideLift(h1Running().state, REFEREE, submission({ heatId: 'constructor' })))).toEqual({ code: 'not_found', field: 'heatId' });
  });
  it('accepts a fresh reading id "toString"', () => {
    expect(decideLift(h1Running().state, REFEREE, submission({ id: 'toString' })).type).toBe('lift.recorded');
  });
});
