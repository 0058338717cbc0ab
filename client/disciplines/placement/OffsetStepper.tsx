import { useState } from 'react';
import { Keypad } from '../../referee/Keypad.tsx';

const clampMm = (v: number) => Math.max(-10_000, Math.min(10_000, Math.round(v)));

/** A signed millimetre value with large −10 −1 +1 +10 steps; tapping the value opens a keypad. */
export function OffsetStepper({ label, value, onChange, testId }: { label: string; value: number; onChange(v: number): void; testId: string }) {
  const [typing, setTyping] = useState(false);
  const step = (d: number) => onChange(clampMm(value + d));
  return (
    <div className="stepper" data-testid={testId}>
      <span className="stepper-label">{label}</span>
      <button type="button" className="step" onClick={() => step(-10)}>−10</button>
      <button type="button" className="step" onClick={() => step(-1)}>−1</button>
      <button type="button" className="stepper-value" data-testid={`${testId}-value`} onClick={() => setTyping(true)}>
        {value > 0 ? `+${value}` : value}
        <small> mm</small>
      </button>
      <button type="button" className="step" onClick={() => step(1)}>+1</button>
      <button type="button" className="step" onClick={() => step(10)}>+10</button>
      {typing && (
        <Keypad
          testId={`${testId}-keypad`}
          initial={String(value)}
          onCancel={() => setTyping(false)}
          onDone={(text) => {
            const n = Number(text);
            if (Number.isFinite(n)) onChange(clampMm(n));
            setTyping(false);
          }}
        />
      )}
    </div>
  );
}
