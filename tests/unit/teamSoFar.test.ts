import { describe, expect, it } from 'vitest';
import { teamAveragesSoFar, type TeamSoFar } from '../../shared/scoring/teamSoFar.ts';
import { computeStandings } from '../../shared/scoring/standings.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

// The duel's "so far" beside the final-rule team score. Default rule: full marks within 10 mm,
// 0.5 point per mm beyond, collision 20; dropped → 0; 10 lifts a heat.
// Teams: CN (cn-1 on h1, cn-2 on h2), KZ (kz-1 on h3, kz-2 on h4).

type Recording = (log: EventLog) => unknown;
const so = (teamId: string, score: number | null, operators: number, lifts: number): TeamSoFar => ({ teamId, score, operators, lifts });

describe('team average so far: each lifted operator’s mean lift score, averaged over the team’s lifted operators', () => {
  it.each<[situation: string, record: Recording, expected: TeamSoFar[]]>([
    ['before any lift: no average for either team', () => {}, [so('CN', null, 0, 0), so('KZ', null, 0, 0)]],
    [
      'cn-1 lifts 100 and 90 (30 mm: 100 − 20×0.5); cn-2 has not started and is not averaged in → CN 95',
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 2, { dxMm: 0, dyMm: 30 }),
      [so('CN', 95, 1, 2), so('KZ', null, 0, 0)],
    ],
    [
      'operators weigh the same however many lifts they have: cn-1 100, 90 (mean 95); cn-2 80 (50 mm) → (95 + 80) / 2 = 87.5',
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 2, { dxMm: 0, dyMm: 30 }).lift('h2', 1, { dxMm: 30, dyMm: 40 }),
      [so('CN', 87.5, 2, 3), so('KZ', null, 0, 0)],
    ],
    [
      'a dropped container counts 0, a collision 20 off: kz-1 dropped → 0; kz-2 centre with a collision → 80 → KZ 40',
      (l) => l.lift('h3', 1, { dxMm: 0, dyMm: 0, dropped: true }).lift('h4', 1, { dxMm: 0, dyMm: 0, penalties: ['collision'] }),
      [so('CN', null, 0, 0), so('KZ', 40, 2, 2)],
    ],
    [
      'a voided lift is not counted: kz-1 100 and a voided drop → 100',
      (l) => l.lift('h3', 1, { dxMm: 0, dyMm: 0 }).lift('h3', 2, { dxMm: 0, dyMm: 0, dropped: true }).void('referee-h3-2'),
      [so('CN', null, 0, 0), so('KZ', 100, 1, 1)],
    ],
    [
      'a correction counts as corrected: 80 (50 mm) corrected to 12 mm → 99',
      (l) => l.lift('h1', 1, { dxMm: 30, dyMm: 40 }).correct('referee-h1-1', { dxMm: 0, dyMm: 12 }),
      [so('CN', 99, 1, 1), so('KZ', null, 0, 0)],
    ],
  ])('%s', (_situation, record, expected) => {
    const log = new EventLog(smallSetup());
    record(log);
    expect(teamAveragesSoFar(log.state)).toEqual(expected);
  });

  it('the issue’s case: every lifted operator near 94, the final-rule team score far lower', () => {
    // Each of the four operators lands 3 lifts: 100, 94 (22 mm: 100 − 12×0.5), 88 (34 mm) → mean 94.
    // Final rule: 282 / 10 lifts = 28.2 per operator, so each team shows 28.20 — the so-far says 94.
    const log = new EventLog(smallSetup());
    for (const heat of ['h1', 'h2', 'h3', 'h4']) log.lift(heat, 1, { dxMm: 0, dyMm: 0 }).lift(heat, 2, { dxMm: 0, dyMm: 22 }).lift(heat, 3, { dxMm: 0, dyMm: 34 });
    expect(teamAveragesSoFar(log.state).map((t) => t.score)).toEqual([94, 94]);
    expect(computeStandings(log.state).teams.map((t) => t.score)).toEqual([28.2, 28.2]);
  });
});
