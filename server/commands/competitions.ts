import { CompetitionSetup, type SetupDocument, type SetupEdit } from '../../shared/schemas/setup.ts';
import type { NewEvent } from '../../shared/events.ts';
import type { CompetitionState } from '../../shared/state.ts';
import type { Principal } from '../auth/principal.ts';
import { RefereePins, type PinHashes, type PinOwner } from '../auth/refereePins.ts';
import { AppError } from '../../shared/commandError.ts';
import { StationKeys, type StationOwner } from '../auth/stationKeys.ts';
import { CompetitionStates } from '../store/competitionStates.ts';
import type { EventStore } from '../store/eventStore.ts';
import type { SecretStore } from '../store/secretStore.ts';

export interface CreatedSetup {
  state: CompetitionState;
  /** Returned once, here: only their hashes are kept. */
  stationKeys: Record<string, string>;
}

/**
 * What commands run against: every competition's state and write path
 * (`CompetitionStates`), plus the two secrets a setup carries — station keys and the
 * referee PIN — which creating a competition and editing its setup write in the same
 * transaction as their event, so a setup and its secrets never part ways.
 */
export class Competitions extends CompetitionStates {
  readonly stationKeys: StationKeys;
  readonly refereePins: RefereePins;

  constructor(store: EventStore, secrets: SecretStore, now?: () => Date) {
    super(store, now);
    this.stationKeys = new StationKeys(secrets);
    this.refereePins = new RefereePins(secrets);
  }

  /** Creates a competition from a setup document: its first event, its PINs (hashed beforehand), a key per crane. */
  create(document: SetupDocument, principal: Principal, pins: PinHashes): CreatedSetup {
    const setup = CompetitionSetup.parse(withoutPins(document));
    const keys = this.stationKeys.change(
      setup.id,
      setup.cranes.map((c) => c.id),
      [],
    );
    const state = this.add(setup, principal, {
      write: () => {
        this.refereePins.write(setup.id, pins, refereeIds(setup));
        keys.write();
      },
      committed: keys.committed,
    });
    return { state, stationKeys: keys.issued };
  }

  /**
   * Replaces the setup before the start (the event `decide` makes) and, in the same
   * transaction, the PIN when given and station keys: new cranes get a key, removed cranes
   * lose theirs.
   */
  updateSetup(competitionId: string, principal: Principal, document: SetupEdit, pins: PinHashes, decide: (state: CompetitionState, setup: CompetitionSetup) => NewEvent): CreatedSetup {
    const before = new Set(this.get(competitionId).setup.cranes.map((c) => c.id));
    const setup = CompetitionSetup.parse(withoutPins(document));
    (document.referees ?? []).forEach((r, i) => {
      if (r.pin === undefined && !this.refereePins.has(competitionId, r.id)) throw new AppError('bad_request', `referee ${r.id} is new and needs a PIN`, `referees.${i}.pin`);
    });
    const after = new Set(setup.cranes.map((c) => c.id));
    const keys = this.stationKeys.change(
      competitionId,
      [...after].filter((id) => !before.has(id)),
      [...before].filter((id) => !after.has(id)),
    );
    this.execute(competitionId, principal, null, (current) => decide(current, setup), {
      write: () => {
        this.refereePins.write(competitionId, pins, refereeIds(setup));
        keys.write();
      },
      committed: keys.committed,
    });
    return { state: this.get(competitionId), stationKeys: keys.issued };
  }

  // The two secret checks, for callers that hold the competitions (the login route).
  findReferee(competitionId: string, pin: string, refereeId?: string): Promise<PinOwner | null> {
    return this.refereePins.find(competitionId, pin, refereeId);
  }

  stationFor(key: string): StationOwner | undefined {
    return this.stationKeys.stationFor(key);
  }
}

const refereeIds = (setup: CompetitionSetup): string[] => (setup.referees ?? []).map((r) => r.id);

/** The setup as the log keeps it: no shared PIN, referees without theirs. */
function withoutPins(document: SetupDocument | SetupEdit): unknown {
  const { refereePin: _shared, referees, ...rest } = document;
  return referees === undefined ? rest : { ...rest, referees: referees.map(({ pin: _pin, ...referee }) => referee) };
}
