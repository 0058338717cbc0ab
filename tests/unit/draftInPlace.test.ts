import { describe, expect, it } from 'vitest';
import { applyToDraft, fold, rollBack, stableCopy, startDraftInPlace } from '../../shared/reducer.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

// The server's write path folds each group commit into the current state's own maps (copying
// them per commit grew with the competition) and undoes those writes when the commit fails.
// It must end where the copying fold ends, and a roll-back must leave nothing behind.

const played = () =>
  new EventLog(smallSetup())
    .start('h1')
    .start('h3')
    .lift('h1', 1, { dxMm: 0, dyMm: 0 })
    .lift('h1', 2, { dxMm: 12, dyMm: -5 }, 'station')
    .lift('h3', 1, { dxMm: 30, dyMm: 40 })
    .correct('referee-h1-1', { dxMm: 3, dyMm: 4 })
    .lift('h1', 3, { dxMm: 0, dyMm: 0, dropped: true });

const json = (state: CompetitionState | null) => JSON.parse(JSON.stringify(state)) as unknown;

describe('a draft in place', () => {
  it('ends at the state the copying fold gives, commit by commit', () => {
    const { events } = played();
    for (const split of [1, 3, 5, events.length]) {
      let state = fold(events.slice(0, split)) as CompetitionState;
      // Commits of two events each, as the group commit makes them.
      for (let at = split; at < events.length; at += 2) {
        const draft = startDraftInPlace(state);
        for (const event of events.slice(at, at + 2)) applyToDraft(draft, event);
        state = draft.state;
      }
      expect(json(state), `split at ${split}`).toEqual(json(fold(events)));
    }
  });

  it('rolled back, leaves the state it started from as it was: maps, lifts and ids', () => {
    const { events } = played();
    const state = fold(events.slice(0, 4)) as CompetitionState;
    const before = json(state);
    const draft = startDraftInPlace(state);
    for (const event of events.slice(4)) applyToDraft(draft, event);
    expect(Object.keys(state.lifts)).toContain('h3#1'); // written in place: the state it started from sees it
    rollBack(draft);
    expect(json(state)).toEqual(before);
    expect(Object.keys(state.liftKeyById).sort()).toEqual(Object.keys(fold(events.slice(0, 4))!.liftKeyById).sort());
  });

  it('does not reach a stable copy taken before it', () => {
    const { events } = played();
    const state = fold(events.slice(0, 4)) as CompetitionState;
    const copy = stableCopy(state);
    const before = json(copy);
    const draft = startDraftInPlace(state);
    for (const event of events.slice(4)) applyToDraft(draft, event);
    expect(json(copy)).toEqual(before);
  });
});
