import { useState } from 'react';
import { ruleOfHeat } from '../../shared/disciplines/ofSetup.ts';
import type { Rule } from '../../shared/disciplines/registry.ts';
import { heatProgress } from '../disciplines/progress.ts';
import type { CompetitionState, LiftState } from '../../shared/state.ts';
import { disciplineView } from '../disciplines/registry.ts';
import { nameIn } from '../i18n/index.ts';
import { useConsole } from './consoleStore.ts';

const time = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleTimeString() : '—');

function DisputedLift({ lift, rule }: { lift: LiftState; rule: Rule }) {
  const settle = useConsole((s) => s.settleLift);
  const { consoleText, settleText, settleChange } = disciplineView(rule);
  const [reason, setReason] = useState('');
  const station = lift.readings.station;
  const referee = lift.readings.referee;
  const liftId = referee?.id ?? station?.id ?? '';
  const pick = (label: string, r: typeof station) =>
    r && (
      <button type="button" disabled={!reason.trim()} onClick={() => void settle(liftId, settleChange(r), reason.trim())}>
        Use {label}: {settleText(r)}
      </button>
    );
  return (
    <li data-testid={`disputed-${lift.key}`}>
      <strong>
        {lift.heatId} #{lift.index}
      </strong>{' '}
      {lift.containerNo} · now {consoleText(lift.value)}
      <div className="settle">
        <input placeholder="reason (required)" value={reason} onChange={(e) => setReason(e.target.value)} />
        {pick('station', station)}
        {pick('referee', referee)}
      </div>
    </li>
  );
}

/** Heats and their states, connected devices, and disputed lifts to settle. */
export function MonitorPanel({ state }: { state: CompetitionState }) {
  const devices = useConsole((s) => s.devices);
  const operators = new Map(state.setup.operators.map((o) => [o.id, o]));
  const disputed = Object.values(state.lifts).filter((l) => l.disputed);
  return (
    <div className="monitor">
      <section>
        <h3>Heats</h3>
        <table data-testid="heats-table">
          <thead>
            <tr>
              <th>heat</th>
              <th>operator</th>
              <th>crane</th>
              <th>state</th>
              <th>started</th>
              <th>finished</th>
              <th>lifts</th>
            </tr>
          </thead>
          <tbody>
            {Object.values(state.heats).map((h) => (
              <tr key={h.id}>
                <td>{h.id}</td>
                <td>
                  {operators.get(h.operatorId)?.bib} {nameIn(operators.get(h.operatorId)?.name, 'zh')} / {nameIn(operators.get(h.operatorId)?.name, 'kk')}
                </td>
                <td>{h.craneId ?? '—'}</td>
                <td className={`heat-${h.status}`}>{h.status}</td>
                <td>{time(h.startedAt)}</td>
                <td>{time(h.finishedAt)}</td>
                <td>
                  {heatProgress(state, h.id).done}/{heatProgress(state, h.id).required}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>Tablets and stations</h3>
        {devices.length === 0 && <p className="muted">No device has reported yet.</p>}
        <table data-testid="devices-table" hidden={devices.length === 0}>
          <thead>
            <tr>
              <th>device</th>
              <th>kind</th>
              <th>state</th>
              <th>pending</th>
              <th>last ack</th>
              <th>last reading</th>
              <th>last seen</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.deviceId} data-device={d.deviceId}>
                <td>{d.name ?? d.deviceId}</td>
                <td>
                  {d.kind}
                  {d.craneId ? ` ${d.craneId}` : ''}
                </td>
                <td className={d.online ? 'online' : 'offline'}>{d.online ? 'online' : 'offline'}</td>
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
        <h3>Disputed lifts ({disputed.length})</h3>
        {disputed.length === 0 && <p className="muted">None.</p>}
        <ul className="disputes">
          {disputed.map((l) => (
            <DisputedLift key={l.key} lift={l} rule={ruleOfHeat(state.setup, l.heatId)} />
          ))}
        </ul>
      </section>
    </div>
  );
}
