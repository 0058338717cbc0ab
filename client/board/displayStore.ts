import { create } from 'zustand';
import type { Language } from '../../shared/schemas/common.ts';
import { BOARD_VIEWS, type BoardView, type DisplayCommand } from '../../shared/schemas/display.ts';
import { connection } from '../live/connection.ts';

const DEVICE_KEY = 'gauge.displayId';
/** The pass from pairing with the organizer, per competition. */
const passKey = (competitionId: string) => `gauge.displayPass.${competitionId}`;

/** A display's id, kept across reloads so the organizer sees the same screen come back. */
function deviceId(): string {
  const saved = localStorage.getItem(DEVICE_KEY);
  if (saved) return saved;
  const made = `display-${crypto.randomUUID().slice(0, 8)}`;
  localStorage.setItem(DEVICE_KEY, made);
  return made;
}

interface DisplayState {
  deviceId: string;
  view: BoardView;
  /** A view pinned by the organizer (or `?view=`): rotation stops until `auto`. */
  pinned: boolean;
  languages: Language[];
  rotateS: number;
  /**
   * The ranking view's page: 0 the overall ranking (the only one with one discipline), then
   * each discipline's. Rotation shows every page before it moves on to the next view.
   */
  rankingPage: number;
  rankingPages: number;
  setRankingPages(count: number): void;
  /** The code to show until the organizer pairs this screen; null once paired. */
  pairingCode: string | null;
  init(options: { languages: Language[]; view?: BoardView; rotateS?: number }): void;
  next(): void;
  pin(view: BoardView | 'auto'): void;
  setLanguages(languages: Language[]): void;
  /** Reports this screen to the server and obeys the organizer's commands. */
  link(competitionId: string): () => void;
}

const isView = (v: string | null): v is BoardView => (BOARD_VIEWS as readonly string[]).includes(v ?? '');

/** `?view=heats&rotate=20` on the address picks the first view and the rotation interval. */
export function displayOptionsFromQuery(search: string): { view?: BoardView; rotateS?: number } {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const rotateS = Number(params.get('rotate'));
  return { ...(isView(view) ? { view } : {}), ...(rotateS >= 3 ? { rotateS } : {}) };
}

/** Keeps the address in step with remote changes, so a reload shows the same screen. */
function rememberInAddress(key: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  window.history.replaceState(null, '', url);
}

export const useDisplay = create<DisplayState>()((set, get) => ({
  deviceId: '',
  view: 'ranking',
  pinned: false,
  languages: ['zh', 'kk'],
  rotateS: 20,
  rankingPage: 0,
  rankingPages: 1,
  setRankingPages(count) {
    const rankingPages = Math.max(1, count);
    if (rankingPages !== get().rankingPages) set({ rankingPages, rankingPage: Math.min(get().rankingPage, rankingPages - 1) });
  },
  pairingCode: null,
  init({ languages, view, rotateS }) {
    set({ deviceId: deviceId(), languages, view: view ?? 'ranking', pinned: view !== undefined, rotateS: rotateS ?? 20, rankingPage: 0 });
  },
  next() {
    const { view, pinned, rankingPage, rankingPages } = get();
    if (pinned) return;
    if (view === 'ranking' && rankingPage + 1 < rankingPages) return set({ rankingPage: rankingPage + 1 });
    set({ view: BOARD_VIEWS[(BOARD_VIEWS.indexOf(view) + 1) % BOARD_VIEWS.length], rankingPage: 0 });
  },
  pin(view) {
    if (view === 'auto') set({ pinned: false });
    else set({ view, pinned: true });
    rememberInAddress('view', view === 'auto' ? null : view);
  },
  setLanguages(languages) {
    set({ languages });
    rememberInAddress('lang', languages.join(','));
  },
  link(competitionId) {
    const socket = connection();
    const report = () => {
      const { deviceId: id, view, languages, pinned } = get();
      const displayPass = localStorage.getItem(passKey(competitionId)) ?? undefined;
      socket.emit(
        'presence:report',
        { competitionId, kind: 'display', deviceId: id, view: pinned ? view : `auto:${view}`, languages, ...(displayPass ? { displayPass } : {}) },
        (answer: { ok: boolean; pairingCode?: string }) => set({ pairingCode: answer?.ok ? (answer.pairingCode ?? null) : null }),
      );
    };
    const onPaired = (paired: { competitionId: string; deviceId: string; pass: string }) => {
      if (paired.competitionId !== competitionId || paired.deviceId !== get().deviceId) return;
      localStorage.setItem(passKey(competitionId), paired.pass);
      report();
    };
    const onCommand = (command: DisplayCommand) => {
      if (command.competitionId !== competitionId) return;
      if (command.reload) return window.location.reload();
      if (command.view) get().pin(command.view);
      if (command.languages) get().setLanguages(command.languages);
    };
    socket.on('connect', report);
    socket.on('display:command', onCommand);
    socket.on('display:paired', onPaired);
    if (socket.connected) report();
    // Report again whenever the view or languages change, so the organizer's list is true.
    const unsubscribe = useDisplay.subscribe((s, before) => {
      if (s.view !== before.view || s.pinned !== before.pinned || s.languages !== before.languages) report();
    });
    return () => {
      socket.off('connect', report);
      socket.off('display:command', onCommand);
      socket.off('display:paired', onPaired);
      unsubscribe();
    };
  },
}));
