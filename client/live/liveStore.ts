import { create } from 'zustand';
import type { StoredEvent } from '../../shared/events.ts';
import { apply } from '../../shared/reducer.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { connection } from './connection.ts';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

type SubscribeAck =
  | { ok: true; lastSeq: number; events?: StoredEvent[]; snapshot?: CompetitionState }
  | { ok: false; error: { code: string; message: string } };

type LiveEvent = StoredEvent & { competitionId: string };

interface LiveState {
  competitionId: string | null;
  competition: CompetitionState | null;
  status: ConnectionStatus;
  error: string | null;
  /** Server time minus this device's time, from the last event received (ms). */
  serverOffsetMs: number;
  /** `initial`: a state saved earlier (e.g. the referee tablet's offline snapshot) to resume from by seq. */
  follow(competitionId: string, initial?: CompetitionState | null): () => void;
}

/**
 * The competition as this screen knows it: the server's events folded with the shared
 * reducer, resumed from the last seq after any disconnect.
 */
export const useLive = create<LiveState>()((set, get) => {
  const foldIn = (events: readonly StoredEvent[]) => {
    let competition = get().competition;
    for (const event of events) {
      if (competition && event.seq <= competition.lastSeq) continue; // already have it
      competition = apply(competition, event);
    }
    const last = events[events.length - 1];
    set({ competition, ...(last ? { serverOffsetMs: Date.parse(last.at) - Date.now() } : {}) });
  };

  const subscribe = (competitionId: string) => {
    const since = get().competition?.lastSeq;
    connection()
      .timeout(10_000)
      .emit('subscribe', { competitionId, since }, (err: Error | null, ack: SubscribeAck) => {
        if (err) return; // timed out: the next reconnect subscribes again
        if (!ack.ok) return set({ error: ack.error.message });
        if (ack.snapshot) set({ competition: ack.snapshot });
        foldIn(ack.events ?? []);
        set({ status: 'online', error: null });
      });
  };

  return {
    competitionId: null,
    competition: null,
    status: 'connecting',
    error: null,
    serverOffsetMs: 0,
    follow(competitionId, initial = null) {
      const socket = connection();
      set({ competitionId, competition: initial?.setup.id === competitionId ? initial : null, status: socket.connected ? 'online' : 'connecting', error: null });
      const onConnect = () => subscribe(competitionId);
      const onDisconnect = () => set({ status: 'offline' });
      const onEvent = (event: LiveEvent) => {
        if (event.competitionId !== competitionId) return;
        const lastSeq = get().competition?.lastSeq ?? 0;
        if (event.seq <= lastSeq) return;
        // A gap means we missed something: ask for it instead of folding out of order.
        if (event.seq !== lastSeq + 1) return subscribe(competitionId);
        foldIn([event]);
      };
      socket.on('connect', onConnect);
      socket.on('disconnect', onDisconnect);
      socket.on('event', onEvent);
      if (socket.connected) onConnect();
      return () => {
        socket.off('connect', onConnect);
        socket.off('disconnect', onDisconnect);
        socket.off('event', onEvent);
      };
    },
  };
});
