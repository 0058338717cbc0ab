import type { TransshipmentValue } from '../../../shared/disciplines/transshipment/reading.ts';
import type { TransshipmentRule } from '../../../shared/disciplines/transshipment/rule.ts';
import { penaltySeconds } from '../../../shared/disciplines/transshipment/score.ts';
import { LiftList } from '../../referee/LiftList.tsx';
import { useReferee } from '../../referee/refereeStore.ts';
import type { HeatScreenProps } from '../discipline.ts';
import { TapScreen } from './TapScreen.tsx';

const ms = (iso: string | null) => (iso ? Date.parse(iso) : null);

/**
 * A transshipment heat on the tablet: the tap screen (net time, train, faults, "moved") and
 * the moves so far, each open for a correction or a void as a placement lift is.
 */
export function TransshipmentHeat({ competitionId, view, rule }: HeatScreenProps<TransshipmentRule>) {
  const submitLift = useReferee((s) => s.submitLift);
  // Counted: every move not voided, the tablet's own unsent ones included.
  const counted = view.rows.filter((r) => !r.voided);
  const recorded = counted.map((r) => r.index);
  // A voided move keeps its index (a second reading there would be refused): the next tap takes a free one.
  const taken = new Set(view.rows.map((r) => r.index));
  const nextIndex = Array.from({ length: rule.containers }, (_, i) => i + 1).find((i) => !taken.has(i)) ?? null;
  const penaltyS = counted.reduce((sum, r) => sum + penaltySeconds(rule, (r.value as TransshipmentValue).penalties), 0);
  const accepting = view.heat.status === 'running' || view.heat.status === 'finished';
  return (
    <>
      <TapScreen
        containers={rule.containers}
        nextIndex={nextIndex}
        recorded={recorded}
        penaltiesS={rule.penaltiesS}
        missingContainerS={rule.missingContainerS}
        startedAtMs={ms(view.heat.startedAt)}
        finishedAtMs={ms(view.heat.finishedAt)}
        penaltyS={penaltyS}
        moved={counted.length}
        accepting={accepting}
        onMoved={({ index, containerNo, fromSlot, toSlot, penalties }) =>
          void submitLift(competitionId, { heatId: view.heat.id, index, containerNo, slot: '', penalties, ...(fromSlot ? { fromSlot } : {}), ...(toSlot ? { toSlot } : {}) })
        }
      />
      <LiftList view={view} rule={rule} />
    </>
  );
}
