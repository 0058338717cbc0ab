import { describe, expect, it } from 'vitest';
import { whatItTakes, type Need, type NeedKind } from '../../shared/announcer/whatItTakes.ts';
import type { OperatorStanding, Standings } from '../../shared/scoring/standings.ts';

// Standings as computeStandings gives them (exact values). An operator row: id (its team is
// the prefix, cn-1 → CN), score, lifts counted, lifts required (10 a heat).
const op = (operatorId: string, score: number, liftsCounted: number, liftsRequired = 10): OperatorStanding => ({
  rank: 0, // whatItTakes reads scores, not ranks
  operatorId,
  teamId: operatorId.slice(0, 2).toUpperCase(),
  score,
  meanDeviationMm: null,
  liftsCounted,
  liftsRequired,
  penaltyPoints: 0,
  completionTimeS: null,
  disciplines: { placement: score },
});

/** Team score = mean operator score of the team's operators with heats, as the rule says. */
function standings(...operators: OperatorStanding[]): Standings {
  const teamIds = [...new Set(operators.map((o) => o.teamId))];
  const teams = teamIds.map((teamId) => {
    const members = operators.filter((o) => o.teamId === teamId && (o.liftsRequired ?? 0) > 0);
    return { rank: 0, teamId, score: members.length ? members.reduce((s, o) => s + o.score, 0) / members.length : 0 };
  });
  return { operators, teams, disciplines: [] };
}

type Expect = [kind: NeedKind, average: number | null];
const shape = (need: Need | null): Expect | null => (need ? [need.kind, need.averageLiftScore] : null);

