import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { actorName } from '../i18n/actorName.ts';
import { formatAt } from '../i18n/format.ts';
import { actorLabel, filterAudit, type AuditFilter } from './audit.ts';
import { auditLines } from './auditSentence.ts';
import { useConsole } from './consoleStore.ts';
import { operatorLabel } from './names.ts';

/** The event log as people read it: when, who, what in a sentence, and why; filterable by heat, operator and person. */
export function AuditPanel({ state }: { state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const events = useConsole((s) => s.events);
  const [filter, setFilter] = useState<AuditFilter>({ heatId: '', operatorId: '', actor: '' });
  const [details, setDetails] = useState(false);
  const lines = useMemo(() => auditLines(events, language, t), [events, language, t]);
  const shown = useMemo(() => {
    const kept = new Set(filterAudit(events, state, filter).map((e) => e.seq));
    return lines.filter((line) => kept.has(line.event.seq)).reverse();
  }, [lines, events, state, filter]);
  // Each person once, by name; the value stays the role:id the filter matches.
  const people = new Map(events.map((e) => [actorLabel(e), actorName(e.actor, state.setup, language, t)]));
  const select = (key: keyof AuditFilter, label: string, options: { value: string; label: string }[]) => (
    <label>
      {label}{' '}
      <select name={`filter-${key}`} value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}>
        <option value="">{t('admin.audit.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="audit">
      <div className="filters">
        {select('heatId', t('admin.audit.heat'), Object.values(state.heats).map((h) => ({ value: h.id, label: `${h.id} · ${operatorLabel(state.setup, h.operatorId, language)}` })))}
        {select('operatorId', t('admin.audit.operator'), state.setup.operators.map((o) => ({ value: o.id, label: operatorLabel(state.setup, o.id, language) })))}
        {select('actor', t('admin.audit.person'), [...people].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)))}
        <label className="details-toggle">
          <input type="checkbox" name="audit-details" checked={details} onChange={(e) => setDetails(e.target.checked)} /> {t('admin.audit.details')}
        </label>
        <span className="muted">{t('admin.audit.count', { shown: shown.length, total: events.length })}</span>
      </div>
      <table data-testid="audit-table">
        <thead>
          <tr>
            {details && <th>{t('admin.audit.seq')}</th>}
            <th>{t('admin.audit.time')}</th>
            <th>{t('admin.audit.person')}</th>
            <th>{t('admin.audit.what')}</th>
            <th>{t('admin.audit.reason')}</th>
            {details && <th>{t('admin.audit.hash')}</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map(({ event, sentence, reason }) => (
            <tr key={event.seq} data-type={event.type}>
              {details && <td>{event.seq}</td>}
              <td className="when">{formatAt(event.at, language, state.setup.timeZone, 'dateTime')}</td>
              <td data-testid="audit-actor">{actorName(event.actor, state.setup, language, t)}</td>
              <td data-testid="audit-what">
                {sentence}
                {details && !event.type.startsWith('competition.') && <pre className="data">{JSON.stringify(event.data)}</pre>}
              </td>
              <td className="reason">{reason ?? ''}</td>
              {details && (
                <td className="hash" title={event.hash}>
                  {event.hash.slice(0, 10)}…
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
