import { canonicalJson } from '../../shared/canonicalJson.ts';
import type { StoredEvent } from '../../shared/events.ts';
import { verifyChain } from '../../shared/hashChain.ts';
import { fold } from '../../shared/reducer.ts';
import { computeStandings, roundStandings } from '../../shared/scoring/standings.ts';

export interface VerifyCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Re-checks a JSON export with nothing but the shared domain: the hash chain from the
 * first event, the last hash it claims, the setup, and the standings re-folded from
 * the events with the same reducer and scoring the server uses.
 */
export function verifyExport(document: unknown): VerifyCheck[] {
  if (!isObject(document) || !Array.isArray(document.events)) {
    return [{ name: 'format', ok: false, detail: 'not a Gauge JSON export (no events array)' }];
  }
  const events = document.events as StoredEvent[];
  const checks: VerifyCheck[] = [];
  const chain = verifyChain(events);
  checks.push(
    chain.ok
      ? { name: 'hash chain', ok: true, detail: `${events.length} events, last hash ${chain.lastHash}` }
      : { name: 'hash chain', ok: false, detail: `broken at seq ${chain.seq}: ${chain.reason}` },
  );
  if (!chain.ok) return checks;
  checks.push({
    name: 'last hash',
    ok: document.lastHash === chain.lastHash,
    detail: document.lastHash === chain.lastHash ? 'matches the chain' : `file says ${String(document.lastHash)}, chain ends at ${chain.lastHash}`,
  });
  let state;
  try {
    state = fold(events);
  } catch (error) {
    checks.push({ name: 'replay', ok: false, detail: `the events do not fold: ${String(error)}` });
    return checks;
  }
  if (!state) return [...checks, { name: 'replay', ok: false, detail: 'no events' }];
  checks.push({ name: 'replay', ok: true, detail: `status ${state.status} at seq ${state.lastSeq}` });
  const setupMatches = canonicalJson(document.setup) === canonicalJson(state.setup);
  checks.push({ name: 'setup', ok: setupMatches, detail: setupMatches ? 'matches the log' : 'differs from the setup the log holds' });
  const refolded = roundStandings(computeStandings(state));
  const claimed = isObject(document.standings) ? document.standings : {};
  for (const part of ['operators', 'teams'] as const) {
    const same = canonicalJson(claimed[part] ?? null) === canonicalJson(refolded[part]);
    checks.push({ name: `standings.${part}`, ok: same, detail: same ? `${refolded[part].length} rows match` : firstDifference(claimed[part], refolded[part]) });
  }
  return checks;
}

function firstDifference(claimed: unknown, refolded: readonly object[]): string {
  if (!Array.isArray(claimed)) return 'missing in the file';
  const i = refolded.findIndex((row, n) => canonicalJson(claimed[n] ?? null) !== canonicalJson(row));
  if (i === -1) return `the file has ${claimed.length} rows, the log gives ${refolded.length}`;
  return `row ${i + 1}: file ${canonicalJson(claimed[i] ?? null)} ≠ log ${canonicalJson(refolded[i])}`;
}
