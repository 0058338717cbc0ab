import { z } from 'zod';
import { clientId, isoTime, slug, text } from './common.ts';

export const DEVICE_KINDS = ['referee', 'station', 'display', 'admin'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/**
 * `presence:hello` / `presence:update` from a connected device: who it is and how it
 * is doing (a tablet's unsent entries, its last acknowledgement, a screen's view).
 */
export const PresenceReport = z.strictObject({
  competitionId: slug,
  kind: z.enum(DEVICE_KINDS),
  deviceId: clientId,
  name: text.optional(),
  pending: z.number().int().min(0).max(1_000_000).optional(),
  lastAckAt: isoTime.optional(),
  lastReadingAt: isoTime.optional(),
  /** A display's current view and languages, for the organizer's remote control. */
  view: text.optional(),
  languages: z.array(z.enum(['zh', 'kk', 'ru', 'en'])).max(4).optional(),
  /** A display's pass from pairing with the organizer; without one a display only gets a code to show. */
  displayPass: z.string().max(500).optional(),
});
export type PresenceReport = z.infer<typeof PresenceReport>;

/** What screens and organizers see of a device. */
export interface DevicePresence extends Omit<PresenceReport, 'competitionId' | 'displayPass'> {
  online: boolean;
  connectedAt: string;
  lastSeenAt: string;
  /** The crane, for stations. */
  craneId?: string;
}

/**
 * `station:heartbeat` (socket) or POST /:cid/stations/heartbeat: a station says it is alive
 * and when to expect the next beat; after three missed beats it shows offline.
 */
export const StationHeartbeat = z.strictObject({
  competitionId: slug,
  deviceId: clientId,
  name: text.optional(),
  intervalMs: z.number().int().min(500).max(300_000).default(5_000),
  /** The station's own unsent readings (its outbox). */
  pending: z.number().int().min(0).max(1_000_000).optional(),
});
export type StationHeartbeat = z.infer<typeof StationHeartbeat>;
