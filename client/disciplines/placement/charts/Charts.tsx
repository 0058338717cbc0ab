import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { AXIS, DASHES, GRID, Panel, SCORE_DOMAIN, scaled } from '../../../board/charts/chartFrame.tsx';
import { useThrottled } from '../../../board/charts/useThrottled.ts';
import { mmUnit } from '../../../i18n/format.ts';
import { nameIn, tIn } from '../../../i18n/index.ts';
import { useChartTiming } from '../../../live/perf.ts';
import type { PlacementValue } from '../../../../shared/disciplines/placement/reading.ts';
import { placementRule } from '../../../../shared/disciplines/placement/rule.ts';
import { firstDiscipline } from '../../single.ts';
import type { ChartsProps } from '../../discipline.ts';
import { latestLifts } from '../../../board/heatData.ts';
import { chartedOperators, landingPoints, runningAverages, teamComparison } from './chartData.ts';

/** Lines the running-average chart draws at most, besides the latest lift's operator. */
const TOP_LINES = 8;

type Props = ChartsProps<PlacementValue>;

// memo: the charts view re-renders per batch of lifts, a chart only when its (throttled) state changes.
export const RunningAverageChart = memo(function RunningAverageChart({ shown, languages }: Props) {
  // The top of the ranking and whoever lifted last: a line per operator of sixty is unreadable.
  const highlight = useMemo(() => shown.heats[latestLifts(shown, 1)[0]?.heatId ?? '']?.operatorId, [shown]);
  const charted = useMemo(() => chartedOperators(shown, TOP_LINES, highlight), [shown, highlight]);
  const rows = useMemo(() => runningAverages(shown, charted), [shown, charted]);
  const lang = languages[0] ?? 'zh';
  const size = scaled();
  const teamColor = new Map(shown.setup.teams.map((t) => [t.id, t.color ?? '#888']));
  const indexInTeam = new Map<string, number>();
  const perTeam = new Map<string, number>();
  for (const o of shown.setup.operators) {
    const n = perTeam.get(o.teamId) ?? 0;
    indexInTeam.set(o.id, n);
    perTeam.set(o.teamId, n + 1);
  }
  return (
    <Panel k="runningAverage" languages={languages} testId="chart-running-average" data={{ points: rows.length, lines: charted.join(' ') }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid {...GRID} />
          <XAxis dataKey="index" {...AXIS} />
          <YAxis domain={SCORE_DOMAIN} {...AXIS} width={size.axisWidth} />
          <Legend wrapperStyle={{ fontSize: '0.8em' }} iconSize={size.icon} />
          {shown.setup.operators.filter((o) => charted.includes(o.id)).map((o) => (
            <Line
              key={o.id}
              dataKey={o.id}
              name={`${o.bib} ${nameIn(o.name, lang)}`}
              stroke={teamColor.get(o.teamId)}
              strokeDasharray={DASHES[(indexInTeam.get(o.id) ?? 0) % DASHES.length]}
              strokeWidth={o.id === highlight ? size.stroke * 2 : size.stroke}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Panel>
  );
});

/** An SVG dot per landing: past this many (far more than a contest has) only the latest are drawn. */
const MAX_LANDINGS = 400;

const circle = (r: number) => Array.from({ length: 65 }, (_, i) => ({ dxMm: r * Math.cos((i * Math.PI) / 32), dyMm: r * Math.sin((i * Math.PI) / 32) }));

// memo: the charts view re-renders per batch of lifts, a chart only when its (throttled) state changes.
export const LandingTargetPlot = memo(function LandingTargetPlot({ shown, languages }: Props) {
  const byTeam = useMemo(() => landingPoints(shown, MAX_LANDINGS), [shown]);
  const fullMarks = placementRule(firstDiscipline(shown.setup).rule).fullMarksWithinMm;
  const all = [...byTeam.values()].flat();
  // Symmetric axes around the slot, at least four full-marks radii wide.
  const extent = Math.max(fullMarks * 4, ...all.map((p) => Math.max(Math.abs(p.dxMm), Math.abs(p.dyMm)) * 1.1));
  const domain: [number, number] = [-Math.ceil(extent), Math.ceil(extent)];
  const lang = languages[0] ?? 'zh';
  const size = scaled();
  return (
    <Panel k="landingTarget" languages={languages} testId="chart-landing-target" data={{ points: all.length }}>
      <div className="chart-square">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid {...GRID} />
          <XAxis type="number" dataKey="dxMm" domain={domain} unit={` ${mmUnit(lang)}`} {...AXIS} allowDataOverflow />
          <YAxis type="number" dataKey="dyMm" domain={domain} {...AXIS} width={size.axisWidth} allowDataOverflow />
          <Legend wrapperStyle={{ fontSize: '0.8em' }} iconSize={size.icon} />
          <Scatter
            name={`${tIn(lang)('fullMarks')} ≤ ${fullMarks} ${mmUnit(lang)}`}
            data={circle(fullMarks)}
            line={{ stroke: '#2ecc71', strokeWidth: size.stroke }}
            lineType="joint"
            shape={() => <g />}
            fill="#2ecc71"
            isAnimationActive={false}
          />
          {shown.setup.teams.map((team) => (
            <Scatter
              key={team.id}
              name={nameIn(team.name, lang)}
              data={byTeam.get(team.id) ?? []}
              fill={team.color ?? '#888'}
              shape={(dot: { cx?: number; cy?: number }) => (
                <circle cx={dot.cx} cy={dot.cy} r={size.dotRadius} fill={team.color ?? '#888'} fillOpacity={0.85} stroke="#07131f" strokeWidth={1} />
              )}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
      </div>
    </Panel>
  );
});

// memo: the charts view re-renders per batch of lifts, a chart only when its (throttled) state changes.
export const TeamComparisonChart = memo(function TeamComparisonChart({ shown, languages }: Props) {
  const rows = useMemo(() => teamComparison(shown), [shown]);
  const lang = languages[0] ?? 'zh';
  const size = scaled();
  return (
    <Panel k="teamComparison" languages={languages} testId="chart-team-comparison" data={{ points: rows.length }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid {...GRID} />
          <XAxis dataKey="index" {...AXIS} />
          <YAxis domain={SCORE_DOMAIN} {...AXIS} width={size.axisWidth} />
          <Legend wrapperStyle={{ fontSize: '0.8em' }} iconSize={size.icon} />
          {shown.setup.teams.map((team) => (
            <Bar key={team.id} dataKey={team.id} name={nameIn(team.name, lang)} fill={team.color ?? '#888'} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Panel>
  );
});

/** The three charts of the big screen, redrawn about once a second. */
export const ChartsView = memo(function ChartsView({ shown, languages }: Props) {
  const throttled = useThrottled(shown, 1000);
  useChartTiming(throttled);
  return (
    <>
      <RunningAverageChart shown={throttled} languages={languages} />
      <LandingTargetPlot shown={throttled} languages={languages} />
      <TeamComparisonChart shown={throttled} languages={languages} />
    </>
  );
});

/** The phone's charts: running average and landing plot, redrawn about once a second. */
export const PhoneCharts = memo(function PhoneCharts({ shown, languages }: Props) {
  const throttled = useThrottled(shown, 1000);
  return (
    <>
      <RunningAverageChart shown={throttled} languages={languages} />
      <LandingTargetPlot shown={throttled} languages={languages} />
    </>
  );
});
