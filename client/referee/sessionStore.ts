import { create } from 'zustand';

export interface Session {
  token: string;
  expiresAt: string;
}

export type LoginError = { kind: 'wrong_pin' } | { kind: 'too_many'; retryAfterS: number } | { kind: 'offline' } | { kind: 'other'; message: string };

interface SessionState {
  competitionId: string | null;
  session: Session | null;
  busy: boolean;
  error: LoginError | null;
  /** Loads a stored session that has not expired. */
  restore(competitionId: string): void;
  login(pin: string): Promise<void>;
  logout(): void;
}

/** localStorage key of a competition's referee session (see BRIEF: gauge.referee.<cid>). */
const storageKey = (cid: string) => `gauge.referee.${cid}`;

/**
 * The device pass of the last login here: it outlives the session (a week), and while
 * someone is guessing PINs it lets this tablet's referee log in when new devices must wait.
 */
const passKey = (cid: string) => `gauge.referee.pass.${cid}`;

function readStored(cid: string): Session | null {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(cid)) ?? 'null') as Session | null;
    if (stored && typeof stored.token === 'string' && Date.parse(stored.expiresAt) > Date.now()) return stored;
  } catch {
    // a damaged entry is the same as none
  }
  localStorage.removeItem(storageKey(cid));
  return null;
}

export const useSession = create<SessionState>()((set, get) => ({
  competitionId: null,
  session: null,
  busy: false,
  error: null,
  restore(competitionId) {
    set({ competitionId, session: readStored(competitionId), error: null });
  },
  async login(pin) {
    const competitionId = get().competitionId;
    if (!competitionId || get().busy) return;
    set({ busy: true, error: null });
    try {
      const res = await fetch('/api/auth/referee', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ competitionId, pin, ...(localStorage.getItem(passKey(competitionId)) ? { devicePass: localStorage.getItem(passKey(competitionId)) } : {}) }),
      });
      const body = (await res.json().catch(() => ({}))) as Partial<Session> & { devicePass?: string; error?: { code: string; message: string } };
      if (res.ok && body.token && body.expiresAt) {
        const session = { token: body.token, expiresAt: body.expiresAt };
        localStorage.setItem(storageKey(competitionId), JSON.stringify(session));
        if (body.devicePass) localStorage.setItem(passKey(competitionId), body.devicePass);
        set({ session, busy: false });
        return;
      }
      let error: LoginError;
      if (res.status === 429) error = { kind: 'too_many', retryAfterS: Number(res.headers.get('Retry-After') ?? 60) };
      else if (res.status === 401) error = { kind: 'wrong_pin' };
      else error = { kind: 'other', message: body.error?.message ?? res.statusText };
      set({ busy: false, error });
    } catch {
      set({ busy: false, error: { kind: 'offline' } });
    }
  },
  logout() {
    const competitionId = get().competitionId;
    if (competitionId) localStorage.removeItem(storageKey(competitionId));
    set({ session: null, error: null });
  },
}));
