import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverNow } from '../../referee/clockStore.ts';
import { formatNetTime, liveNetTime } from './liveNetTime.ts';

export interface NetTimeInput {
  startedAtMs: number | null;
  finishedAtMs: number | null;
  penaltyS: number;
  containers: number;
  moved: number;
  missingContainerS: number;
}

/** The heat's net time, live with the heat clock while it runs, and what it is made of. */
export function NetTimePanel(input: NetTimeInput) {
  const { t } = useTranslation();
  const running = input.startedAtMs !== null && input.finishedAtMs === null;
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(serverNow()), 100);
    return () => clearInterval(timer);
  }, [running]);
  const parts = liveNetTime({ ...input, untilMs: input.finishedAtMs ?? now });
  return (
    <div className={`net-time ${running ? 'running' : 'stopped'}`} data-testid="net-time" data-net-time-s={parts.netTimeS.toFixed(1)}>
      <span className="field-label">{t('trans.netTime')}</span>
      <output className="net-time-value" data-testid="net-time-value">{formatNetTime(parts.netTimeS)}</output>
      <div className="net-time-parts">
        <span>{t('trans.elapsed')} <b data-testid="net-elapsed">{formatNetTime(parts.elapsedS)}</b></span>
        <span>+ {t('trans.penaltyTime')} <b data-testid="net-penalty">{parts.penaltyS} s</b></span>
        <span>+ {t('trans.missing', { count: parts.missing, seconds: input.missingContainerS })} <b data-testid="net-missing">{parts.missingS} s</b></span>
      </div>
    </div>
  );
}
