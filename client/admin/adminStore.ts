import { create } from 'zustand';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { api, ApiError, TOKEN_KEY } from './adminApi.ts';
import { documentFromDraft, type SetupDraft } from './setupDraft.ts';

export interface CompetitionSummary {
  id: string;
  name: LocalizedName;
  status: string;
  lastSeq: number;
}

/** Secrets the server returns once: shown to the organizer now, never fetched again. */
export interface OneTimeSecrets {
  competitionId: string;
  refereePin?: string;
  stationKeys: Record<string, string>;
  /** The cranes' names, so each key is shown under its crane's name. */
  craneNames?: Record<string, LocalizedName>;
}

interface AdminState {
  token: string | null;
  /** 'wrongToken' (the form says it in the console's language), else the failure as text. */
  loginError: string | null;
  competitions: CompetitionSummary[];
  /** The last failed action, with the field the server named. */
  error: { message: string; field?: string } | null;
  secrets: OneTimeSecrets | null;
  login(token: string): Promise<void>;
  logout(): void;
  loadCompetitions(): Promise<void>;
  /** Creates (no cid) or edits a competition; resolves with its id, or null when refused. */
  saveSetup(draft: SetupDraft, cid?: string): Promise<string | null>;
  resetStationKey(cid: string, craneId: string, craneName?: LocalizedName): Promise<void>;
  dismissSecrets(): void;
  fail(error: unknown): void;
}

const stored = (): string | null => (typeof localStorage === 'undefined' ? null : localStorage.getItem(TOKEN_KEY));

/** The console's session, the competition list and the once-only secrets. */
export const useAdmin = create<AdminState>()((set, get) => ({
  token: stored(),
  loginError: null,
  competitions: [],
  error: null,
  secrets: null,
  async login(token) {
    try {
      await api('GET', '/api/admin/session', token.trim());
      localStorage.setItem(TOKEN_KEY, token.trim());
      set({ token: token.trim(), loginError: null });
    } catch (error) {
      set({ loginError: error instanceof ApiError && error.status === 401 ? 'wrongToken' : String(error) });
    }
  },
  logout() {
    localStorage.removeItem(TOKEN_KEY);
    set({ token: null, competitions: [], secrets: null });
  },
  async loadCompetitions() {
    try {
      const body = await api<{ competitions: CompetitionSummary[] }>('GET', '/api/competitions', null);
      set({ competitions: body.competitions });
    } catch (error) {
      get().fail(error);
    }
  },
  async saveSetup(draft, cid) {
    const document = documentFromDraft(draft);
    try {
      const body = await api<{ competition: { id: string }; stationKeys: Record<string, string> }>(
        cid ? 'PUT' : 'POST',
        cid ? `/api/competitions/${encodeURIComponent(cid)}/setup` : '/api/competitions',
        get().token,
        document,
      );
      const id = body.competition.id;
      const pin = typeof document.refereePin === 'string' ? document.refereePin : undefined;
      const craneNames = Object.fromEntries(draft.cranes.map((c) => [c.id, c.name]));
      set({ error: null, secrets: { competitionId: id, refereePin: pin, stationKeys: body.stationKeys, craneNames } });
      await get().loadCompetitions();
      return id;
    } catch (error) {
      get().fail(error);
      return null;
    }
  },
  async resetStationKey(cid, craneId, craneName) {
    try {
      const body = await api<{ key: string }>('POST', `/api/competitions/${encodeURIComponent(cid)}/stations/${encodeURIComponent(craneId)}/key`, get().token);
      set({ error: null, secrets: { competitionId: cid, stationKeys: { [craneId]: body.key }, ...(craneName ? { craneNames: { [craneId]: craneName } } : {}) } });
    } catch (error) {
      get().fail(error);
    }
  },
  dismissSecrets() {
    set({ secrets: null });
  },
  fail(error) {
    if (error instanceof ApiError && error.status === 401) get().logout();
    set({ error: error instanceof ApiError ? { message: error.message, field: error.field } : { message: String(error) } });
  },
}));
