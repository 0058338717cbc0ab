import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../client/outbox/entry.ts';
import { heatView, seenIn, type LiftRow } from '../../client/referee/heatView.ts';
import { EventLog, atS, smallSetup } from './eventFactory.ts';
import { correctionEntry, heatEntry, liftEntry, voidEntry } from './outboxEntries.ts';

// The referee tablet shows the server's state with its own unacknowledged writes laid over
// it. Default rule: full marks within 10 mm, 0.5 points per mm beyond, collision 20,
// 10 lifts a heat. Heat h1 of the small setup throughout.

const log = () => new EventLog(smallSetup());
const CSQU = 'CSQU3054383';

/** A queued reading of lift `index` of h1. */
const reading = (id: string, index: number, dxMm: number, dyMm: number, state: OutboxEntry['state'] = 'pending', extra: Record<string, unknown> = {}) =>
  liftEntry(id, { heatId: 'h1', index, containerNo: CSQU, dxMm, dyMm, penalties: [], dropped: false, ...extra }, state);

describe("the heat's status with heat actions the server has not reflected yet", () => {
  it.each([
    {
      situation: 'start queued offline while the server still says scheduled',
      server: log(),
      entries: [heatEntry('s', 'h1', 'start', atS(60))],
      sent: [],
      heat: { status: 'running', startedAt: atS(60), finishedAt: null },
    },
    {
      situation: 'start and finish both queued offline: finished, with both times from the tablet',
      server: log(),
      entries: [heatEntry('s', 'h1', 'start', atS(60)), heatEntry('f', 'h1', 'finish', atS(960))],
      sent: [],
      heat: { status: 'finished', startedAt: atS(60), finishedAt: atS(960) },
    },
    {
      situation: 'start acknowledged, the live feed not caught up yet',
      server: log(),
      entries: [],
      sent: [heatEntry('s', 'h1', 'start', atS(60), 'acked')],
      heat: { status: 'running', startedAt: atS(60), finishedAt: null },
    },
    {
      situation: "start queued but another tablet started the heat first: the server's start time stands",
      server: log().start('h1', 5),
      entries: [heatEntry('s', 'h1', 'start', atS(60))],
      sent: [],
      heat: { status: 'running', startedAt: atS(5), finishedAt: null },
    },
    {
      situation: 'a start that carries no time counts from the tap (createdAt 90 s after T0)',
      server: log(),
      entries: [heatEntry('s', 'h1', 'start', undefined, 'pending', Date.parse(atS(90)))],
      sent: [],
      heat: { status: 'running', startedAt: atS(90), finishedAt: null },
    },
    {
      situation: 'confirm queued after the heat finished: confirmed, times kept',
      server: log().start('h1', 0).finish('h1', 900),
      entries: [heatEntry('k', 'h1', 'confirm')],
      sent: [],
      heat: { status: 'confirmed', startedAt: atS(0), finishedAt: atS(900) },
    },
    {
      situation: 'confirm rejected with 423 stays visible in the outbox and the heat stays finished',
      server: log().start('h1', 0).finish('h1', 900),
      entries: [heatEntry('k', 'h1', 'confirm', undefined, 'rejected')],
      sent: [],
      heat: { status: 'finished', startedAt: atS(0), finishedAt: atS(900) },
    },
    {
      situation: 'a start queued for another heat leaves this one scheduled',
      server: log(),
      entries: [heatEntry('s', 'h2', 'start', atS(60))],
      sent: [],
      heat: { status: 'scheduled', startedAt: null, finishedAt: null },
    },
  ])('$situation', ({ server, entries, sent, heat }) => {
    expect(heatView(server.state, 'h1', entries, sent)?.heat).toMatchObject(heat);
  });
});

/** A row as the list shows it: index, score, whose reading counts, the outbox entries on it. */
const shown = (row: LiftRow) => ({
  index: row.index,
  score: row.score,
  referee: !row.referee ? 'none' : 'pending' in row.referee ? 'pending' : 'live',
  outbox: row.outbox.map((e) => e.id).join(','),
  ...(row.voided ? { voided: true } : {}),
  ...(row.disputed ? { disputed: true } : {}),
});

