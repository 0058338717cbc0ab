import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import type { TransshipmentValue } from '../../shared/disciplines/transshipment/reading.ts';
import type { LiftEnvelope } from '../../shared/events.ts';
import type { LiftSubmission } from '../../shared/schemas/commands.ts';

/** What a station sends for one lift: the body of lift:submit without the competition (a placement reading or a container move). */
export type StationReading = z.input<typeof LiftSubmission> | (LiftEnvelope & Partial<TransshipmentValue>);

export type SubmitAnswer =
  | { ok: true; seq: number; lift: { id: string } }
  | { ok: false; error: { code: string; message: string; field?: string } };

/** The socket went away before the server answered: the reading may or may not be committed, so retry it with the same id. */
export class NotAcknowledged extends Error {
  constructor(readonly readingId: string) {
    super(`no ack for ${readingId}`);
  }
}

export interface StationOptions {
  url: string;
  competitionId: string;
  key: string;
  deviceId: string;
  name?: string;
  heartbeatMs?: number;
  /** Reconnect after a drop (a real station does; a test that kills the server does not). */
  reconnect?: boolean;
}

/**
 * A crane's measuring station: one socket with its crane key, `lift:submit` with acks,
 * and a heartbeat. Readings in flight when the socket drops are rejected with
 * NotAcknowledged, never silently forgotten.
 */
export class StationClient {
  readonly socket: Socket;
  private readonly inFlight = new Map<string, (error: NotAcknowledged) => void>();
  private beat: NodeJS.Timeout | null = null;

  constructor(private readonly options: StationOptions) {
    this.socket = io(options.url, {
      transports: ['websocket'],
      auth: { token: options.key },
      reconnection: options.reconnect ?? false,
      forceNew: true,
    });
    this.socket.on('disconnect', () => {
      for (const [id, reject] of this.inFlight) reject(new NotAcknowledged(id));
      this.inFlight.clear();
    });
    this.socket.on('connect', () => void this.heartbeat().catch(() => {}));
  }

  /** Resolves once connected; rejects with the server's reason (a wrong key, say). */
  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (error) => reject(error));
    });
  }

  /** Heartbeats every `heartbeatMs` from now on (the first goes out on connect). */
  startHeartbeat(): void {
    const every = this.options.heartbeatMs ?? 5_000;
    this.beat ??= setInterval(() => void this.heartbeat().catch(() => {}), every);
  }

  heartbeat(): Promise<unknown> {
    const { competitionId, deviceId, name, heartbeatMs = 5_000 } = this.options;
    return this.socket.timeout(10_000).emitWithAck('station:heartbeat', { competitionId, deviceId, ...(name ? { name } : {}), intervalMs: heartbeatMs });
  }

  /** Sends one reading; resolves with the server's ack, rejects with NotAcknowledged if the socket drops first. */
  submit(reading: StationReading): Promise<SubmitAnswer> {
    if (!this.socket.connected) return Promise.reject(new NotAcknowledged(reading.id));
    return new Promise((resolve, reject) => {
      this.inFlight.set(reading.id, reject);
      this.socket.emit('lift:submit', { competitionId: this.options.competitionId, ...reading }, (answer: SubmitAnswer) => {
        if (!this.inFlight.delete(reading.id)) return; // already given up as unacknowledged
        resolve(answer);
      });
    });
  }

  /** Readings sent and not yet answered. */
  get pending(): number {
    return this.inFlight.size;
  }

  close(): void {
    if (this.beat) clearInterval(this.beat);
    this.beat = null;
    this.socket.disconnect();
  }
}
