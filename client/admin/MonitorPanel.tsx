import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleOfHeat } from '../../shared/disciplines/ofSetup.ts';
import type { Rule } from '../../shared/disciplines/registry.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState, LiftState } from '../../shared/state.ts';
import { heatProgress } from '../disciplines/progress.ts';
import { disciplineView } from '../disciplines/registry.ts';
import { formatAt } from '../i18n/format.ts';
import { useConsole } from './consoleStore.ts';
import { craneLabel, operatorLabel } from './names.ts';

function DisputedLift({ lift, rule, state }: { lift: LiftState; rule: Rule; state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const settle = useConsole((s) => s.settleLift);
  const { consoleText, settleText, settleChange } = disciplineView(rule);
  const [reason, setReason] = useState('');
  const station = lift.readings.station;
  const referee = lift.readings.referee;
  const liftId = referee?.id ?? station?.id ?? '';
  const operatorId = state.heats[lift.heatId]?.operatorId;
  const pick = (key: 'useStation' | 'useReferee', r: typeof station) =>
    r && (
      <button type="button" disabled={!reason.trim()} onClick={() => void settle(liftId, settleChange(r), reason.trim())}>
        {t(`admin.monitor.${key}`, { value: settleText(r) })}
      </button>
    );
  return (
    <li data-testid={`disputed-${lift.key}`}>
      <strong>{t('admin.monitor.lift', { index: lift.index, heat: lift.heatId })}</strong> ({operatorLabel(state.setup, operatorId, language)}) · {lift.containerNo} ·{' '}
      {t('admin.monitor.now', { value: consoleText(lift.value) })}
      <div className="settle">
        <input aria-label={t('admin.monitor.reasonRequired')} placeholder={t('admin.monitor.reasonRequired')} value={reason} onChange={(e) => setReason(e.target.value)} />
        {pick('useStation', station)}
        {pick('useReferee', referee)}
      </div>
    </li>
  );
}

/** Heats and their states, connected devices, and disputed lifts to settle. */
export function MonitorPanel({ state }: { state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const devices = useConsole((s) => s.devices);
  const disputed = Object.values(state.lifts).filter((l) => l.disputed);
  const time = (iso: string | null | undefined) => (iso ? formatAt(iso, language, state.setup.timeZone) : '—');
  return (
    <div className="monitor">
      <section>
        <h3>{t('admin.monitor.heats')}</h3>
        <table data-testid="heats-table">
          <thead>
            <tr>
              <th>{t('admin.monitor.heat')}</th>
              <th>{t('admin.monitor.operator')}</th>
              <th>{t('admin.monitor.crane')}</th>
              <th>{t('admin.monitor.state')}</th>
              <th>{t('admin.monitor.started')}</th>
              <th>{t('admin.monitor.finished')}</th>
              <th>{t('admin.monitor.lifts')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.values(state.heats).map((h) => {
              const progress = heatProgress(state, h.id);
              return (
                <tr key={h.id}>
                  <td>{h.id}</td>
                  <td>{operatorLabel(state.setup, h.operatorId, language)}</td>
                  <td>{craneLabel(state.setup, h.craneId, language)}</td>
                  <td className={`heat-${h.status}`} data-status={h.status}>
                    {t(`admin.heatStatus.${h.status}`)}
                  </td>
                  <td>{time(h.startedAt)}</td>
                  <td>{time(h.finishedAt)}</td>
                  <td>
                    {progress.done}/{progress.required}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{t('admin.monitor.devices')}</h3>
        {devices.length === 0 && <p className="muted">{t('admin.monitor.noDevices')}</p>}
        <table data-testid="devices-table" hidden={devices.length === 0}>
          <thead>
            <tr>
              <th>{t('admin.monitor.device')}</th>
              <th>{t('admin.monitor.kind')}</th>
              <th>{t('admin.monitor.state')}</th>
              <th>{t('admin.monitor.pending')}</th>
              <th>{t('admin.monitor.lastAck')}</th>
              <th>{t('admin.monitor.lastReading')}</th>
              <th>{t('admin.monitor.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.deviceId} data-device={d.deviceId}>
                {/* A station is its crane, by name; a tablet by the name it reports. */}
                <td>{d.kind === 'station' && d.craneId ? craneLabel(state.setup, d.craneId, language) : (d.name ?? d.deviceId)}</td>
                <td>
                  {t(`admin.monitor.deviceKind.${d.kind}`)}
                  {d.craneId && d.kind !== 'station' ? ` · ${craneLabel(state.setup, d.craneId, language)}` : ''}
                </td>
                <td className={d.online ? 'online' : 'offline'}>{t(d.online ? 'admin.monitor.online' : 'admin.monitor.offline')}</td>
                <td>{d.pending ?? '—'}</td>
                <td>{time(d.lastAckAt)}</td>
                <td>{time(d.lastReadingAt)}</td>
                <td>{time(d.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{t('admin.monitor.disputed', { count: disputed.length })}</h3>
        {disputed.length === 0 && <p className="muted">{t('admin.monitor.none')}</p>}
        <ul className="disputes">
          {disputed.map((l) => (
            <DisputedLift key={l.key} lift={l} rule={ruleOfHeat(state.setup, l.heatId)} state={state} />
          ))}
        </ul>
      </section>
    </div>
  );
}
