import { create } from 'zustand';
import type { StoredEvent } from '../../shared/events.ts';
import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import { fold } from '../../shared/reducer.ts';
import { computeStandings, type Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { connection } from './connection.ts';
import { openFeed, type PublicStateAnswer } from './feedFollower.ts';
import { recordUpdate } from './perf.ts';
import { foldBoth, fromSnapshot, type Folded } from './publicFold.ts';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

type SubscribeAck =
  | { ok: true; lastSeq: number; serverTime?: string; events?: PublicEvent[]; snapshot?: CompetitionState }
  | { ok: false; error: { code: string; message: string } };

type LiveEvent = PublicEvent & { competitionId: string };

interface LiveState {
  competitionId: string | null;
  /** Live state: referee and organizer screens. */
  competition: CompetitionState | null;
  standings: Standings | null;
  /** What public screens show: frozen at `board.frozen` until `board.revealed`. */
  publicCompetition: CompetitionState | null;
  publicStandings: Standings | null;
  status: ConnectionStatus;
  error: string | null;
  /** Server time minus this device's time (ms), measured at the last subscribe. */
  serverOffsetMs: number;
  /** `initial`: a state saved earlier (e.g. the referee tablet's offline snapshot) to resume from by seq. */
  follow(competitionId: string, initial?: CompetitionState | null): () => void;
  /** Follows the public projection over the SSE feed instead of Socket.IO (the phone view: lighter on the server per reader). */
  followFeed(competitionId: string): () => void;
}

type Catchup = 'resume' | 'afresh';

/**
 * The competition as this screen knows it: the server's events folded with the shared
 * reducer, resumed from the last seq after any disconnect. Events arriving in a burst are
 * folded together once per animation frame, and standings are computed once per batch.
 */
export const useLive = create<LiveState>()((set, get) => {
  let queue: PublicEvent[] = [];
  let scheduled = false;
  /**
   * Whose eyes the state was folded for (the socket's credentials at the last subscribe). A
   * tablet that logs in after the page opened holds the public copy (withheld lifts and answers,
   * a setup without its answer key): it folds the log again, in full, as staff.
   */
  let foldedAs: string | undefined;
  /** How the transport being followed catches up (Socket.IO: subscribe again; the feed: resume or start over). */
  let catchUp: (mode: Catchup) => void = () => undefined;

  const publish = (next: Folded, started = performance.now()) => {
    const before = get();
    const liveChanged = next.live !== before.competition;
    const publicChanged = next.public !== before.publicCompetition;
    const standings = liveChanged ? (next.live ? computeStandings(next.live) : null) : before.standings;
    const publicStandings = !publicChanged
      ? before.publicStandings
      : next.public === next.live
        ? standings
        : next.public
          ? computeStandings(next.public)
          : null;
    const computedAt = performance.now();
    set({ competition: next.live, standings, publicCompetition: next.public, publicStandings });
    recordUpdate(started, computedAt);
  };

  const current = (): Folded => ({ live: get().competition, public: get().publicCompetition });

  const flush = () => {
    scheduled = false;
    const events = queue;
    queue = [];
    const started = performance.now();
    if (events.length) publishFolded(foldBoth(current(), events), started);
  };

  /**
   * A reveal on an anonymous screen: back to the freeze, then the events since, in full. An
   * unsealed exam (resyncFrom null): the whole log again, folded afresh, while the screen keeps
   * showing what it has until the answer comes.
   */
  const publishFolded = (next: Folded, started?: number) => {
    publish(next, started);
    if (next.resyncFrom === undefined) return;
    queue = [];
    catchUp(next.resyncFrom === null && next.live ? 'afresh' : 'resume');
  };

  /** One live event, in seq order; a gap means something was missed: catch up instead of folding out of order. */
  const receive = (event: PublicEvent, onGap: () => void) => {
    const lastSeq = queue.at(-1)?.seq ?? get().competition?.lastSeq ?? 0;
    if (event.seq <= lastSeq) return;
    if (event.seq !== lastSeq + 1) return onGap();
    enqueue([event]);
  };

  const enqueue = (events: readonly PublicEvent[]) => {
    queue.push(...events);
    if (scheduled) return;
    scheduled = true;
    // Hidden tabs get no animation frames; a timer keeps a background board current.
    if (document.visibilityState === 'visible') requestAnimationFrame(flush);
    else setTimeout(flush, 100);
  };

  /** A snapshot while frozen does not say what the public saw: fold the log up to the freeze. */
  const loadFrozenPublic = async (competitionId: string, frozenAtSeq: number) => {
    const events: StoredEvent[] = [];
    while (events.length < frozenAtSeq) {
      const limit = Math.min(10_000, frozenAtSeq - events.length); // the API's page size
      const res = await fetch(`/api/competitions/${encodeURIComponent(competitionId)}/events?since=${events.length}&limit=${limit}`);
      if (!res.ok) return set({ error: `events: ${res.status}` });
      const page = ((await res.json()) as { events: StoredEvent[] }).events;
      if (!page.length) break;
      events.push(...page);
    }
    if (get().competition?.frozenAtSeq !== frozenAtSeq) return; // revealed meanwhile
    const shown = fold(events.filter((e) => e.seq <= frozenAtSeq));
    publish({ live: get().competition, public: shown });
  };

  /** A snapshot from the server; while frozen, what the public saw comes from the log. */
  const adoptSnapshot = (competitionId: string, snapshot: CompetitionState) => {
    publish(fromSnapshot(snapshot));
    const frozenAt = snapshot.frozenAtSeq;
    if (frozenAt !== null) void loadFrozenPublic(competitionId, frozenAt);
  };

  /** What every follow starts from: nothing folded yet, or a saved state. */
  const startFollowing = (competitionId: string, initial: CompetitionState | null) => {
    queue = [];
    foldedAs = undefined; // a saved snapshot's eyes are not known: resume from it as it is
    set({ competitionId, competition: null, standings: null, publicCompetition: null, publicStandings: null, error: null });
    if (initial?.setup.id === competitionId) publish(fromSnapshot(initial));
  };

  const subscribe = (competitionId: string, asked: Catchup = 'resume') => {
    const who = JSON.stringify(connection().auth ?? {});
    const mode = foldedAs !== undefined && foldedAs !== who && get().competition ? 'afresh' : asked;
    foldedAs = who;
    const since = mode === 'afresh' ? 0 : get().competition?.lastSeq;
    const sentAt = Date.now();
    connection()
      .timeout(10_000)
      .emit('subscribe', { competitionId, since }, (err: Error | null, ack: SubscribeAck) => {
        if (err) return; // timed out: the next reconnect subscribes again
        if (!ack.ok) return set({ error: ack.error.message });
        if (ack.serverTime) set({ serverOffsetMs: Date.parse(ack.serverTime) - (sentAt + Date.now()) / 2 });
        flush(); // anything queued precedes the ack's events
        if (ack.snapshot) adoptSnapshot(competitionId, ack.snapshot);
        if (ack.events?.length) publishFolded(foldBoth(mode === 'afresh' && !ack.snapshot ? { live: null, public: null } : current(), ack.events));
        set({ status: 'online', error: null });
      });
  };

  return {
    competitionId: null,
    competition: null,
    standings: null,
    publicCompetition: null,
    publicStandings: null,
    status: 'connecting',
    error: null,
    serverOffsetMs: 0,
    follow(competitionId, initial = null) {
      const socket = connection();
      startFollowing(competitionId, initial);
      catchUp = (mode) => subscribe(competitionId, mode);
      set({ status: socket.connected ? 'online' : 'connecting' });
      const onConnect = () => subscribe(competitionId);
      const onDisconnect = () => set({ status: 'offline' });
      const onEvent = (event: LiveEvent) => {
        if (event.competitionId === competitionId) receive(event, () => subscribe(competitionId));
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
    followFeed(competitionId) {
      startFollowing(competitionId, null);
      set({ status: 'connecting' });
      const feed = openFeed(competitionId, {
        snapshot: (answer: PublicStateAnswer, sentAt: number) => {
          set({ serverOffsetMs: Date.parse(answer.serverTime) - (sentAt + Date.now()) / 2 });
          queue = []; // what is queued is older than the snapshot
          adoptSnapshot(competitionId, answer.state);
          set({ error: null });
        },
        event: (event) => receive(event, () => feed.restart()),
        status: (status) => set({ status }),
        error: (error) => set({ error }),
      });
      // A reveal goes back to the freeze: the feed from there, now in full; an unsealed exam: the state afresh.
      catchUp = (mode) => (mode === 'afresh' ? feed.restart() : feed.resumeFrom(get().competition?.lastSeq ?? 0));
      return () => {
        feed.close();
        catchUp = () => undefined;
      };
    },
  };
});
