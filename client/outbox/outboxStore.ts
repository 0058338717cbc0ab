import { create } from 'zustand';
import { deleteEntry, loadEntries, putEntry, type EntryKind, type OutboxEntry } from './db.ts';
import { outcomeOf, retryDelayMs } from './policy.ts';
import { sendEntry } from './send.ts';

/** An entry the server has acknowledged whose event the live state may not hold yet. */
export interface AckedEntry extends OutboxEntry {
  state: 'acked';
  ackedAt: number;
}

interface OutboxState {
  competitionId: string | null;
  /** Unacknowledged entries (pending and rejected), oldest first, exactly as in IndexedDB. */
  entries: OutboxEntry[];
  acked: AckedEntry[];
  /** False after a network failure, true after any answer from the server. */
  reachable: boolean;
  /** Epoch ms of the last acknowledgement (kept across reloads). */
  lastAckAt: number | null;
  /** Tap → acknowledgement of the last acked entry (ms), for the status line and measurements. */
  lastAckMs: number | null;
  /** Set when the server said the session is over; entries stay and go out after the next login. */
  needsLogin: boolean;
  token: string | null;
  open(competitionId: string): Promise<void>;
  setToken(token: string | null): void;
  enqueue(kind: EntryKind, path: string, body: Record<string, unknown> & { id: string }): Promise<void>;
  dismiss(id: string): Promise<void>;
  /** Try now (came online, logged in, or a new entry). */
  kick(): void;
  /** Forgets acknowledged entries the live state now holds. */
  prune(seen: (entry: AckedEntry) => boolean): Promise<void>;
}

const lastAckKey = (cid: string) => `gauge.referee.lastAck.${cid}`;

export const useOutbox = create<OutboxState>()((set, get) => {
  let draining = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;

  const pending = () => get().entries.filter((e) => e.state === 'pending');

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void drain();
    }, ms);
  };

  // One sender at a time, oldest first: a correction never overtakes the lift it corrects.
  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      for (;;) {
        const { token, needsLogin } = get();
        const entry = pending()[0];
        if (!entry || !token || needsLogin) return;
        const result = await sendEntry(entry, token);
        const outcome = outcomeOf(result.status);
        if (outcome === 'retry') {
          failures++;
          set({ reachable: result.status !== 'network' });
          await putEntry({ ...entry, attempts: entry.attempts + 1 }).catch(() => {});
          schedule(retryDelayMs(failures));
          return;
        }
        failures = 0;
        set({ reachable: true });
        if (outcome === 'reauth') {
          set({ needsLogin: true });
          return;
        }
        if (outcome === 'acked') {
          const now = Date.now();
          const acked: AckedEntry = { ...entry, state: 'acked', ackedAt: now };
          await putEntry(acked);
          localStorage.setItem(lastAckKey(entry.competitionId), String(now));
          set((s) => ({
            entries: s.entries.filter((e) => e.id !== entry.id),
            acked: [...s.acked, acked],
            lastAckAt: now,
            lastAckMs: now - entry.createdAt,
          }));
        } else {
          const rejected: OutboxEntry = {
            ...entry,
            state: 'rejected',
            attempts: entry.attempts + 1,
            rejection: { status: result.status as number, code: result.error?.code ?? 'rejected', message: result.error?.message ?? '' },
          };
          await putEntry(rejected);
          set((s) => ({ entries: s.entries.map((e) => (e.id === entry.id ? rejected : e)) }));
        }
      }
    } finally {
      draining = false;
    }
  };

  const kick = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    failures = 0;
    void drain();
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('online', kick);
    window.addEventListener('offline', () => set({ reachable: false }));
  }

  return {
    competitionId: null,
    entries: [],
    acked: [],
    reachable: typeof navigator === 'undefined' ? true : navigator.onLine,
    lastAckAt: null,
    lastAckMs: null,
    needsLogin: false,
    token: null,
    async open(competitionId) {
      const lastAck = Number(localStorage.getItem(lastAckKey(competitionId)));
      set({ competitionId, entries: [], acked: [], lastAckAt: lastAck > 0 ? lastAck : null });
      const stored = await loadEntries(competitionId);
      const entries = stored.filter((e) => e.state !== 'acked');
      const acked = stored.filter((e): e is AckedEntry => e.state === 'acked');
      // Entries made in this page before the load finished are already in both.
      set((s) => ({ entries: [...entries.filter((e) => !s.entries.some((x) => x.id === e.id)), ...s.entries], acked }));
      kick();
    },
    setToken(token) {
      set({ token, needsLogin: false });
      if (token) kick();
    },
    async enqueue(kind, path, body) {
      const competitionId = get().competitionId;
      if (!competitionId) throw new Error('outbox not open');
      const entry: OutboxEntry = { id: body.id, competitionId, kind, path, body, createdAt: Date.now(), state: 'pending', attempts: 0 };
      // Written to IndexedDB before anything is sent: a reload from here on loses nothing.
      await putEntry(entry);
      set((s) => ({ entries: [...s.entries, entry] }));
      void drain();
    },
    async dismiss(id) {
      await deleteEntry(id);
      set((s) => ({ entries: s.entries.filter((e) => e.id !== id) }));
    },
    kick,
    async prune(seen) {
      const gone = get().acked.filter(seen);
      if (!gone.length) return;
      for (const entry of gone) await deleteEntry(entry.id);
      set((s) => ({ acked: s.acked.filter((e) => !gone.includes(e)) }));
    },
  };
});
