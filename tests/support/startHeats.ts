// Tests and benches that want every heat of a setup taking readings at once: a crane runs one
// heat at a time (a second start is 409 crane_busy), so a crane's earlier heat is finished before
// its next one starts. A finished heat still takes readings (tablets sync late), so the stream
// the test sends is unchanged.

export type HeatVerb = 'start' | 'finish';

/** Starts every heat in order, finishing each one that shares its crane with a later heat; returns how many heat events that appended. */
export async function startEveryHeat(heats: readonly { id: string; craneId?: string | null }[], act: (heatId: string, verb: HeatVerb) => Promise<unknown>): Promise<number> {
  let events = 0;
  for (const [i, heat] of heats.entries()) {
    await act(heat.id, 'start');
    events++;
    const craneId = heat.craneId ?? null;
    if (craneId === null || !heats.slice(i + 1).some((later) => later.craneId === craneId)) continue;
    await act(heat.id, 'finish');
    events++;
  }
  return events;
}
