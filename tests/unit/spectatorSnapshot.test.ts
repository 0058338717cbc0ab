import { describe, expect, it } from 'vitest';
import { spectatorSnapshot } from '../../shared/public/spectatorSnapshot.ts';
import { fold } from '../../shared/reducer.ts';
import { computeStandings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

// A spectator's snapshot drops each lift's history; everything a board draws must come out the
// same, also after later events (a correction, a void, a second reading) fold onto it.
describe('spectatorSnapshot', () => {
  const log = new EventLog(smallSetup({ rule: { liftsPerHeat: 3 } }))
    .start('h1')
    .lift('h1', 1, { dxMm: 4, dyMm: 3 }, 'station', 'st-h1-1')
    .lift('h1', 2, { dxMm: 30, dyMm: 0 })
    .lift('h1', 3, { dxMm: 0, dyMm: 0 });
  const cut = log.events.length;
  log
    .lift('h1', 1, { dxMm: 1, dyMm: 0 }) // the referee reads a lift the station read
    .correct('referee-h1-2', { dxMm: 12 })
    .void('referee-h1-3');

  const full = fold(log.events) as CompetitionState;
  const before = fold(log.events.slice(0, cut)) as CompetitionState;
  const light = spectatorSnapshot(before);
  const continued = fold(log.events.slice(cut), light) as CompetitionState;
  const withoutHistory = (state: CompetitionState) => Object.values(state.lifts).map(({ history: _history, ...rest }) => rest);

  it('carries no history, and leaves the state it copies untouched', () => {
    expect(Object.values(light.lifts).map((l) => l.history)).toEqual([[], [], []]);
    expect(Object.values(before.lifts).map((l) => l.history.length)).toEqual([1, 1, 1]);
  });

  it('folds on to the same lifts and standings as the full state, histories aside', () => {
    expect(withoutHistory(continued)).toEqual(withoutHistory(full));
    expect(computeStandings(continued)).toEqual(computeStandings(full));
    // Only what came after the snapshot is in the history: h1#1's referee reading, h1#2's correction, h1#3's void.
    expect(Object.values(continued.lifts).map((l) => l.history.map((h) => h.kind))).toEqual([['reading'], ['correction'], ['void']]);
  });

  it('is made once per state and seq', () => {
    expect(spectatorSnapshot(before)).toBe(light);
    expect(spectatorSnapshot(full)).not.toBe(light);
  });
});
