import { stateOfSetup } from '../../shared/reducer.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import type { CompetitionState, CompetitionStatus, HeatState } from '../../shared/state.ts';

/** `GET /api/competitions/:cid`: the public setup with each heat's state beside its plan. */
type CompetitionAnswer = Omit<CompetitionSetup, 'heats'> & {
  status: CompetitionStatus;
  lastSeq: number;
  heats: (CompetitionSetup['heats'][number] & HeatState)[];
};

/**
 * What a board draws while the snapshot is on its way: names, teams, clocks, heats and the
 * status from the setup (a few KB), nothing recorded, `lastSeq` 0. Drawing it first does the
 * first layout, font matching and clock formatting before thousands of lifts arrive, so the
 * snapshot only fills in numbers. Null when the setup cannot be read: the board waits for the
 * snapshot as before.
 */
export async function loadBoardFrame(competitionId: string): Promise<CompetitionState | null> {
  try {
    const res = await fetch(`/api/competitions/${encodeURIComponent(competitionId)}`);
    if (!res.ok) return null;
    const { status, lastSeq: _lastSeq, heats, ...rest } = (await res.json()) as CompetitionAnswer;
    const plans = heats.map(({ id, operatorId, disciplineId, craneId, scheduledAt }) => ({
      id,
      operatorId,
      disciplineId,
      ...(craneId ? { craneId } : {}),
      ...(scheduledAt ? { scheduledAt } : {}),
    }));
    const frame = stateOfSetup({ ...rest, heats: plans });
    for (const { id, status, startedAt, finishedAt } of heats) {
      const scheduled = frame.heats[id];
      if (scheduled) frame.heats[id] = { ...scheduled, status, startedAt, finishedAt };
    }
    return { ...frame, status };
  } catch {
    return null; // offline or not JSON: the snapshot draws the board
  }
}

