// Presence: a station that promised heartbeats goes offline after three missed beats,
// and a committed reading stamps its lastReadingAt. The clock is a variable, not a wait.
import { expect, it } from 'vitest';
import { PresenceRegistry } from '../../server/presence/registry.ts';

const at = (seconds: number) => new Date(Date.UTC(2025, 6, 20, 2, 0, seconds));

it('a heartbeating station is online until three intervals pass without a beat', () => {
  let clock = at(0);
  const presence = new PresenceRegistry(() => clock);
  const broadcasts: number[] = [];
  presence.onChange((_cid, devices) => broadcasts.push(devices.length));
  const beat = { competitionId: 'c', kind: 'station' as const, deviceId: 'st-1' };

  presence.heartbeat(beat, { craneId: 'cn-bridge-1' }, 2_000);
  clock = at(4);
  presence.heartbeat(beat, { craneId: 'cn-bridge-1' }, 2_000); // deadline now at(10)
  presence.sweep();
  clock = at(9);
  presence.sweep();
  expect(presence.list('c')).toMatchObject([{ deviceId: 'st-1', craneId: 'cn-bridge-1', online: true, lastSeenAt: at(4).toISOString() }]);
  // Only the first beat changed what screens see; the second was "still here".
  expect(broadcasts).toEqual([1]);

  clock = at(10);
  presence.sweep();
  expect(presence.list('c')).toMatchObject([{ deviceId: 'st-1', online: false, lastSeenAt: at(10).toISOString() }]);
  expect(broadcasts).toEqual([1, 1]);

  presence.heartbeat(beat, { craneId: 'cn-bridge-1' }, 2_000);
  expect(presence.list('c')).toMatchObject([{ online: true, connectedAt: at(10).toISOString() }]);
});

it('a committed reading sets lastReadingAt on the crane’s station, or records a REST-only crane', () => {
  const presence = new PresenceRegistry(() => at(0));
  presence.heartbeat({ competitionId: 'c', kind: 'station', deviceId: 'st-1' }, { craneId: 'cn-bridge-1' }, 5_000);
  presence.readingCommitted('c', 'cn-bridge-1', at(3).toISOString());
  presence.readingCommitted('c', 'kz-gantry-1', at(4).toISOString());
  expect(presence.list('c')).toEqual([
    expect.objectContaining({ deviceId: 'st-1', online: true, lastReadingAt: at(3).toISOString() }),
    expect.objectContaining({ deviceId: 'crane:kz-gantry-1', kind: 'station', craneId: 'kz-gantry-1', online: false, lastReadingAt: at(4).toISOString() }),
  ]);
});

it('a display that disconnects stays listed (offline) for the 60 s grace, then leaves; one back within it stays', () => {
  let clock = at(0);
  const presence = new PresenceRegistry(() => clock);
  const screen = (deviceId: string) => ({ competitionId: 'c', kind: 'display' as const, deviceId });
  presence.report(screen('hall'));
  presence.report(screen('lobby'));
  presence.disconnected('c', 'hall');
  presence.disconnected('c', 'lobby');
  clock = at(30);
  presence.report(screen('lobby')); // reloaded within the grace
  clock = at(59);
  presence.sweep();
  expect(presence.list('c').map((d) => [d.deviceId, d.online])).toEqual([['hall', false], ['lobby', true]]);
  clock = at(60);
  presence.sweep();
  expect(presence.list('c').map((d) => d.deviceId)).toEqual(['lobby']);
});
