import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { actorName } from '../i18n/actorName.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { actorLabel, filterAudit, heatOfEvent, type AuditFilter } from './audit.ts';
import { useConsole } from './consoleStore.ts';

/** The event log as an audit trail, filterable by heat, operator and actor. */
export function AuditPanel({ state }: { state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const events = useConsole((s) => s.events);
  const [filter, setFilter] = useState<AuditFilter>({ heatId: '', operatorId: '', actor: '' });
  const actors = [...new Set(events.map(actorLabel))].sort();
  const shown = filterAudit(events, state, filter).slice().reverse();
  const select = (key: keyof AuditFilter, label: string, options: string[]) => (
    <label>
      {label}{' '}
      <select name={`filter-${key}`} value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}>
        <option value="">all</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="audit">
      <div className="filters">
        {select('heatId', 'heat', Object.keys(state.heats))}
        {select('operatorId', 'operator', state.setup.operators.map((o) => o.id))}
        {select('actor', 'actor', actors)}
        <span className="muted">
          {shown.length} of {events.length} events
        </span>
      </div>
      <table data-testid="audit-table">
        <thead>
          <tr>
            <th>seq</th>
            <th>time</th>
            <th>event</th>
            <th>actor</th>
            <th>heat</th>
            <th>data</th>
            <th>hash</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>{new Date(e.at).toLocaleString()}</td>
              <td>{e.type}</td>
              <td data-testid="audit-actor">{actorName(e.actor, state.setup, language, t)}</td>
              <td>{heatOfEvent(e, state) ?? ''}</td>
              <td className="data">{e.type.startsWith('competition.') ? '(setup)' : JSON.stringify(e.data)}</td>
              <td className="hash" title={e.hash}>
                {e.hash.slice(0, 10)}…
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
