import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../client/outbox/entry.ts';
import { upgradeEntry, type LegacyEntry } from '../../client/outbox/legacy.ts';
import { pathOf } from '../../client/outbox/send.ts';
import { correctionEntry, heatEntry, liftEntry, voidEntry } from './outboxEntries.ts';

// Every referee act is a typed command; send.ts alone knows where each kind goes. Entries
// queued by a build from before typed commands carry the URL instead, and must still go
// out, to the same URL, after the tablet loads the new build.

describe('where each queued act is sent (competition c)', () => {
  it.each([
    ['a reading', liftEntry('l1', { heatId: 'h1', index: 1 }), '/api/competitions/c/lifts'],
    ['the start of heat h1', heatEntry('s', 'h1', 'start', '2025-07-20T02:00:00.000Z'), '/api/competitions/c/heats/h1/start'],
    ['the finish of heat h1', heatEntry('f', 'h1', 'finish', '2025-07-20T02:15:00.000Z'), '/api/competitions/c/heats/h1/finish'],
    ['the confirmation of heat h1', heatEntry('k', 'h1', 'confirm'), '/api/competitions/c/heats/h1/confirm'],
    ['a correction of lift r1', correctionEntry('c1', 'r1', { dxMm: 0 }), '/api/competitions/c/lifts/r1/corrections'],
    ['a void of lift r1', voidEntry('v1', 'r1'), '/api/competitions/c/lifts/r1/void'],
    // client ids may hold ':' (A-Z a-z 0-9 _ . : -), which a path segment escapes
    ['a void of a lift whose id holds a colon', voidEntry('v1', 'st:cn-1:7'), '/api/competitions/c/lifts/st%3Acn-1%3A7/void'],
  ])('%s → %s', (_act, entry, path) => {
    expect(pathOf(entry)).toBe(path);
  });

  it('the competition id is part of the path', () => {
    expect(pathOf({ ...heatEntry('s', 'h1', 'start'), competitionId: 'alashankou-2025' })).toBe('/api/competitions/alashankou-2025/heats/h1/start');
  });
});

/** An entry exactly as the build before typed commands stored it in IndexedDB. */
const stored = (id: string, kind: string, path: string, body: Record<string, unknown>, more: Partial<LegacyEntry> = {}): LegacyEntry => ({
  id,
  competitionId: 'c',
  kind,
  path,
  body: { id, ...body },
  createdAt: 1_721_440_800_000,
  state: 'pending',
  attempts: 2,
  ...more,
});

describe('entries queued by the previous build are read as the commands they were made from', () => {
  it.each<[string, LegacyEntry, OutboxEntry]>([
    [
      'a reading queued offline',
      stored('l1', 'lift', '/api/competitions/c/lifts', { heatId: 'h1', index: 3, containerNo: 'CSQU3054383', dxMm: 12, dyMm: -4, penalties: [], dropped: false }),
      { ...liftEntry('l1', { heatId: 'h1', index: 3, containerNo: 'CSQU3054383', dxMm: 12, dyMm: -4, penalties: [], dropped: false }), createdAt: 1_721_440_800_000, attempts: 2 },
    ],
    [
      'a start queued offline',
      stored('s', 'heat', '/api/competitions/c/heats/h1/start', { at: '2025-07-20T02:00:00.000Z' }),
      { ...heatEntry('s', 'h1', 'start', '2025-07-20T02:00:00.000Z'), createdAt: 1_721_440_800_000, attempts: 2 },
    ],
    [
      'a finish queued offline',
      stored('f', 'heat', '/api/competitions/c/heats/h1/finish', { at: '2025-07-20T02:15:00.000Z' }),
      { ...heatEntry('f', 'h1', 'finish', '2025-07-20T02:15:00.000Z'), createdAt: 1_721_440_800_000, attempts: 2 },
    ],
    [
      'a confirm rejected with 423 keeps its rejection for the referee to see',
      stored('k', 'heat', '/api/competitions/c/heats/h1/confirm', {}, { state: 'rejected', rejection: { status: 423, code: 'locked', message: 'results are official' } }),
      { ...heatEntry('k', 'h1', 'confirm', undefined, 'rejected'), createdAt: 1_721_440_800_000, attempts: 2, rejection: { status: 423, code: 'locked', message: 'results are official' } },
    ],
    [
      'a correction queued offline',
      stored('c1', 'correction', '/api/competitions/c/lifts/r1/corrections', { dxMm: 0, reason: 'video review' }),
      { ...correctionEntry('c1', 'r1', { dxMm: 0 }), createdAt: 1_721_440_800_000, attempts: 2 },
    ],
    [
      'a void acknowledged but not yet seen live keeps its ack time',
      stored('v1', 'void', '/api/competitions/c/lifts/r1/void', { reason: 'crane fault, lift repeated' }, { state: 'acked', ackedAt: 1_721_440_801_000 }),
      { ...voidEntry('v1', 'r1', 'acked'), createdAt: 1_721_440_800_000, attempts: 2, ackedAt: 1_721_440_801_000 },
    ],
    [
      'a void of a lift whose id holds a colon (escaped in the stored path)',
      stored('v2', 'void', '/api/competitions/c/lifts/st%3Acn-1%3A7/void', { reason: 'crane fault, lift repeated' }),
      { ...voidEntry('v2', 'st:cn-1:7'), createdAt: 1_721_440_800_000, attempts: 2 },
    ],
  ])('%s', (_situation, old, command) => {
    const upgraded = upgradeEntry(old);
    expect(upgraded).toEqual(command);
    // …and it goes exactly where the previous build would have sent it.
    expect(pathOf(upgraded!)).toBe(old.path);
  });

  it('an entry this build wrote is read as it is', () => {
    const entry = heatEntry('s', 'h1', 'start', '2025-07-20T02:00:00.000Z');
    expect(upgradeEntry(entry)).toBe(entry);
  });

  it('a URL no build ever queued is not sent anywhere (null: left in IndexedDB untouched)', () => {
    expect(upgradeEntry(stored('p1', 'protest', '/api/competitions/c/protests', { reason: 'x' }))).toBeNull();
  });
});
