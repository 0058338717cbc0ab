import { describe, expect, it } from 'vitest';
import { outcomeOf, retryDelayMs } from '../../client/outbox/policy.ts';
import type { OutboxEntry } from '../../client/outbox/db.ts';
import { heatView, refusedButDone, seenIn } from '../../client/referee/heatView.ts';
import { nextSlot } from '../../client/referee/slots.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

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

describe('the next slot proposed', () => {
  it.each([
    ['B-07', 'B-08'],
    ['A9', 'A10'],
    ['R2-099', 'R2-100'],
    ['dock', 'dock'],
    [undefined, ''],
  ])('after %s comes %s', (last, next) => expect(nextSlot(last)).toBe(next));
});

const entry = (id: string, kind: OutboxEntry['kind'], path: string, body: Record<string, unknown>, state: OutboxEntry['state'] = 'pending'): OutboxEntry => ({
  id,
  competitionId: 'c',
  kind,
  path,
  body: { id, ...body },
  createdAt: 0,
  state,
  attempts: 0,
});

describe("the referee's view of a heat: server state with the tablet's unsent writes laid over it", () => {
  const base = (): CompetitionState => new EventLog(smallSetup()).state;
  const heatId = (_state: CompetitionState) => 'h1';

  it('shows a heat started offline as running, and lifts waiting in the outbox with the next index after them', () => {
    const state = base();
    const h = heatId(state);
    const entries = [
      entry('s', 'heat', `/api/competitions/c/heats/${h}/start`, { at: '2025-07-20T02:00:00.000Z' }),
      entry('l1', 'lift', '/api/competitions/c/lifts', { heatId: h, index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 }),
      entry('l2', 'lift', '/api/competitions/c/lifts', { heatId: h, index: 2, containerNo: 'CSQU3054383', dxMm: 0, dyMm: 0 }),
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
      entry('l1', 'lift', '/api/competitions/c/lifts', { heatId: h, index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 }),
      entry('c1', 'correction', '/api/competitions/c/lifts/l1/corrections', { dxMm: 0, dyMm: 0, reason: 'typo' }),
      entry('l2', 'lift', '/api/competitions/c/lifts', { heatId: h, index: 2, containerNo: 'CSQU3054383', dxMm: 0, dyMm: 0 }, 'rejected'),
    ];
    const view = heatView(state, h, entries, [])!;
    expect(view.rows.map((r) => [r.index, r.score, r.outbox.length])).toEqual([[1, 100, 2], [2, 0, 1]]);
    expect(view.nextIndex).toBe(2);
  });
});

describe('when the outbox may forget an acknowledged write', () => {
  it('once the state holds its event', () => {
    const log = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'referee', 'l1');
    expect(seenIn(log.state, entry('l1', 'lift', '/api/competitions/c/lifts', {}, 'acked'))).toBe(true);
    expect(seenIn(log.state, entry('l2', 'lift', '/api/competitions/c/lifts', {}, 'acked'))).toBe(false);
    expect(seenIn(log.state, entry('s', 'heat', '/api/competitions/c/heats/h1/start', {}, 'acked'))).toBe(true);
    expect(seenIn(log.state, entry('f', 'heat', '/api/competitions/c/heats/h1/finish', {}, 'acked'))).toBe(false);
  });
});

describe('a refused heat action that happened anyway', () => {
  it('is dropped when the heat is already where it asked to go (another tablet confirmed first), kept otherwise', () => {
    const state = new EventLog(smallSetup()).start('h1').finish('h1', 600).confirm('h1').start('h2').state;
    const refused = (path: string) => entry(path, 'heat', path, {}, 'rejected');
    expect(refusedButDone(state, refused('/api/competitions/c/heats/h1/confirm'))).toBe(true); // 423: h1 is confirmed, as asked
    expect(refusedButDone(state, refused('/api/competitions/c/heats/h1/finish'))).toBe(true); // 423: h1 is past finished
    expect(refusedButDone(state, refused('/api/competitions/c/heats/h2/finish'))).toBe(false); // refused for another reason: h2 still runs
    expect(refusedButDone(state, entry('a', 'heat', '/api/competitions/c/heats/h1/confirm', {}, 'pending'))).toBe(false); // not refused
    expect(refusedButDone(state, entry('l', 'lift', '/api/competitions/c/lifts', { heatId: 'h1' }, 'rejected'))).toBe(false); // a lift's refusal stays on its lift
  });
});
