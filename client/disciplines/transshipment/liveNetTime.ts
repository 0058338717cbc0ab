// A transshipment heat's net time as the tablet shows it while the clock runs (DESIGN.md,
// Disciplines): elapsed since the start + the penalty seconds of counted containers + the
// missing containers at `missingContainerS` each. At the finish the elapsed time stops, and
// the number is the one the standings use for that heat.

export interface NetTimeParts {
  elapsedS: number;
  penaltyS: number;
  missing: number;
  missingS: number;
  netTimeS: number;
}

export function liveNetTime(input: {
  startedAtMs: number | null;
  /** The finish when the heat has finished, else now (server time). */
  untilMs: number;
  penaltyS: number;
  containers: number;
  moved: number;
  missingContainerS: number;
}): NetTimeParts {
  const elapsedS = input.startedAtMs === null ? 0 : Math.max(0, (input.untilMs - input.startedAtMs) / 1000);
  const missing = Math.max(0, input.containers - input.moved);
  const missingS = missing * input.missingContainerS;
  return { elapsedS, penaltyS: input.penaltyS, missing, missingS, netTimeS: elapsedS + input.penaltyS + missingS };
}

/** "12:20.0": minutes and seconds to a tenth (floored, so a running clock never shows a tenth early). */
export function formatNetTime(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const tenths = Math.floor(Math.max(0, seconds) * 10 + 1e-6);
  const m = Math.floor(tenths / 600);
  const s = (tenths % 600) / 10;
  return `${m}:${s < 10 ? '0' : ''}${s.toFixed(1)}`;
}

/** The penalty seconds of a set of fault names under the rule's table. */
export const penaltySeconds = (penaltiesS: Readonly<Record<string, number>>, names: readonly string[]): number =>
  names.reduce((sum, name) => sum + (penaltiesS[name] ?? 0), 0);
