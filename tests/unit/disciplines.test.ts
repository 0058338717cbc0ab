// The two new disciplines and the overall, as the rulebook words them, numbers worked by hand.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/commandError.ts';
import { decideLift } from '../../shared/decide.ts';
import { decideAnswer, decideAnswerCorrection } from '../../shared/decideAnswers.ts';
import type { AccountingResult } from '../../shared/disciplines/accounting/standings.ts';
import type { TransshipmentResult } from '../../shared/disciplines/transshipment/standings.ts';
import { overallResults, rankOverall } from '../../shared/disciplines/overall.ts';
import { CompetitionSetup } from '../../shared/schemas/setup.ts';
import { computeStandings, roundStandings } from '../../shared/scoring/standings.ts';
import { ADMIN, EventLog, REFEREE, containerNo } from './eventFactory.ts';

const name = (en: string) => ({ en });

/**
 * Three operators (a-1, a-2 of team A, b-1 of team B), one crane. Transfer: 4 containers, par
 * 300 s, 0.5 point a second over par, twistlock 30 s, damage 60 s, 100 s a missing container.
 * Accounting: t1 30 points (key 100 ± 0.5), t2 20 points (key 7, exact), t3 50 points (examiner).
 * Weights: placement 50, transfer 30, accounting 20.
 */
function triathlon(): CompetitionSetup {
  const ops = ['a-1', 'a-2', 'b-1'];
  return CompetitionSetup.parse({
    id: 'tri',
    name: name('Tri'),
    disciplines: [
      { id: 'placement', kind: 'placement', weight: 50, rule: { liftsPerHeat: 2 } },
      { id: 'transfer', kind: 'transshipment', weight: 30, rule: { containers: 4, parTimeS: 300, pointsLostPerS: 0.5, penaltiesS: { twistlock: 30, damage: 60 }, missingContainerS: 100 } },
      { id: 'acc', kind: 'accounting', weight: 20, rule: { tasks: [{ id: 't1', maxPoints: 30, answer: 100, tolerance: 0.5 }, { id: 't2', maxPoints: 20, answer: 7 }, { id: 't3', maxPoints: 50 }] } },
    ],
    teams: [
      { id: 'A', country: 'CN', name: name('A'), color: '#d52b1e' },
      { id: 'B', country: 'KZ', name: name('B'), color: '#00afca' },
    ],
    operators: ops.map((id, i) => ({ id, teamId: id[0]!.toUpperCase(), bib: String(i + 1), name: name(id) })),
    cranes: [{ id: 'c', kind: 'bridge', name: name('Crane') }],
    heats: ops.flatMap((id, i) => [
      { id: `p${i + 1}`, operatorId: id, disciplineId: 'placement', craneId: 'c' },
      { id: `t${i + 1}`, operatorId: id, disciplineId: 'transfer', craneId: 'c' },
      { id: `a${i + 1}`, operatorId: id, disciplineId: 'acc' },
    ]),
  });
}

/** A container move of a transfer heat. */
const move = (log: EventLog, heatId: string, index: number, penalties: string[] = []) =>
  log.append({ type: 'lift.recorded', data: { lift: { id: `${heatId}-${index}`, heatId, index, containerNo: containerNo(index), penalties, source: 'referee' } } });

const answer = (log: EventLog, heatId: string, taskId: string, given: { value?: number; points?: number }) =>
  log.decide((s) => decideAnswer(s, { id: `${heatId}-${taskId}`, heatId, taskId, ...given }), ADMIN);

type Ranked<R> = R & { rank: number; points: number };
/** A discipline's rows, typed as its kind's (the discipline id picks the kind). */
const transfer = (log: EventLog) => computeStandings(log.state).disciplines.find((d) => d.disciplineId === 'transfer')!.operators as Ranked<TransshipmentResult>[];
const accounting = (log: EventLog) => computeStandings(log.state).disciplines.find((d) => d.disciplineId === 'acc')!.operators as Ranked<AccountingResult>[];

