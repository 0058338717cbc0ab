import type { DevicePresence, PresenceReport } from '../../shared/schemas/presence.ts';

type Listener = (competitionId: string, devices: DevicePresence[]) => void;

/**
 * Connected tablets, stations and screens per competition. Live state, not competition
 * truth: it is not in the event log and starts empty after a restart.
 */
export class PresenceRegistry {
  /** competitionId → deviceId → presence */
  private readonly devices = new Map<string, Map<string, DevicePresence>>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(report: PresenceReport, extra: { craneId?: string } = {}): void {
    const { competitionId, ...device } = report;
    const at = this.now().toISOString();
    const byId = this.devices.get(competitionId) ?? new Map<string, DevicePresence>();
    this.devices.set(competitionId, byId);
    const before = byId.get(device.deviceId);
    const connectedAt = before?.online ? before.connectedAt : at;
    byId.set(device.deviceId, { ...before, ...device, ...extra, online: true, connectedAt, lastSeenAt: at });
    this.emit(competitionId);
  }

  disconnected(competitionId: string, deviceId: string): void {
    const device = this.devices.get(competitionId)?.get(deviceId);
    if (!device) return;
    device.online = false;
    device.lastSeenAt = this.now().toISOString();
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