describe("the heat's lifts with readings, corrections and voids the server has not reflected yet", () => {
  const running = () => log().start('h1', 0);
  it.each([
    {
      situation: 'reading queued offline: shown pending, the next lift proposed after it',
      // dx 30, dy 40 → 50 mm → 100 − (50 − 10) × 0.5 = 80
      server: running(),
      entries: [reading('l1', 1, 30, 40)],
      sent: [],
      rows: [{ index: 1, score: 80, referee: 'pending', outbox: 'l1' }],
      nextIndex: 2,
    },
    {
      situation: 'reading with a collision queued',
      // 0 mm → 100 − collision 20 = 80
      server: running(),
      entries: [reading('l1', 1, 0, 0, 'pending', { penalties: ['collision'] })],
      sent: [],
      rows: [{ index: 1, score: 80, referee: 'pending', outbox: 'l1' }],
      nextIndex: 2,
    },
    {
      situation: 'dropped container queued',
      server: running(),
      entries: [reading('l1', 1, 0, 0, 'pending', { dropped: true })],
      sent: [],
      rows: [{ index: 1, score: 0, referee: 'pending', outbox: 'l1' }],
      nextIndex: 2,
    },
    {
      situation: 'reading rejected (409: the lift already has a referee reading): the server value stands, the rejection stays on the row',
      server: running().lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'referee', 'r1'),
      entries: [reading('l1', 1, 30, 40, 'rejected')],
      sent: [],
      rows: [{ index: 1, score: 100, referee: 'live', outbox: 'l1' }],
      nextIndex: 2,
    },
    {
      situation: 'reading rejected with no lift on the server: shown with score 0, its index proposed again',
      server: running(),
      entries: [reading('l1', 1, 30, 40, 'rejected')],
      sent: [],
      rows: [{ index: 1, score: 0, referee: 'none', outbox: 'l1' }],
      nextIndex: 1,
    },
    {
      situation: 'correction to a lift whose reading is still unsent',
      // 30/40 (80) corrected to 3/4 → 5 mm → within 10 mm → 100
      server: running(),
      entries: [reading('l1', 1, 30, 40), correctionEntry('c1', 'l1', { dxMm: 3, dyMm: 4 })],
      sent: [],
      rows: [{ index: 1, score: 100, referee: 'pending', outbox: 'l1,c1' }],
      nextIndex: 2,
    },
    {
      situation: 'correction of dx alone to a live lift keeps its dy',
      // 30/40 corrected to dx 0 → 0/40 → 40 mm → 100 − 30 × 0.5 = 85
      server: running().lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'referee', 'r1'),
      entries: [correctionEntry('c1', 'r1', { dxMm: 0 })],
      sent: [],
      rows: [{ index: 1, score: 85, referee: 'live', outbox: 'c1' }],
      nextIndex: 2,
    },
    {
      situation: 'station and referee 50 mm apart: disputed until a correction is queued',
      // station 0/0, referee 30/40 → 50 mm apart > 5 mm tolerance; the referee counts: 80
      server: running().lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'station', 's1').lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'referee', 'r1'),
      entries: [],
      sent: [],
      rows: [{ index: 1, score: 80, referee: 'live', outbox: '', disputed: true }],
      nextIndex: 2,
    },
    {
      situation: 'the dispute settled by a queued correction',
      // corrected to 6/8 → 10 mm → full marks
      server: running().lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'station', 's1').lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'referee', 'r1'),
      entries: [correctionEntry('c1', 's1', { dxMm: 6, dyMm: 8 })],
      sent: [],
      rows: [{ index: 1, score: 100, referee: 'live', outbox: 'c1' }],
      nextIndex: 2,
    },
    {
      situation: 'correction rejected (423: heat confirmed) stays visible and changes nothing',
      server: running().lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'referee', 'r1'),
      entries: [correctionEntry('c1', 'r1', { dxMm: 0, dyMm: 0 }, 'rejected')],
      sent: [],
      rows: [{ index: 1, score: 80, referee: 'live', outbox: 'c1' }],
      nextIndex: 2,
    },
    {
      situation: 'void of a live lift queued: scores 0',
      server: running().lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'referee', 'r1'),
      entries: [voidEntry('v1', 'r1')],
      sent: [],
      rows: [{ index: 1, score: 0, referee: 'live', outbox: 'v1', voided: true }],
      nextIndex: 2,
    },
    {
      situation: 'void rejected (409: already void on another tablet) stays visible and changes nothing here',
      server: running().lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'referee', 'r1'),
      entries: [voidEntry('v1', 'r1', 'rejected')],
      sent: [],
      rows: [{ index: 1, score: 80, referee: 'live', outbox: 'v1' }],
      nextIndex: 2,
    },
    {
      situation: 'reading acknowledged, the live feed not caught up: still shown, no longer listed as unsent',
      server: running(),
      entries: [],
      sent: [reading('l1', 1, 30, 40, 'acked')],
      rows: [{ index: 1, score: 80, referee: 'pending', outbox: '' }],
      nextIndex: 2,
    },
    {
      situation: 'reading acknowledged and already live is shown once, from the server',
      server: running().lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'referee', 'l1'),
      entries: [],
      sent: [reading('l1', 1, 30, 40, 'acked')],
      rows: [{ index: 1, score: 80, referee: 'live', outbox: '' }],
      nextIndex: 2,
    },
    {
      situation: 'correction acknowledged before the reading it corrects reached the live feed',
      // both acked, neither live: 30/40 corrected to 0/0 → 100
      server: running(),
      entries: [],
      sent: [reading('l1', 1, 30, 40, 'acked'), { ...correctionEntry('c1', 'l1', { dxMm: 0, dyMm: 0 }), state: 'acked' as const }],
      rows: [{ index: 1, score: 100, referee: 'pending', outbox: '' }],
      nextIndex: 2,
    },
    {
      situation: "a station reading alone leaves the lift to the referee: it is proposed next",
      server: running().lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'station', 's1'),
      entries: [],
      sent: [],
      rows: [{ index: 1, score: 100, referee: 'none', outbox: '' }],
      nextIndex: 1,
    },
    {
      situation: 'readings queued for another heat are not on this one',
      server: running(),
      entries: [liftEntry('l1', { heatId: 'h2', index: 1, containerNo: CSQU, dxMm: 0, dyMm: 0 })],
      sent: [],
      rows: [],
      nextIndex: 1,
    },
    {
      situation: "the heat's last lift queued: the proposal stays at lift 10 of 10",
      server: running(),
      entries: [reading('l10', 10, 0, 0)],
      sent: [],
      rows: [{ index: 10, score: 100, referee: 'pending', outbox: 'l10' }],
      nextIndex: 10,
    },
  ])('$situation', ({ server, entries, sent, rows, nextIndex }) => {
    const view = heatView(server.state, 'h1', entries, sent)!;
    expect(view.rows.map(shown)).toEqual(rows);
    expect(view.nextIndex).toBe(nextIndex);
  });

  it('an unknown heat has no view', () => {
    expect(heatView(log().state, 'h9', [], [])).toBeNull();
  });
});