describe('what it takes: average lift score needed on the remaining lifts (x > (T − S) × liftsRequired / remaining)', () => {
  it.each<[situation: string, board: Standings, operatorId: string, lead: Expect, podium: Expect, team: Expect | null]>([
    [
      // cn-1: one lift of 80 → 8.00, 9 left. Lead: kz-2 20 → (20 − 8) × 10 / 9 = 13.33.
      // Podium: the others by score 20, 10, 0 → third is 0 < 8 → reached.
      // Team: CN (8 + 10) / 2 = 9, KZ (20 + 0) / 2 = 10 → (10 − 9) × 2 × 10 / 9 = 2.22.
      'chasing the leader after one lift',
      standings(op('cn-1', 8, 1), op('cn-2', 10, 1), op('kz-1', 0, 0), op('kz-2', 20, 2)),
      'cn-1',
      ['needs', 120 / 9],
      ['reached', -80 / 9],
      ['needs', 20 / 9],
    ],
    [
      // kz-2 at 20 with 8 left; best other 10 → (10 − 20) × 10 / 8 = −12.5: already there.
      // Third other is 0 → (0 − 20) × 10 / 8 = −25. KZ 10 against CN 9 → (9 − 10) × 2 × 10 / 8 = −2.5.
      'already leading: even zeros on the rest keep the lead',
      standings(op('cn-1', 8, 1), op('cn-2', 10, 1), op('kz-1', 0, 0), op('kz-2', 20, 2)),
      'kz-2',
      ['reached', -12.5],
      ['reached', -25],
      ['reached', -2.5],
    ],
    [
      // Both at 10 after one perfect lift: level on score is not the lead (the tie-break is
      // deviation, then time), so any average above 0 takes it. Teams level too: 5 and 5.
      'level with the leader: needs more than 0',
      standings(op('cn-1', 10, 1), op('kz-1', 10, 1), op('cn-2', 0, 0), op('kz-2', 0, 0)),
      'cn-1',
      ['needs', 0],
      ['reached', -100 / 9],
      ['needs', 0],
    ],
    [
      // 5 lifts averaging 40 → 20, 5 left; leader 80 → (80 − 20) × 10 / 5 = 120 > 100.
      // Podium: others 80, 0, 0 → third 0 → (0 − 20) × 10 / 5 = −40.
      // Team: CN 20 (one operator), KZ (80 + 0 + 0) / 3 = 26.67 → (26.67 − 20) × 1 × 10 / 5 = 13.33.
      'sixty behind with five lifts left: out of reach',
      standings(op('cn-1', 20, 5), op('kz-1', 80, 10), op('kz-2', 0, 0), op('kz-3', 0, 0)),
      'cn-1',
      ['outOfReach', 120],
      ['reached', -40],
      ['needs', 40 / 3],
    ],
    [
      // (80 − 30) × 10 / 5 = 100: only a perfect run ties the score, which is no safe lead.
      // Just under: (80 − 30.5) × 10 / 5 = 99.
      'exactly 100 needed: only a tie, so out of reach',
      standings(op('cn-1', 30, 5), op('kz-1', 80, 10)),
      'cn-1',
      ['outOfReach', 100],
      ['reached', null], // fewer than three others: a podium place is certain
      ['outOfReach', 100], // the team duel is the same race: CN 30 vs KZ 80, one operator each
    ],
    [
      'just under 100 is still in reach',
      standings(op('cn-1', 30.5, 5), op('kz-1', 80, 10)),
      'cn-1',
      ['needs', 99],
      ['reached', null],
      ['needs', 99],
    ],
    [
      // 9 lifts done at 72, the last lift must beat (80 − 72) × 10 / 1 = 80.
      'the last lift decides',
      standings(op('cn-1', 72, 9), op('kz-1', 80, 10), op('kz-2', 60, 10), op('cn-2', 70, 10)),
      'cn-1',
      ['needs', 80],
      // others 80, 70, 60 → third 60 < 72 → (60 − 72) × 10 = −120
      ['reached', -120],
      // CN (72 + 70) / 2 = 71, KZ (80 + 60) / 2 = 70 → (70 − 71) × 2 × 10 = −20
      ['reached', -20],
    ],
    [
      'no lifts left and behind: out of reach, no average to ask for',
      standings(op('cn-1', 72, 10), op('kz-1', 80, 10)),
      'cn-1',
      ['outOfReach', null],
      ['reached', null],
      ['outOfReach', null],
    ],
    [
      // Two heats (20 lifts): 5 lifts of 80 → 400 / 20 = 20, 15 left; leader 50 →
      // (50 − 20) × 20 / 15 = 40. Team: CN 20, KZ 50 (one operator each) → the same 40.
      'two heats: the remaining lifts include the next heat',
      standings(op('cn-1', 20, 5, 20), op('kz-1', 50, 10)),
      'cn-1',
      ['needs', 40],
      ['reached', null],
      ['needs', 40],
    ],
    [
      // cn-2 has no heats: not in CN's mean, so CN = 8 (n = 1); KZ (20 + 10) / 2 = 15.
      // Team: (15 − 8) × 1 × 10 / 9 = 7.78; lead: (20 − 8) × 10 / 9 = 13.33;
      // podium: others 20, 10, 0 → third 0 → (0 − 8) × 10 / 9 = −8.89.
      'an operator without heats does not count in the team mean',
      standings(op('cn-1', 8, 1), op('cn-2', 0, 0, 0), op('kz-1', 20, 2), op('kz-2', 10, 1)),
      'cn-1',
      ['needs', 120 / 9],
      ['reached', -80 / 9],
      ['needs', 70 / 9],
    ],
    [
      // Third other at 50: (50 − 40) × 10 / 4 = 25 for the podium; lead (90 − 40) × 10 / 4 = 125.
      'podium in reach while the lead is not',
      standings(op('cn-1', 40, 6), op('cn-2', 90, 10), op('kz-1', 70, 10), op('kz-2', 50, 10)),
      'cn-1',
      ['outOfReach', 125],
      ['needs', 25],
      // CN (40 + 90) / 2 = 65, KZ (70 + 50) / 2 = 60 → (60 − 65) × 2 × 10 / 4 = −25
      ['reached', -25],
    ],
  ])('%s', (_situation, board, operatorId, lead, podium, team) => {
    const result = whatItTakes(board, operatorId);
    expect(result).not.toBeNull();
    const check = (got: Need | null, want: Expect | null) => {
      if (want === null) return expect(got).toBeNull();
      const [kind, average] = shape(got) as Expect;
      expect(kind).toBe(want[0]);
      if (want[1] === null) expect(average).toBeNull();
      else expect(average).toBeCloseTo(want[1], 9);
    };
    check(result?.lead ?? null, lead);
    check(result?.podium ?? null, podium);
    check(result?.teamLead ?? null, team);
  });

  it('names whom to pass: the leader, the third-best other, the best other team', () => {
    const result = whatItTakes(standings(op('cn-1', 8, 1), op('cn-2', 10, 1), op('kz-1', 0, 0), op('kz-2', 20, 2)), 'cn-1');
    expect(result?.lead.target).toEqual({ id: 'kz-2', score: 20 });
    expect(result?.podium.target).toEqual({ id: 'kz-1', score: 0 });
    expect(result?.teamLead?.target).toEqual({ id: 'KZ', score: 10 });
    expect(result?.remainingLifts).toBe(9);
  });

  it('has no team duel when the operator’s team is alone, and nothing for an unknown operator', () => {
    const solo = standings(op('cn-1', 8, 1), op('cn-2', 10, 1));
    expect(whatItTakes(solo, 'cn-1')?.teamLead).toBeNull();
    expect(whatItTakes(solo, 'kz-9')).toBeNull();
  });
});
