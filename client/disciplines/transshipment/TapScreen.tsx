import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkContainerNo } from '../../../shared/iso6346.ts';
import { ContainerField } from '../../referee/ContainerField.tsx';
import { NetTimePanel, type NetTimeInput } from './NetTimePanel.tsx';
import './transshipment.css';

/** One container moved, as the referee taps it. */
export interface ContainerMoved {
  index: number;
  containerNo: string;
  fromSlot?: string;
  toSlot?: string;
  penalties: string[];
}

export interface TapScreenProps extends NetTimeInput {
  /** The index the next tap records (1..containers); null when every index has its move (a voided one too). */
  nextIndex: number | null;
  /** Indices of the moves that count (on their way included), for the train strip. */
  recorded: readonly number[];
  penaltiesS: Readonly<Record<string, number>>;
  /** False before the start and after the confirmation. */
  accepting: boolean;
  onMoved(moved: ContainerMoved): void;
}

/**
 * The transshipment referee's screen: the net time on top, the train's containers as a strip,
 * the fault toggles for the container being moved, and one large button per container moved.
 * The container number is typed once per container (ISO 6346 checked); slots are optional.
 */
export function TapScreen(props: TapScreenProps) {
  const { t } = useTranslation();
  const { containers, nextIndex, recorded, penaltiesS, accepting, onMoved } = props;
  const [containerNo, setContainerNo] = useState('');
  const [fromSlot, setFromSlot] = useState('');
  const [toSlot, setToSlot] = useState('');
  const [faults, setFaults] = useState<string[]>([]);
  const check = checkContainerNo(containerNo);
  const done = nextIndex === null;
  const flip = (name: string) => setFaults((f) => (f.includes(name) ? f.filter((x) => x !== name) : [...f, name]));

  const tap = () => {
    if (!check.ok || nextIndex === null) return;
    onMoved({
      index: nextIndex,
      containerNo: check.normalized,
      ...(fromSlot.trim() ? { fromSlot: fromSlot.trim() } : {}),
      ...(toSlot.trim() ? { toSlot: toSlot.trim() } : {}),
      penalties: faults,
    });
    // Each container its own number, slots and faults: nothing carries over to the next one.
    setContainerNo('');
    setFromSlot('');
    setToSlot('');
    setFaults([]);
  };

  return (
    <section className="trans-screen panel" data-testid="trans-screen">
      <NetTimePanel {...props} />
      <ol className="train" data-testid="train" aria-label={t('trans.containers')}>
        {Array.from({ length: containers }, (_, i) => i + 1).map((index) => (
          <li key={index} className={recorded.includes(index) ? 'moved' : index === nextIndex && !done ? 'next' : ''} data-index={index}>
            {index}
          </li>
        ))}
      </ol>
      {!accepting ? (
        <p className="muted-panel trans-closed" data-testid="trans-closed">{t('trans.notStarted')}</p>
      ) : (
        <>
          <ContainerField value={containerNo} onChange={setContainerNo} />
          <div className="trans-slots">
            <label className="field">
              <span className="field-label">{t('trans.fromSlot')}</span>
              <input data-testid="from-slot" value={fromSlot} maxLength={40} onChange={(e) => setFromSlot(e.target.value.toUpperCase())} />
            </label>
            <label className="field">
              <span className="field-label">{t('trans.toSlot')}</span>
              <input data-testid="to-slot" value={toSlot} maxLength={40} onChange={(e) => setToSlot(e.target.value.toUpperCase())} />
            </label>
          </div>
          <div className="field-label">{t('trans.faultsNext')}</div>
          <div className="toggles trans-faults">
            {Object.entries(penaltiesS).map(([name, seconds]) => (
              <button key={name} type="button" className="toggle" data-testid={`fault-${name}`} aria-pressed={faults.includes(name)} onClick={() => flip(name)}>
                {t(`referee.penalty.${name}`, { defaultValue: name })} <small>+{seconds} s</small>
              </button>
            ))}
          </div>
          <button type="button" className="big primary-btn trans-tap" data-testid="container-moved" disabled={!check.ok || done} onClick={tap}>
            {nextIndex === null ? t('trans.allMoved', { count: recorded.length }) : t('trans.moved', { index: nextIndex })}
          </button>
        </>
      )}
    </section>
  );
}
