import { useEffect } from 'react';
import { i18n } from '../i18n/index.ts';
import { initialLanguage } from '../i18n/screenLanguage.ts';
import { connection, setConnectionToken } from '../live/connection.ts';
import { useLive } from '../live/liveStore.ts';
import { loadSnapshot, saveSnapshot } from '../outbox/db.ts';
import { useOutbox } from '../outbox/outboxStore.ts';
import { useClock } from './clockStore.ts';
import { deviceId } from './ids.ts';
import { refusedButDone, seenIn } from './heatView.ts';
import { useReferee } from './refereeStore.ts';
import { useSession } from './sessionStore.ts';

/** The app shell is cached by a service worker so /referee/:cid reloads with no network. */
function registerServiceWorker(): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  }
}

/**
 * Everything the tablet runs besides drawing: session, clock offset, outbox, live feed
 * (resumed from the last saved snapshot), snapshot saving, presence reports.
 */
export function useRefereeRuntime(competitionId: string): void {
  const token = useSession((s) => s.session?.token ?? null);

  useEffect(() => {
    registerServiceWorker();
    // `gauge.referee.lang`, the key tablets already keep their choice under.
    void i18n.changeLanguage(initialLanguage('referee', window.location.search));
    useSession.getState().restore(competitionId);
    useReferee.getState().pickHeat(competitionId, null);
    void useClock.getState().sync();
    void useOutbox.getState().open(competitionId);
    let stop = () => {};
    let cancelled = false;
    void loadSnapshot(competitionId)
      .catch(() => null)
      .then((snapshot) => {
        if (!cancelled) stop = useLive.getState().follow(competitionId, snapshot);
      });
    // Keep the last state on the tablet (at most every 0.5 s) for a reload with no network;
    // acknowledged entries are forgotten only once a saved snapshot holds them.
    let saveTimer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useLive.subscribe((s, prev) => {
      if (s.competition === prev.competition || !s.competition || saveTimer) return;
      saveTimer = setTimeout(() => {
        saveTimer = null;
        const state = useLive.getState().competition;
        if (!state) return;
        void saveSnapshot(competitionId, state)
          .then(() => useOutbox.getState().prune((entry) => seenIn(state, entry)))
          .catch(() => {});
      }, 500);
    });
    // Two tablets confirming one heat: the second is refused, yet the heat is confirmed as it
    // asked; drop that refusal rather than leave "1 refused" with nothing to show or dismiss.
    const dropRefusedButDone = () => {
      const state = useLive.getState().competition;
      const outbox = useOutbox.getState();
      if (state) for (const entry of outbox.entries) if (refusedButDone(state, entry)) void outbox.dismiss(entry.id);
    };
    const unsubscribeRefusals = [useLive.subscribe(dropRefusedButDone), useOutbox.subscribe(dropRefusedButDone)];
    // A reconnect means the server is back: send now instead of waiting out the backoff.
    const socket = connection();
    const onConnect = () => {
      useOutbox.getState().kick();
      void useClock.getState().sync();
    };
    socket.on('connect', onConnect);
    // Back on Wi-Fi: reconnect the live feed now rather than at the end of its backoff.
    const onOnline = () => {
      if (!socket.connected) socket.disconnect().connect();
    };
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      cancelled = true;
      stop();
      unsubscribe();
      for (const off of unsubscribeRefusals) off();
      socket.off('connect', onConnect);
      if (saveTimer) clearTimeout(saveTimer);
    };
  }, [competitionId]);

  // The outbox sends with the session's token; the socket presents it for presence reports.
  useEffect(() => {
    useOutbox.getState().setToken(token);
    setConnectionToken(token);
  }, [token]);

  // A 401 from the outbox ends the session: the login screen shows, the outbox stays.
  const needsLogin = useOutbox((s) => s.needsLogin);
  useEffect(() => {
    if (needsLogin) useSession.getState().logout();
  }, [needsLogin]);

  // Organizers watch tablets: unsent entries and the last acknowledgement.
  useEffect(() => {
    if (!token) return;
    const socket = connection();
    const report = () => {
      if (!socket.connected) return;
      const { entries, lastAckAt } = useOutbox.getState();
      socket.emit('presence:report', {
        competitionId,
        kind: 'referee',
        deviceId: deviceId(),
        pending: entries.filter((e) => e.state === 'pending').length,
        ...(lastAckAt ? { lastAckAt: new Date(lastAckAt).toISOString() } : {}),
      });
    };
    report();
    socket.on('connect', report);
    // At most one report a second: a draining outbox changes on every ack.
    let throttle: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useOutbox.subscribe((s, prev) => {
      if ((s.entries === prev.entries && s.lastAckAt === prev.lastAckAt) || throttle) return;
      throttle = setTimeout(() => {
        throttle = null;
        report();
      }, 1000);
    });
    return () => {
      socket.off('connect', report);
      unsubscribe();
      if (throttle) clearTimeout(throttle);
    };
  }, [competitionId, token]);
}
