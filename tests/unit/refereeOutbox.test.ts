import { describe, expect, it } from 'vitest';
import { nextBatch, outcomeOf, retryDelayMs } from '../../client/outbox/policy.ts';
import { heatView, refusedButDone, seenIn } from '../../client/referee/heatView.ts';
import { nextSlot } from '../../client/referee/slots.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { EventLog, smallSetup } from './eventFactory.ts';
import { correctionEntry, heatEntry, liftEntry, voidEntry } from './outboxEntries.ts';

describe('what the outbox does with an answer', () => {
  it.each([
    [201, 'acked'],
    [200, 'acked'], // a retry the server recognised: same id, same body
    [401, 'reauth'], // session over: log in again, keep the entry
    [408, 'retry'],
    [429, 'retry'],
    [400, 'rejected'], // the server's final word: show it, do not retry forever
    [409, 'rejected'],
    [423, 'rejected'],
    [500, 'retry'],
    [503, 'retry'],
    ['network', 'retry'],
  ] as const)('%s → %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });

  it('backs off exponentially with jitter, capped at 30 s', () => {
    // attempt 1: 500 ms ceiling → 250..500; attempt 4: 4 s → 2..4 s; attempt 20: 30 s cap → 15..30 s
    expect([retryDelayMs(1, 0), retryDelayMs(1, 1)]).toEqual([250, 500]);
    expect([retryDelayMs(4, 0), retryDelayMs(4, 1)]).toEqual([2000, 4000]);
    expect([retryDelayMs(20, 0), retryDelayMs(20, 1)]).toEqual([15_000, 30_000]);
  });
});

describe('what the outbox sends next (oldest first; up to 4 readings at once, any other act alone)', () => {
  const r = (n: number, state: 'pending' | 'rejected' = 'pending') => liftEntry(`l${n}`, { heatId: 'h1', index: n }, state);
  it.each([
    ['nothing queued', [], []],
    ['five readings queued offline: four go at once, the fifth after them', [r(1), r(2), r(3), r(4), r(5)], ['l1', 'l2', 'l3', 'l4']],
    ['a start queued before readings goes alone, so no reading overtakes it', [heatEntry('s', 'h1', 'start'), r(1), r(2)], ['s']],
    ['readings then a correction: the readings go, the correction waits for them', [r(1), r(2), correctionEntry('c1', 'l1', { dxMm: 0 }), r(3)], ['l1', 'l2']],
    ['a correction at the head goes alone', [correctionEntry('c1', 'l1', { dxMm: 0 }), r(2)], ['c1']],
    ['a void at the head goes alone', [voidEntry('v1', 'l1'), r(2)], ['v1']],
    ['a rejected reading waits for the referee and holds back nothing', [r(1, 'rejected'), r(2), r(3)], ['l2', 'l3']],
    ['only rejected readings: nothing to send', [r(1, 'rejected'), r(2, 'rejected')], []],
  ] as const)('%s', (_situation, entries, ids) => {
    expect(nextBatch(entries).map((e) => e.id)).toEqual(ids);
  });
});

describe('the next slot proposed', () => {
  it.each([
    ['B-07', 'B-08'],
    ['A9', 'A10'],
    ['R2-099', 'R2-100'],
    ['dock', 'dock'],
    [undefined, ''],
  ])('after %s comes %s', (last, next) => expect(nextSlot(last)).toBe(next));
});

describe("the referee's view of a heat: server state with the tablet's unsent writes laid over it", () => {
  const base = (): CompetitionState => new EventLog(smallSetup()).state;
  const heatId = (_state: CompetitionState) => 'h1';

  it('shows a heat started offline as running, and lifts waiting in the outbox with the next index after them', () => {
    const state = base();
    const h = heatId(state);
    const entries = [
      heatEntry('s', h, 'start', '2025-07-20T02:00:00.000Z'),
      liftEntry('l1', { heatId: h, index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 }),
      liftEntry('l2', { heatId: h, index: 2, containerNo: 'CSQU3054383', dxMm: 0, dyMm: 0 }),
    ];
    const view = heatView(state, h, entries, [])!;
    expect(view.heat).toMatchObject({ status: 'running', startedAt: '2025-07-20T02:00:00.000Z' });
    // dx 30, dy 40 → 50 mm → 100 − 40 × 0.5 = 80
    expect(view.rows.map((r) => [r.index, r.score])).toEqual([[1, 80], [2, 100]]);
    expect(view.nextIndex).toBe(3);
    expect(seenIn(state, entries[0]!)).toBe(false);
  });

  it('applies a pending correction to a pending lift, and ignores a rejected lift when proposing the next index', () => {
    const state = base();
    const h = heatId(state);
    const entries = [
      liftEntry('l1', { heatId: h, index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 }),
      correctionEntry('c1', 'l1', { dxMm: 0, dyMm: 0 }),
      liftEntry('l2', { heatId: h, index: 2, containerNo: 'CSQU3054383', dxMm: 0, dyMm: 0 }, 'rejected'),
    ];
    const view = heatView(state, h, entries, [])!;
    expect(view.rows.map((r) => [r.index, r.score, r.outbox.length])).toEqual([[1, 100, 2], [2, 0, 1]]);
    expect(view.nextIndex).toBe(2);
  });
});

describe('when the outbox may forget an acknowledged write', () => {
  it('once the state holds its event', () => {
    const log = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'referee', 'l1');
    expect(seenIn(log.state, liftEntry('l1', { heatId: 'h1', index: 1 }, 'acked'))).toBe(true);
    expect(seenIn(log.state, liftEntry('l2', { heatId: 'h1', index: 2 }, 'acked'))).toBe(false);
    expect(seenIn(log.state, heatEntry('s', 'h1', 'start', undefined, 'acked'))).toBe(true);
    expect(seenIn(log.state, heatEntry('f', 'h1', 'finish', undefined, 'acked'))).toBe(false);
  });
});

describe('a refused heat action that happened anyway', () => {
  it('is dropped when the heat is already where it asked to go (another tablet confirmed first), kept otherwise', () => {
    const state = new EventLog(smallSetup()).start('h1').finish('h1', 600).confirm('h1').start('h2').state;
    expect(refusedButDone(state, heatEntry('c1', 'h1', 'confirm', undefined, 'rejected'))).toBe(true); // 423: h1 is confirmed, as asked
    expect(refusedButDone(state, heatEntry('f1', 'h1', 'finish', undefined, 'rejected'))).toBe(true); // 423: h1 is past finished
    expect(refusedButDone(state, heatEntry('f2', 'h2', 'finish', undefined, 'rejected'))).toBe(false); // refused for another reason: h2 still runs
    expect(refusedButDone(state, heatEntry('c2', 'h1', 'confirm', undefined, 'pending'))).toBe(false); // not refused
    expect(refusedButDone(state, liftEntry('l', { heatId: 'h1', index: 1 }, 'rejected'))).toBe(false); // a lift's refusal stays on its lift
  });
});
