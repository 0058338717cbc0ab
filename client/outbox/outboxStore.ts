import { create } from 'zustand';
import { deleteEntry, loadEntries, putEntry } from './db.ts';
import type { AckedEntry, OutboxCommand, OutboxEntry } from './entry.ts';
import { nextBatch, outcomeOf, retryDelayMs } from './policy.ts';
import { sendEntry, type SendResult } from './send.ts';

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
  /** Keeps a referee act on the tablet, then sends it when it can. */
  enqueue(command: OutboxCommand): Promise<void>;
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

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void drain();
    }, ms);
  };

  /** Records one answer; false when sending must stop (retry later, or log in again). */
  const settle = async (entry: OutboxEntry, result: SendResult, answeredAt: number): Promise<boolean> => {
    const outcome = outcomeOf(result.status);
    if (outcome === 'retry') {
      set({ reachable: result.status !== 'network' });
      await putEntry({ ...entry, attempts: entry.attempts + 1 }).catch(() => {});
      return false;
    }
    set({ reachable: true });
    if (outcome === 'reauth') {
      set({ needsLogin: true });
      return false;
    }
    if (outcome === 'acked') {
      const acked: AckedEntry = { ...entry, state: 'acked', ackedAt: answeredAt };
      await putEntry(acked);
      localStorage.setItem(lastAckKey(entry.competitionId), String(answeredAt));
      set((s) => ({
        entries: s.entries.filter((e) => e.id !== entry.id),
        acked: [...s.acked, acked],
        lastAckAt: Math.max(s.lastAckAt ?? 0, answeredAt),
        lastAckMs: answeredAt - entry.createdAt,
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
    return true;
  };

  // One drain loop at a time; it runs until the outbox is empty or the network fails.
  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      for (;;) {
        const { token, needsLogin } = get();
        const batch = nextBatch(get().entries);
        if (!batch.length || !token || needsLogin) return;
        const answers = await Promise.all(batch.map(async (entry) => ({ entry, result: await sendEntry(entry, token), at: Date.now() })));
        let go = true;
        for (const { entry, result, at } of answers) go = (await settle(entry, result, at)) && go;
        if (!go) {
          if (!get().needsLogin) schedule(retryDelayMs(++failures));
          return;
        }
        failures = 0;
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
    async enqueue(command) {
      const competitionId = get().competitionId;
      if (!competitionId) throw new Error('outbox not open');
      const entry: OutboxEntry = { ...command, id: command.body.id, competitionId, createdAt: Date.now(), state: 'pending', attempts: 0 };
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
