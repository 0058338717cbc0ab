import { create } from 'zustand';

const STORAGE_KEY = 'gauge.clockOffsetMs';

interface ClockState {
  /** Server time minus this tablet's time (ms); kept across reloads for offline use. */
  offsetMs: number;
  measured: boolean;
  /** Asks /api/health for the server's time, halving the round trip. */
  sync(): Promise<void>;
}

export const useClock = create<ClockState>()((set) => ({
  // No localStorage under node (unit tests load the tablet's modules through the discipline views).
  offsetMs: Number(globalThis.localStorage?.getItem(STORAGE_KEY)) || 0,
  measured: false,
  async sync() {
    try {
      const sent = Date.now();
      const res = await fetch('/api/health', { cache: 'no-store' });
      const received = Date.now();
      const { time } = (await res.json()) as { time?: string };
      if (!time) return;
      const offsetMs = Date.parse(time) - (sent + received) / 2;
      localStorage.setItem(STORAGE_KEY, String(Math.round(offsetMs)));
      set({ offsetMs, measured: true });
    } catch {
      // offline: keep the last known offset
    }
  },
}));

/** The server's idea of now, as best this tablet knows it. */
export const serverNow = (): number => Date.now() + useClock.getState().offsetMs;
