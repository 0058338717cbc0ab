// Freeze/reveal as the rulebook reads it: public screens hold the standings of the moment
// of the freeze, staff screens stay live, a reveal brings the public back to live.
import { describe, expect, it } from 'vitest';
import { foldBoth, fromSnapshot } from '../../client/live/publicFold.ts';
import { resultBadge } from '../../client/board/resultStatus.ts';
import { decideFreeze, decideReveal } from '../../shared/decide.ts';
import { decideProtest, decideProtestResolution } from '../../shared/decideAdmin.ts';
import { computeStandings } from '../../shared/scoring/standings.ts';
import { publicEvents } from '../../shared/public/publicEvent.ts';
import { ADMIN, EventLog, smallSetup } from './eventFactory.ts';

const scoreOf = (state: Parameters<typeof computeStandings>[0] | null, operatorId: string) =>
  computeStandings(state!).operators.find((o) => o.operatorId === operatorId)?.score;

describe('board freeze', () => {
  it('a lift after the freeze counts live but not on public screens, until the reveal', () => {
    const log = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 0, dyMm: 0 }); // cn-1: 100 / 10 = 10
    log.decide(decideFreeze, ADMIN);
    const frozenAt = log.events.length;
    log.lift('h1', 2, { dxMm: 0, dyMm: 0 }); // cn-1 live: 200 / 10 = 20

    const folded = foldBoth({ live: null, public: null }, log.events);
    expect(folded.live?.frozenAtSeq).toBe(frozenAt);
    expect(scoreOf(folded.live, 'cn-1')).toBe(20);
    expect(scoreOf(folded.public, 'cn-1')).toBe(10);
    expect(folded.public?.lastSeq).toBe(frozenAt);

    log.decide(decideReveal, ADMIN);
    const revealed = foldBoth(folded, log.events.slice(-1));
    expect(revealed.public).toBe(revealed.live);
    expect(scoreOf(revealed.public, 'cn-1')).toBe(20);
  });

  it('folding event by event gives the same public state as folding the whole log', () => {
    const log = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 30, dyMm: 40 });
    log.decide(decideFreeze, ADMIN).lift('h1', 2, { dxMm: 0, dyMm: 0 });
    let stepwise = { live: null, public: null } as ReturnType<typeof foldBoth>;
    for (const event of log.events) stepwise = foldBoth(stepwise, [event]);
    expect(stepwise.public).toEqual(foldBoth({ live: null, public: null }, log.events).public);
  });

  it('a snapshot taken while frozen does not tell what the public saw', () => {
    const log = new EventLog(smallSetup()).start('h1');
    log.decide(decideFreeze, ADMIN);
    expect(fromSnapshot(log.state).public).toBeNull();
  });

  it('freezing twice, or revealing a live board, is refused', () => {
    const log = new EventLog(smallSetup());
    expect(() => decideReveal(log.state)).toThrow(/not frozen/);
    log.decide(decideFreeze, ADMIN);
    expect(() => decideFreeze(log.state)).toThrow(/already frozen/);
  });
});

describe('result badge', () => {
  // Every heat confirmed at T0 + n s; protest window 30 min.
  const provisional = () => {
    const log = new EventLog(smallSetup({ rule: { protestWindowMin: 30 } }));
    for (const h of ['h1', 'h2', 'h3', 'h4']) log.start(h).finish(h, 60).confirm(h);
    return log.state;
  };
  it('reads "under protest" while the window is open, then "provisional"', () => {
    const state = provisional();
    const opened = Date.parse(state.provisionalAt!);
    expect(resultBadge(state, opened + 29 * 60_000)).toBe('underProtest');
    expect(resultBadge(state, opened + 30 * 60_000)).toBe('provisional');
  });
  it('a protest lodged in the window keeps "under protest" after the window closes, until it is resolved', () => {
    const log = new EventLog(smallSetup({ rule: { protestWindowMin: 30 } }));
    for (const h of ['h1', 'h2', 'h3', 'h4']) log.start(h).finish(h, 60).confirm(h);
    const opened = Date.parse(log.state.provisionalAt!);
    log.decide((state) => decideProtest(state, { id: 'p1', heatId: 'h1', reason: 'slot misread' }, new Date(opened + 60_000).toISOString()), ADMIN);
    expect(resultBadge(log.state, opened + 31 * 60_000)).toBe('underProtest');
    log.decide((state) => decideProtestResolution(state, 'p1', { id: 'r1', decision: 'dismissed' }), ADMIN);
    expect(resultBadge(log.state, opened + 31 * 60_000)).toBe('provisional');
  });
  it('with no protest window, results are simply provisional', () => {
    const log = new EventLog(smallSetup({ rule: { protestWindowMin: 0 } }));
    for (const h of ['h1', 'h2', 'h3', 'h4']) log.start(h).finish(h, 60).confirm(h);
    expect(resultBadge(log.state, Date.parse(log.state.provisionalAt!))).toBe('provisional');
  });
});

describe('an anonymous screen at the reveal', () => {
  // seq 1 created, 2 h1 started, 3 lift (100), 4 frozen, 5 lift (100, withheld for the public), 6 revealed.
  const publicLog = () => {
    const log = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 0, dyMm: 0 });
    log.decide(decideFreeze, ADMIN).lift('h1', 2, { dxMm: 0, dyMm: 0 });
    const frozenCopies = publicEvents(log.state, log.events);
    log.decide(decideReveal, ADMIN);
    return [...frozenCopies, log.events.at(-1)!];
  };
  const rows: [situation: string, batches: number[][]][] = [
    ['withheld copies and the reveal arrive in separate batches', [[0, 5], [5, 6]]],
    ['a withheld copy and the reveal arrive in one batch', [[0, 4], [4, 6]]],
    ['the whole log in one batch', [[0, 6]]],
  ];
  it.each(rows)('%s: goes back to the freeze (seq 4) to fetch the values', (_situation, batches) => {
    const copies = publicLog();
    let folded: ReturnType<typeof foldBoth> = { live: null, public: null };
    for (const [from, to] of batches) folded = foldBoth(folded, copies.slice(from, to));
    expect(folded.resyncFrom).toBe(4);
    expect(folded.live?.lastSeq).toBe(4);
    expect(scoreOf(folded.public, 'cn-1')).toBe(10); // the freeze's standings until the values arrive
  });
});
