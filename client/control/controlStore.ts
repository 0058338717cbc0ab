import { create } from 'zustand';
import type { Language } from '../../shared/schemas/common.ts';
import type { DevicePresence } from '../../shared/schemas/presence.ts';
import type { BoardView } from '../../shared/schemas/display.ts';
import { connection } from '../live/connection.ts';

const TOKEN_KEY = 'gauge.adminToken';

/** Displays, the connected ones first (a screen that reloads comes back under the same id). */
const displaysOf = (devices: DevicePresence[]): DevicePresence[] =>
  devices.filter((d) => d.kind === 'display').sort((a, b) => Number(b.online) - Number(a.online));

/** What the last action came to, as a locale key and its values (the page words it in its language). */
export type ControlNote = { key: string; values?: Record<string, string | number> };

type Ack = { ok: true; delivered?: number } | { ok: false; error: { code: string; message: string } };

interface ControlState {
  token: string | null;
  displays: DevicePresence[];
  message: ControlNote | null;
  setToken(token: string): void;
  /** Follows the competition's device list (the live store subscribes the socket to its room). */
  watch(competitionId: string): () => void;
  /** Pairs the display showing this code (the organizer reads it off the screen). */
  pair(competitionId: string, code: string): void;
  command(competitionId: string, deviceId: string, change: { view?: BoardView | 'auto'; languages?: Language[]; reload?: true }): void;
  visibility(competitionId: string, verb: 'freeze' | 'reveal'): Promise<void>;
}

export const useControl = create<ControlState>()((set, get) => ({
  token: localStorage.getItem(TOKEN_KEY),
  displays: [],
  message: null,
  setToken(token) {
    localStorage.setItem(TOKEN_KEY, token);
    set({ token });
  },
  watch(competitionId) {
    const socket = connection(get().token ?? undefined);
    const onPresence = (update: { competitionId: string; devices: DevicePresence[] }) => {
      if (update.competitionId === competitionId) set({ displays: displaysOf(update.devices) });
    };
    socket.on('presence', onPresence);
    void fetch(`/api/competitions/${encodeURIComponent(competitionId)}/devices`)
      .then((r) => r.json() as Promise<{ devices: DevicePresence[] }>)
      .then(({ devices }) => set({ displays: displaysOf(devices) }))
      .catch(() => set({ message: { key: 'lang2.devicesUnreachable' } }));
    return () => socket.off('presence', onPresence);
  },
  pair(competitionId, code) {
    connection()
      .timeout(5000)
      .emit('display:pair', { competitionId, code }, (err: Error | null, ack: { ok: true; deviceId: string } | { ok: false; error: { code: string; message: string } }) => {
        if (err) return set({ message: { key: 'lang2.noAnswer' } });
        set({ message: ack.ok ? { key: 'lang2.paired', values: { device: ack.deviceId } } : { key: 'lang2.failed', values: { status: ack.error.code, message: ack.error.message } } });
      });
  },
  command(competitionId, deviceId, change) {
    connection()
      .timeout(5000)
      .emit('display:command', { competitionId, deviceId, ...change }, (err: Error | null, ack: Ack) => {
        if (err) return set({ message: { key: 'lang2.noAnswer' } });
        set({ message: ack.ok ? { key: 'lang2.delivered', values: { count: ack.delivered ?? 0 } } : { key: 'lang2.failed', values: { status: ack.error.code, message: ack.error.message } } });
      });
  },
  async visibility(competitionId, verb) {
    const res = await fetch(`/api/competitions/${encodeURIComponent(competitionId)}/board/${verb}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${get().token ?? ''}` },
      body: JSON.stringify({ id: `${verb}-${crypto.randomUUID()}` }),
    });
    const body = (await res.json()) as { seq?: number; error?: { message: string } };
    set({
      message: res.ok
        ? { key: verb === 'freeze' ? 'lang2.frozenAt' : 'lang2.revealedAt', values: { seq: body.seq ?? '' } }
        : { key: 'lang2.failed', values: { status: res.status, message: body.error?.message ?? '' } },
    });
  },
}));
