import type { DevicePresence, PresenceReport } from '../../shared/schemas/presence.ts';

type Listener = (competitionId: string, devices: DevicePresence[]) => void;

/** A device that promised heartbeats is offline after this many missed intervals. */
export const MISSED_HEARTBEATS = 3;

/** A display gone this long leaves the list (a screen reloading comes back well within it). */
export const DISPLAY_GRACE_MS = 60_000;

/**
 * Connected tablets, stations and screens per competition. Live state, not competition
 * truth: it is not in the event log and starts empty after a restart.
 */
export class PresenceRegistry {
  /** competitionId → deviceId → presence */
  private readonly devices = new Map<string, Map<string, DevicePresence>>();
  /** `${competitionId}|${deviceId}` → time (ms) after which a heartbeating device counts as gone. */
  private readonly deadlines = new Map<string, number>();
  /** `${competitionId}|${deviceId}` → time (ms) after which a disconnected display is removed. */
  private readonly removals = new Map<string, number>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(report: PresenceReport, extra: { craneId?: string } = {}): void {
    this.store(report, extra);
    this.emit(report.competitionId);
  }

  /**
   * A report that also promises the next one within `intervalMs` (a station's heartbeat).
   * Broadcast only when it changes something besides `lastSeenAt`: a heartbeat that says
   * "still here" every few seconds must not cost a fan-out to every screen.
   */
  heartbeat(report: PresenceReport, extra: { craneId?: string }, intervalMs: number): void {
    this.deadlines.set(`${report.competitionId}|${report.deviceId}`, this.now().getTime() + MISSED_HEARTBEATS * intervalMs);
    const { lastSeenAt: _before, ...before } = this.devices.get(report.competitionId)?.get(report.deviceId) ?? {};
    const { lastSeenAt: _after, ...after } = this.store(report, extra);
    if (JSON.stringify(before) !== JSON.stringify(after)) this.emit(report.competitionId);
  }

  private store(report: PresenceReport, extra: { craneId?: string }): DevicePresence {
    const { competitionId, ...device } = report;
    const at = this.now().toISOString();
    const byId = this.devices.get(competitionId) ?? new Map<string, DevicePresence>();
    this.devices.set(competitionId, byId);
    const before = byId.get(device.deviceId);
    this.removals.delete(`${competitionId}|${device.deviceId}`);
    const connectedAt = before?.online ? before.connectedAt : at;
    const next: DevicePresence = { ...before, ...device, ...extra, online: true, connectedAt, lastSeenAt: at };
    byId.set(device.deviceId, next);
    return next;
  }

  /** Marks devices whose heartbeats stopped as offline; the server calls this every second or so. */
  sweep(): void {
    const nowMs = this.now().getTime();
    for (const [key, deadline] of this.removals) {
      if (deadline > nowMs) continue;
      this.removals.delete(key);
      const [competitionId, deviceId] = key.split('|') as [string, string];
      const device = this.devices.get(competitionId)?.get(deviceId);
      if (!device || device.online) continue;
      this.devices.get(competitionId)!.delete(deviceId);
      this.emit(competitionId);
    }
    for (const [key, deadline] of this.deadlines) {
      if (deadline > nowMs) continue;
      this.deadlines.delete(key);
      const [competitionId, deviceId] = key.split('|') as [string, string];
      this.disconnected(competitionId, deviceId);
    }
  }

  /**
   * A station's reading committed: its devices (or, for a REST-only station, a record of
   * the crane) show when. No broadcast of its own: the lift's `event` already reaches
   * every screen, and the next presence broadcast or GET /devices carries the time.
   */
  readingCommitted(competitionId: string, craneId: string, at: string): void {
    const byId = this.devices.get(competitionId) ?? new Map<string, DevicePresence>();
    this.devices.set(competitionId, byId);
    const stations = [...byId.values()].filter((d) => d.kind === 'station' && d.craneId === craneId);
    if (stations.length === 0) {
      const record: DevicePresence = { kind: 'station', deviceId: `crane:${craneId}`, craneId, online: false, connectedAt: at, lastSeenAt: at };
      byId.set(record.deviceId, record);
      stations.push(record);
    }
    for (const station of stations) station.lastReadingAt = at;
  }

  disconnected(competitionId: string, deviceId: string): void {
    const device = this.devices.get(competitionId)?.get(deviceId);
    if (!device) return;
    this.deadlines.delete(`${competitionId}|${deviceId}`);
    if (!device.online) return;
    device.online = false;
    device.lastSeenAt = this.now().toISOString();
    if (device.kind === 'display') this.removals.set(`${competitionId}|${deviceId}`, this.now().getTime() + DISPLAY_GRACE_MS);
    this.emit(competitionId);
  }

  list(competitionId: string): DevicePresence[] {
    return [...(this.devices.get(competitionId)?.values() ?? [])];
  }

  private emit(competitionId: string): void {
    const devices = this.list(competitionId);
    for (const listener of this.listeners) listener(competitionId, devices);
  }
}
