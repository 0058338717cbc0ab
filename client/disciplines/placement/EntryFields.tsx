import type { PlacementValue } from '../../../shared/disciplines/placement/reading.ts';
import type { PlacementRule } from '../../../shared/disciplines/placement/rule.ts';
import type { ValueFieldsProps } from '../discipline.ts';
import { OffsetStepper } from './OffsetStepper.tsx';
import { SlotTarget } from './SlotTarget.tsx';
import { Toggles } from './Toggles.tsx';

/** The entry form's placement fields: dx and dy steppers, penalties and dropped, and the slot to tap. */
export function EntryFields({ rule, value, onChange }: ValueFieldsProps<PlacementRule, PlacementValue>) {
  return (
    <div className="offsets">
      <div className="steppers">
        <OffsetStepper label="dx" testId="dx" value={value.dxMm} onChange={(dxMm) => onChange({ dxMm })} />
        <OffsetStepper label="dy" testId="dy" value={value.dyMm} onChange={(dyMm) => onChange({ dyMm })} />
        <Toggles
          penaltyNames={Object.keys(rule.penalties)}
          penalties={value.penalties}
          dropped={value.dropped}
          onPenalties={(penalties) => onChange({ penalties })}
          onDropped={(dropped) => onChange({ dropped })}
        />
      </div>
      <SlotTarget dxMm={value.dxMm} dyMm={value.dyMm} fullMarksWithinMm={rule.fullMarksWithinMm} onPick={(dxMm, dyMm) => onChange({ dxMm, dyMm })} />
    </div>
  );
}
