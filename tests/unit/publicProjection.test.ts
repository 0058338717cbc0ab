// What an anonymous reader may see, as the rulebook reads it: while the board is frozen a lift
// is a fact ("cn-1 made lift 2"), not a value; staff see everything; a reveal shows it all.
import { describe, expect, it } from 'vitest';
import { decideFreeze, decideReveal } from '../../shared/decide.ts';
import type { NewEvent } from '../../shared/events.ts';
import { foldPublic } from '../../shared/public/publicFold.ts';
import { isWithheldCopy, publicEvents } from '../../shared/public/publicEvent.ts';
import { verifyPublicChain } from '../../shared/public/publicChain.ts';
import { needsSalt } from '../../shared/public/withheld.ts';
import { computeStandings } from '../../shared/scoring/standings.ts';
import { ADMIN, EventLog, smallSetup } from './eventFactory.ts';

const scoreOf = (state: Parameters<typeof computeStandings>[0] | null, operatorId: string) =>
  computeStandings(state!).operators.find((o) => o.operatorId === operatorId)?.score;

/** seq 1 created, 2 h1 started, 3 lift h1#1 (dev 0 → 100), 4 frozen, then what each case adds. */
const frozenLog = () => new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 0, dyMm: 0 }).decide(decideFreeze, ADMIN);

describe('public copy of each event while frozen', () => {
  const rows: [situation: string, add: (log: EventLog) => EventLog, withheld: boolean][] = [
    ['a new lift', (l) => l.lift('h1', 2, { dxMm: 31, dyMm: -4, penalties: ['collision'] }), true],
    ['a station reading', (l) => l.lift('h1', 2, { dxMm: 3, dyMm: 1 }, 'station'), true],
    ['a correction of a lift made before the freeze', (l) => l.correct('referee-h1-1', { dxMm: 40 }), true],
    ['a void of a lift made before the freeze', (l) => l.void('referee-h1-1'), true],
    ['a heat starting', (l) => l.start('h2'), false],
    ['a heat finishing', (l) => l.finish('h1', 600), false],
  ];
  it.each(rows)('%s', (_situation, add, withheld) => {
    const log = add(frozenLog());
    const last = publicEvents(log.state, log.events).at(-1)!;
    expect(isWithheldCopy(last)).toBe(withheld);
    if (withheld) {
      const text = JSON.stringify(last);
      // Neither the value nor the lift's client id (its secret) leaves the server.
      for (const secret of ['dxMm', 'dyMm', 'penalties', 'collision', 'referee-h1', 'station-h1', 'reason']) expect(text).not.toContain(secret);
      expect(last.hash).toBe(log.events.at(-1)!.hash);
    }
  });

  it('events before the freeze stay as they were', () => {
    const log = frozenLog().lift('h1', 2, { dxMm: 5, dyMm: 5 });
    const copies = publicEvents(log.state, log.events);
    expect(copies.slice(0, 4)).toEqual(log.events.slice(0, 4));
  });

  it('after the reveal nothing is withheld, and the log is the log', () => {
    const log = frozenLog().lift('h1', 2, { dxMm: 5, dyMm: 5 }).decide(decideReveal, ADMIN);
    expect(publicEvents(log.state, log.events)).toEqual(log.events);
  });
});

describe('the public state', () => {
  it('counts withheld lifts per heat but keeps the score of the freeze', () => {
    // cn-1 before the freeze: 100 / 10 lifts = 10. Two lifts after it (100 each) would make 30.
    const log = frozenLog().lift('h1', 2, { dxMm: 0, dyMm: 0 }).lift('h1', 3, { dxMm: 0, dyMm: 0 });
    const shown = foldPublic(publicEvents(log.state, log.events));
    expect(scoreOf(shown, 'cn-1')).toBe(10);
    expect(scoreOf(log.state, 'cn-1')).toBe(30);
    expect(shown?.withheldLifts).toEqual({ h1: 2 });
    expect(shown?.lastSeq).toBe(log.state.lastSeq);
    expect(shown?.lastHash).toBe(log.state.lastHash);
  });

  it('a heat that finishes while frozen is finished for the public too', () => {
    const log = frozenLog().lift('h1', 2, { dxMm: 0, dyMm: 0 }).finish('h1', 600);
    expect(foldPublic(publicEvents(log.state, log.events))?.heats.h1?.status).toBe('finished');
  });

  it('folding event by event gives the same public state as the whole log at once', () => {
    const log = frozenLog().lift('h1', 2, { dxMm: 9, dyMm: 1 }).start('h3').lift('h3', 1, { dxMm: 2, dyMm: 2 });
    const copies = publicEvents(log.state, log.events);
    let stepwise = null as ReturnType<typeof foldPublic>;
    for (const copy of copies) stepwise = foldPublic([copy], stepwise);
    expect(stepwise).toEqual(foldPublic(copies));
  });
});

describe('the public chain', () => {
  it('verifies through withheld events by their published hash, and the reveal verifies all', () => {
    const log = frozenLog().lift('h1', 2, { dxMm: 9, dyMm: 1 }).finish('h1', 600);
    expect(verifyPublicChain(publicEvents(log.state, log.events))).toEqual({ ok: true, lastHash: log.state.lastHash, withheld: 1 });
    log.decide(decideReveal, ADMIN);
    expect(verifyPublicChain(publicEvents(log.state, log.events))).toEqual({ ok: true, lastHash: log.state.lastHash, withheld: 0 });
  });

  it('a changed value after the freeze breaks the chain at that event once revealed', () => {
    const log = frozenLog().lift('h1', 2, { dxMm: 9, dyMm: 1 }).decide(decideReveal, ADMIN);
    const forged = log.events.map((e) => (e.seq === 5 && e.type === 'lift.recorded' ? { ...e, data: { lift: { ...e.data.lift, dxMm: 0 } } } : e));
    expect(verifyPublicChain(forged)).toEqual({ ok: false, seq: 5, reason: 'hash mismatch' });
  });

  it('a gap is refused', () => {
    const log = frozenLog();
    expect(verifyPublicChain(log.events.filter((e) => e.seq !== 2))).toMatchObject({ ok: false, seq: 3 });
  });
});

describe('which new events need a salt', () => {
  const rows: [situation: string, frozen: boolean, type: 'lift.recorded' | 'lift.corrected' | 'heat.started', salt: boolean][] = [
    ['a lift while frozen', true, 'lift.recorded', true],
    ['a correction while frozen', true, 'lift.corrected', true],
    ['a heat start while frozen', true, 'heat.started', false],
    ['a lift on a live board', false, 'lift.recorded', false],
  ];
  it.each(rows)('%s', (_situation, frozen, type, salt) => {
    const state = (frozen ? frozenLog() : new EventLog(smallSetup())).state;
    expect(needsSalt(state, { type, data: {} } as NewEvent)).toBe(salt);
  });
});
