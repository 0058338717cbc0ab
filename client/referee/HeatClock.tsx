import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatState } from '../../shared/state.ts';
import { serverNow } from './clockStore.ts';

const mmss = (ms: number) => {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${ms < 0 ? '−' : ''}${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * Time left in a running heat, from the server's start time and this tablet's clock
 * offset. When it reaches zero, `onTimeUp` fires once (the heat finishes at start + duration).
 */
export function HeatClock({ heat, durationS, onTimeUp }: { heat: HeatState; durationS: number; onTimeUp(at: number): void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    if (heat.status !== 'running') return;
    const timer = setInterval(() => setNow(serverNow()), 250);
    return () => clearInterval(timer);
  }, [heat.status]);
  const startedAt = heat.startedAt ? Date.parse(heat.startedAt) : null;
  const endAt = startedAt === null ? null : startedAt + durationS * 1000;
  const running = heat.status === 'running';
  useEffect(() => {
    if (running && endAt !== null && now >= endAt) onTimeUp(endAt);
  }, [running, endAt, now, onTimeUp]);

  if (startedAt === null) return <div className="heat-clock idle">{mmss(durationS * 1000)}</div>;
  const finishedAt = heat.finishedAt ? Date.parse(heat.finishedAt) : null;
  const left = (endAt as number) - (running ? now : (finishedAt ?? now));
  return (
    <div className={`heat-clock ${running ? 'running' : 'stopped'} ${left < 60_000 ? 'ending' : ''}`} data-testid="heat-clock">
      <span className="field-label">{t('referee.heat.timeLeft')}</span>
      <output>{mmss(Math.max(0, left))}</output>
    </div>
  );
}
