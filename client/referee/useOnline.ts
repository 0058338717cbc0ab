import { useSyncExternalStore } from 'react';
import { useOutbox } from '../outbox/outboxStore.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** The browser's network flag, and false after the outbox's last try failed on the network. */
export function useOnline(): boolean {
  const browserOnline = useSyncExternalStore(subscribe, () => navigator.onLine);
  const reachable = useOutbox((s) => s.reachable);
  return browserOnline && reachable;
}