describe('when the outbox may forget an acknowledged write: once the live state holds it', () => {
  const r1 = () => log().start('h1', 0).lift('h1', 1, { dxMm: 0, dyMm: 0 }, 'referee', 'r1');
  it.each([
    ['a reading the state holds', r1(), liftEntry('r1', { heatId: 'h1', index: 1 }, 'acked'), true],
    ['a reading the state does not hold yet', r1(), liftEntry('r2', { heatId: 'h1', index: 2 }, 'acked'), false],
    ['a correction the state holds', r1().correct('r1', { dxMm: 3 }, 'c1'), correctionEntry('c1', 'r1', { dxMm: 3 }, 'acked'), true],
    ['a correction the state does not hold yet', r1(), correctionEntry('c1', 'r1', { dxMm: 3 }, 'acked'), false],
    ['a void the state holds', r1().void('r1', 'v1'), voidEntry('v1', 'r1', 'acked'), true],
    ['a start once the heat runs', r1(), heatEntry('s', 'h1', 'start', atS(0), 'acked'), true],
    ['a start once the heat is finished', r1().finish('h1', 900), heatEntry('s', 'h1', 'start', atS(0), 'acked'), true],
    ['a start while the heat is still scheduled', log(), heatEntry('s', 'h1', 'start', atS(0), 'acked'), false],
    ['a finish while the heat still runs', r1(), heatEntry('f', 'h1', 'finish', atS(900), 'acked'), false],
    ['a finish once the heat is confirmed', r1().finish('h1', 900).confirm('h1'), heatEntry('f', 'h1', 'finish', atS(900), 'acked'), true],
    ['a confirm once the heat is confirmed', r1().finish('h1', 900).confirm('h1'), heatEntry('k', 'h1', 'confirm', undefined, 'acked'), true],
    [
      'a confirm after an organizer reopened the heat (finished again)',
      r1().finish('h1', 900).confirm('h1').append({ type: 'heat.reopened', data: { heatId: 'h1', reason: 'protest upheld' } }),
      heatEntry('k', 'h1', 'confirm', undefined, 'acked'),
      false,
    ],
    ['a heat action for a heat the setup no longer has', log(), heatEntry('s', 'h9', 'start', atS(0), 'acked'), true],
  ] as const)('%s → %s', (_situation, server, entry, seen) => {
    expect(seenIn(server.state, entry)).toBe(seen);
  });
});
