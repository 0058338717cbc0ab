import { create } from 'zustand';
import type { LiftChange } from '../../shared/disciplines/registry.ts';
import type { StoredEvent } from '../../shared/events.ts';
import type { ResultsLabel } from '../../shared/results.ts';
import type { DevicePresence } from '../../shared/schemas/presence.ts';
import type { ProtestState } from '../../shared/state.ts';
import { connection } from '../live/connection.ts';
import { api, newId } from './adminApi.ts';
import { useAdmin } from './adminStore.ts';

export interface ResultsInfo {
  status: string;
  label: ResultsLabel;
  provisionalAt: string | null;
  protestWindowEndsAt: string | null;
  officialAt: string | null;
  protests: ProtestState[];
  signOffBlockers: string[];
  lastSeq: number;
  lastHash: string;
}

/** The server's PIN guard for this competition: wrong PINs so far, and the wait they set. */
export interface PinGuardStatus {
  wrongAttempts: number;
  lockedUntil: string | null;
}

/** How often the console asks about wrong PINs (logins are not events, so nothing pushes them). */
const PIN_POLL_MS = 10_000;

interface ConsoleState {
  competitionId: string | null;
  pinGuard: PinGuardStatus | null;
  /** Resets the wrong-PIN count and the wait (after the organizer has dealt with the guessing). */
  unlockPins(): Promise<void>;
  results: ResultsInfo | null;
  devices: DevicePresence[];
  events: StoredEvent[];
  /** Devices, results and the audit log of one competition; presence arrives over the live socket. */
  open(cid: string): () => void;
  /** Reloads what the log changes: results and the audit events after the last one held. */
  refresh(): Promise<void>;
  signOff(): Promise<void>;
  reopenHeat(heatId: string, reason: string): Promise<void>;
  lodgeProtest(body: { operatorId?: string; heatId?: string; reason: string }): Promise<void>;
  resolveProtest(protestId: string, decision: 'upheld' | 'dismissed', reason?: string): Promise<void>;
  /** Settles a disputed lift with a correction to the chosen reading (its discipline says what changes). */
  settleLift(liftId: string, change: LiftChange, reason: string): Promise<void>;
}

const path = (cid: string, rest: string) => `/api/competitions/${encodeURIComponent(cid)}${rest}`;

export const useConsole = create<ConsoleState>()((set, get) => {
  /** A write as the organizer; errors go to the admin store's banner. */
  const write = async (method: string, rest: string, body: unknown) => {
    const cid = get().competitionId;
    if (!cid) return;
    try {
      await api(method, path(cid, rest), useAdmin.getState().token, body);
      useAdmin.setState({ error: null });
    } catch (error) {
      useAdmin.getState().fail(error);
    }
    await get().refresh();
  };

  return {
    competitionId: null,
    pinGuard: null,
    async unlockPins() {
      const cid = get().competitionId;
      if (!cid) return;
      try {
        set({ pinGuard: await api<PinGuardStatus>('POST', path(cid, '/referee-logins/unlock'), useAdmin.getState().token, {}) });
      } catch (error) {
        useAdmin.getState().fail(error);
      }
    },
    results: null,
    devices: [],
    events: [],
    open(cid) {
      set({ competitionId: cid, results: null, devices: [], events: [], pinGuard: null });
      const socket = connection();
      const onPresence = (message: { competitionId: string; devices: DevicePresence[] }) => {
        if (message.competitionId === cid) set({ devices: message.devices });
      };
      socket.on('presence', onPresence);
      api<{ devices: DevicePresence[] }>('GET', path(cid, '/devices'), null)
        .then((body) => set({ devices: body.devices }))
        .catch((error: unknown) => useAdmin.getState().fail(error));
      void get().refresh();
      const pollPins = () =>
        api<PinGuardStatus>('GET', path(cid, '/referee-logins'), useAdmin.getState().token)
          .then((pinGuard) => get().competitionId === cid && set({ pinGuard }))
          .catch(() => undefined); // a missed poll is retried in 10 s
      void pollPins();
      const timer = setInterval(pollPins, PIN_POLL_MS);
      return () => {
        clearInterval(timer);
        socket.off('presence', onPresence);
      };
    },
    async refresh() {
      const cid = get().competitionId;
      if (!cid) return;
      try {
        const since = get().events.at(-1)?.seq ?? 0;
        const [results, log] = await Promise.all([
          api<ResultsInfo>('GET', path(cid, '/results'), null),
          api<{ events: StoredEvent[] }>('GET', path(cid, `/events?since=${since}`), null),
        ]);
        if (get().competitionId !== cid) return;
        const known = get().events.at(-1)?.seq ?? 0;
        set({ results, events: [...get().events, ...log.events.filter((e) => e.seq > known)] });
      } catch (error) {
        useAdmin.getState().fail(error);
      }
    },
    signOff: () => write('POST', '/official', { id: newId('official') }),
    reopenHeat: (heatId, reason) => write('POST', `/heats/${encodeURIComponent(heatId)}/reopen`, { id: newId('reopen'), reason }),
    // Short ids organizers can say aloud (P1, P2…); a clash with a colleague's is a 409 shown in the banner.
    lodgeProtest: (body) => write('POST', '/protests', { id: `P${(get().results?.protests.length ?? 0) + 1}`, ...body }),
    resolveProtest: (protestId, decision, reason) =>
      write('POST', `/protests/${encodeURIComponent(protestId)}/resolve`, { id: newId('resolution'), decision, ...(reason ? { reason } : {}) }),
    settleLift: (liftId, change, reason) => write('POST', `/lifts/${encodeURIComponent(liftId)}/corrections`, { id: newId('settle'), ...change, reason }),
  };
});