describe('setup: disciplines', () => {
  const base = () => JSON.parse(JSON.stringify({ ...triathlon() })) as Record<string, unknown> & { heats: Record<string, unknown>[]; disciplines: Record<string, unknown>[] };
  it.each<[string, (doc: ReturnType<typeof base>) => void, string]>([
    ['both rule and disciplines', (d) => (d.rule = {}), 'disciplines'],
    ['a heat without its discipline when there are several', (d) => delete d.heats[0]!.disciplineId, 'heats.0.disciplineId'],
    ['a heat naming an unknown discipline', (d) => (d.heats[0]!.disciplineId = 'sprint'), 'heats.0.disciplineId'],
    ['a placement heat without a crane', (d) => delete d.heats[0]!.craneId, 'heats.0.craneId'],
    ['two disciplines with one id', (d) => (d.disciplines[1]!.id = 'placement'), 'disciplines.1.id'],
    ['a weight of 0', (d) => (d.disciplines[0]!.weight = 0), 'disciplines.0.weight'],
    ['an unknown kind', (d) => (d.disciplines[0]!.kind = 'sprint'), 'disciplines.0.kind'],
    ['an accounting task above 1000 points', (d) => ((d.disciplines[2]!.rule as { tasks: { maxPoints: number }[] }).tasks[0]!.maxPoints = 1001), 'disciplines.2.rule.tasks.0.maxPoints'],
    ['a transfer rule of 0 containers', (d) => ((d.disciplines[1]!.rule as { containers: number }).containers = 0), 'disciplines.1.rule.containers'],
  ])('%s → refused at %s', (_situation, change, field) => {
    const doc = base();
    change(doc);
    const result = CompetitionSetup.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('an accounting heat needs no crane; a one-rule setup is one discipline with id placement, weight 1', () => {
    expect(triathlon().heats.find((h) => h.id === 'a1')!.craneId).toBeUndefined();
    const log = new EventLog(triathlon());
    expect(log.state.heats.a1).toMatchObject({ disciplineId: 'acc', craneId: null });
  });
});

describe('transshipment: net time and points', () => {
  // Each row: elapsed seconds, moves (penalties each), and the expected net time and points.
  it.each<[string, number, string[][], number, number]>([
    // 280 s, 4 moves, no penalty → 280 ≤ par 300 → 100 points
    ['all four moved inside par', 280, [[], [], [], []], 280, 100],
    // 320 + 30 (twistlock) = 350 → 50 s over par × 0.5 = 25 lost → 75
    ['a twistlock penalty', 320, [['twistlock'], [], [], []], 350, 75],
    // 300 + 2 missing × 100 = 500 → 200 over × 0.5 = 100 lost → 0
    ['two containers never moved', 300, [[], []], 500, 0],
    // 250 + 60 + 30 + 1 missing × 100 = 440 → 140 over × 0.5 = 70 lost → 30
    ['damage, twistlock and one missing', 250, [['damage', 'twistlock'], [], []], 440, 30],
  ])('%s', (_situation, elapsedS, moves, netTimeS, points) => {
    const log = new EventLog(triathlon()).start('t1', 0);
    moves.forEach((penalties, i) => move(log, 't1', i + 1, penalties));
    log.finish('t1', elapsedS);
    expect(transfer(log).find((o) => o.operatorId === 'a-1')).toMatchObject({ netTimeS, points, containersMoved: moves.length });
  });

  it('a voided move counts as missing; equal net times share a rank; none finished → last with 0 points', () => {
    const log = new EventLog(triathlon());
    // a-1: 4 moves in 400 s, one voided → 3 counted: 400 + 1 missing × 100 = 500 → 200 over par × 0.5 = 100 lost → 0
    log.start('t1', 0);
    for (let i = 1; i <= 4; i++) move(log, 't1', i);
    log.append({ type: 'lift.voided', data: { id: 'v1', liftId: 't1-4', reason: 'crane fault' } });
    log.finish('t1', 400);
    // a-2: 4 moves in 450 s, one twistlock → 450 + 30 = 480
    log.start('t2', 0);
    for (let i = 1; i <= 4; i++) move(log, 't2', i, i === 1 ? ['twistlock'] : []);
    log.finish('t2', 450);
    const rows = transfer(log).map((o) => [o.rank, o.operatorId, o.netTimeS, o.points]);
    // a-2: 480 → 180 over → 90 lost → 10 points; a-1: 500 → 0 points; b-1 never started → null, last, 0
    expect(rows).toEqual([
      [1, 'a-2', 480, 10],
      [2, 'a-1', 500, 0],
      [3, 'b-1', null, 0],
    ]);
    log.start('t3', 0);
    for (let i = 1; i <= 3; i++) move(log, 't3', i);
    log.finish('t3', 400);
    // b-1: 400 + 1 missing × 100 = 500 = a-1 → both rank 2
    expect(transfer(log).map((o) => [o.rank, o.operatorId, o.netTimeS])).toEqual([
      [1, 'a-2', 480],
      [2, 'a-1', 500],
      [2, 'b-1', 500],
    ]);
  });

  it('a move beyond the containers, an unknown penalty or a lift to an accounting heat is refused naming the field', () => {
    const log = new EventLog(triathlon()).start('t1', 0).start('a1', 0);
    const refused = (body: Record<string, unknown>) => {
      try {
        decideLift(log.state, REFEREE, { id: 'x', containerNo: containerNo(9), penalties: [], ...body } as never);
      } catch (error) {
        return [(error as AppError).status, (error as AppError).field];
      }
      return 'accepted';
    };
    expect(refused({ heatId: 't1', index: 5 })).toEqual([400, 'index']); // containers 4
    expect(refused({ heatId: 't1', index: 1, penalties: ['collision'] })).toEqual([400, 'penalties']); // a placement penalty
    expect(refused({ heatId: 'a1', index: 1 })).toEqual([400, 'heatId']);
    expect(refused({ heatId: 't1', index: 4 })).toBe('accepted');
  });
});

describe('accounting: marks and score', () => {
  it.each<[string, { value?: number; points?: number }, string, number]>([
    ['t1 inside the tolerance: |100.4 − 100| = 0.4 ≤ 0.5 → 30', { value: 100.4 }, 't1', 30],
    ['t1 on the tolerance: |99.5 − 100| = 0.5 → 30', { value: 99.5 }, 't1', 30],
    ['t1 outside the tolerance: |100.6 − 100| = 0.6 > 0.5 → 0', { value: 100.6 }, 't1', 0],
    ['t2 has no tolerance: 7 → 20', { value: 7 }, 't2', 20],
    ['t2 has no tolerance: 7.01 → 0', { value: 7.01 }, 't2', 0],
    ["t3 is the examiner's: 35 of 50 → 35", { points: 35 }, 't3', 35],
  ])('%s', (_situation, given, taskId, points) => {
    const log = new EventLog(triathlon()).start('a1', 0);
    answer(log, 'a1', taskId, given);
    expect(log.state.answers[`a1#${taskId}`]!.points).toBe(points);
  });

  it('score = 100 × Σ points / Σ maxPoints; a correction changes the mark; ties on score go to the faster', () => {
    const log = new EventLog(triathlon()).start('a1', 0).start('a2', 0).start('a3', 0);
    // a-1: t1 100.2 → 30, t2 8 → 0, t3 40 → 70 of 100 → 70
    answer(log, 'a1', 't1', { value: 100.2 });
    answer(log, 'a1', 't2', { value: 8 });
    answer(log, 'a1', 't3', { points: 40 });
    // a-2: t1 100 → 30, t2 7 → 20, t3 20 → 70; finished sooner (1000 s) than a-1 (1200 s) → ranked above
    answer(log, 'a2', 't1', { value: 100 });
    answer(log, 'a2', 't2', { value: 7 });
    answer(log, 'a2', 't3', { points: 20 });
    log.finish('a1', 1200).finish('a2', 1000);
    expect(accounting(log).map((o) => [o.rank, o.operatorId, o.score, o.tasksAnswered, o.completionTimeS])).toEqual([
      [1, 'a-2', 70, 3, 1000],
      [2, 'a-1', 70, 3, 1200],
      [3, 'b-1', 0, 0, null],
    ]);
    // The examiner recounts a-1's t2: 7 → 20 more → 90
    log.decide((s) => decideAnswerCorrection(s, 'a1-t2', { id: 'fix', value: 7, reason: 'misread digit' }), ADMIN);
    expect(accounting(log)[0]).toMatchObject({ rank: 1, operatorId: 'a-1', score: 90 });
    expect(log.state.answers['a1#t2']!.history.map((h) => h.kind)).toEqual(['answer', 'correction']);
  });

  it.each<[string, Record<string, unknown>, number, string | undefined]>([
    ['an unknown task', { taskId: 't9', value: 1 }, 400, 'taskId'],
    ['a mark above maxPoints', { taskId: 't3', points: 51 }, 400, 'points'],
    ['points for a keyed task', { taskId: 't1', points: 30 }, 400, 'points'],
    ['a value for the examiner task', { taskId: 't3', value: 3 }, 400, 'value'],
    ['an answer to a transfer heat', { heatId: 't1', taskId: 't1', value: 100 }, 400, 'heatId'],
    ['a second answer for the same task', { taskId: 't1', value: 5, id: 'again' }, 409, undefined],
  ])('%s → %i', (_situation, body, status, field) => {
    const log = new EventLog(triathlon()).start('a1', 0).start('t1', 0);
    answer(log, 'a1', 't1', { value: 100 });
    try {
      decideAnswer(log.state, { id: 'new', heatId: 'a1', ...body } as never);
      expect.unreachable();
    } catch (error) {
      expect([(error as AppError).status, (error as AppError).field]).toEqual([status, field]);
    }
  });
});

describe('overall', () => {
  it('Σ weight × points / Σ weight; a discipline with no result counts 0; equal → shared; teams are means', () => {
    const log = new EventLog(triathlon());
    // Placement: a-1 two lifts on the slot → 100; a-2 one lift on the slot → 50; b-1 nothing → 0
    log.start('p1', 0).lift('p1', 1, { dxMm: 0, dyMm: 0 }).lift('p1', 2, { dxMm: 0, dyMm: 0 });
    log.start('p2', 0).lift('p2', 1, { dxMm: 0, dyMm: 0 });
    // Transfer: a-2 four moves in 280 s → 100; a-1 and b-1 none finished → 0
    log.start('t2', 0);
    for (let i = 1; i <= 4; i++) move(log, 't2', i);
    log.finish('t2', 280);
    // Accounting: b-1 everything right → 100
    log.start('a3', 0);
    answer(log, 'a3', 't1', { value: 100 });
    answer(log, 'a3', 't2', { value: 7 });
    answer(log, 'a3', 't3', { points: 50 });
    const { operators, teams } = roundStandings(computeStandings(log.state));
    // a-1: (50×100 + 30×0 + 20×0) / 100 = 50; a-2: (50×50 + 30×100) / 100 = 55; b-1: (20×100) / 100 = 20
    expect(operators.map((o) => [o.rank, o.operatorId, o.score, o.disciplines])).toEqual([
      [1, 'a-2', 55, { placement: 50, transfer: 100, acc: 0 }],
      [2, 'a-1', 50, { placement: 100, transfer: 0, acc: 0 }],
      [3, 'b-1', 20, { placement: 0, transfer: 0, acc: 100 }],
    ]);
    // A: (55 + 50) / 2 = 52.5; B: 20
    expect(teams).toEqual([
      { rank: 1, teamId: 'A', score: 52.5 },
      { rank: 2, teamId: 'B', score: 20 },
    ]);
  });

  it('equal overall scores share a rank', () => {
    // x: 100 and 0, y: 0 and 100, z: 50 and 50
    const results = new Map([
      ['d1', [{ operatorId: 'x', teamId: 'A', score: 100 }, { operatorId: 'y', teamId: 'A', score: 0 }, { operatorId: 'z', teamId: 'B', score: 50 }]],
      ['d2', [{ operatorId: 'x', teamId: 'A', score: 0 }, { operatorId: 'y', teamId: 'A', score: 100 }, { operatorId: 'z', teamId: 'B', score: 50 }]],
    ]);
    // Weights 1 and 1: x = (100 + 0) / 2 = 50, y = (0 + 100) / 2 = 50, z = (50 + 50) / 2 = 50
    const overall = overallResults(
      [{ id: 'x', teamId: 'A' }, { id: 'y', teamId: 'A' }, { id: 'z', teamId: 'B' }],
      [{ id: 'd1', weight: 1 }, { id: 'd2', weight: 1 }],
      results,
    );
    expect(rankOverall(overall).map((o) => [o.rank, o.operatorId, o.score])).toEqual([
      [1, 'x', 50],
      [1, 'y', 50],
      [1, 'z', 50],
    ]);
  });
});

it('a one-rule competition ranks exactly as before: the overall rows are the discipline rows', () => {
  const log = new EventLog(CompetitionSetup.parse({ ...triathlon(), disciplines: undefined, rule: {}, heats: [{ id: 'h1', operatorId: 'a-1', craneId: 'c' }] }));
  log.start('h1', 0).lift('h1', 1, { dxMm: 30, dyMm: 40 }).finish('h1', 600);
  const standings = computeStandings(log.state);
  // 50 mm → 100 − 40 × 0.5 = 80, over 10 lifts → 8
  expect(standings.operators[0]).toMatchObject({ operatorId: 'a-1', score: 8, meanDeviationMm: 50, liftsCounted: 1, disciplines: { placement: 8 } });
  const { points: _points, ...discipline } = standings.disciplines[0]!.operators[0]!;
  const { disciplines: _map, ...overall } = standings.operators[0]!;
  expect(overall).toEqual(discipline);
});
