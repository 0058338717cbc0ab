import { canonicalJson } from '../../shared/canonicalJson.ts';
import { verifyPublicChain } from '../../shared/public/publicChain.ts';
import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import { foldPublic } from '../../shared/public/publicFold.ts';
import { computeStandings, roundStandings } from '../../shared/scoring/standings.ts';
import { signatureHolds, type SignedHead } from '../signing/signedHead.ts';

export interface VerifyCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Re-checks a JSON export with nothing but the shared domain: the hash chain from the
 * first event, the last hash it claims, the setup, and the standings re-folded from
 * the events with the same reducer and scoring the server uses. A chain can be re-hashed
 * by anyone, so what ties the file to its server is the signature over its head: checked
 * against `expectedKey` (the server's published key) when given.
 */
export function verifyExport(document: unknown, expectedKey?: string): VerifyCheck[] {
  if (!isObject(document) || !Array.isArray(document.events)) {
    return [{ name: 'format', ok: false, detail: 'not a Gauge JSON export (no events array)' }];
  }
  const events = document.events as PublicEvent[];
  const checks: VerifyCheck[] = [];
  // A public export made while the board was frozen holds withheld copies: the chain runs through their published hashes.
  const chain = verifyPublicChain(events);
  checks.push(
    chain.ok
      ? { name: 'hash chain', ok: true, detail: `${events.length} events, last hash ${chain.lastHash}${chain.withheld ? ` (${chain.withheld} withheld until the reveal)` : ''}` }
      : { name: 'hash chain', ok: false, detail: `broken at seq ${chain.seq}: ${chain.reason}` },
  );
  if (!chain.ok) return checks;
  checks.push(...signatureChecks(document, chain.lastHash, expectedKey), ...signOffChecks(events, expectedKey));
  checks.push({
    name: 'last hash',
    ok: document.lastHash === chain.lastHash,
    detail: document.lastHash === chain.lastHash ? 'matches the chain' : `file says ${String(document.lastHash)}, chain ends at ${chain.lastHash}`,
  });
  let state;
  try {
    state = foldPublic(events);
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
  // Every discipline's ranking is re-folded too (a file from before disciplines has none to check).
  if (claimed.disciplines !== undefined) {
    const files = Array.isArray(claimed.disciplines) ? (claimed.disciplines as unknown[]) : [];
    for (const [i, discipline] of refolded.disciplines.entries()) {
      const file = files[i];
      const rows = isObject(file) && file.disciplineId === discipline.disciplineId ? file.operators : undefined;
      const same = canonicalJson(rows ?? null) === canonicalJson(discipline.operators);
      checks.push({
        name: `standings.disciplines.${discipline.disciplineId}`,
        ok: same,
        detail: same ? `${discipline.operators.length} rows match` : firstDifference(rows, discipline.operators),
      });
    }
  }
  return checks;
}

function signatureChecks(document: Record<string, unknown>, lastHash: string, expectedKey?: string): VerifyCheck[] {
  const signed = document.signature;
  if (!isSignedHead(signed)) return [{ name: 'signature', ok: false, detail: 'the file carries no signature: nothing ties it to a Gauge server' }];
  const { head } = signed;
  const events = document.events as { seq: number }[];
  const headMatches = head.competitionId === document.competitionId && head.lastSeq === events.length && head.lastHash === lastHash;
  const checks: VerifyCheck[] = [
    signatureHolds(signed)
      ? { name: 'signature', ok: true, detail: `Ed25519 by key ${signed.publicKey}` }
      : { name: 'signature', ok: false, detail: 'does not verify: the signed head or the signature was changed' },
    headMatches
      ? { name: 'signed head', ok: true, detail: `vouches for ${head.competitionId} up to seq ${head.lastSeq}` }
      : { name: 'signed head', ok: false, detail: `signed ${head.competitionId} seq ${head.lastSeq} hash ${head.lastHash}, but the events end at seq ${events.length} hash ${lastHash} (re-hashed or cut)` },
  ];
  if (expectedKey === undefined) {
    checks.push({ name: 'signing key', ok: true, detail: `not compared: pass --key with the server's public key (GET /api/keys) to be sure it is ${signed.publicKey}` });
  } else {
    const same = expectedKey.trim() === signed.publicKey;
    checks.push({ name: 'signing key', ok: same, detail: same ? "the server's key" : `signed by ${signed.publicKey}, not by the expected ${expectedKey.trim()}` });
  }
  return checks;
}

/** A sign-off in the log carries the server's signature over the log up to it. */
function signOffChecks(events: readonly PublicEvent[], expectedKey?: string): VerifyCheck[] {
  const official = events.find((e) => e.type === 'results.official');
  if (!official || official.type !== 'results.official' || 'withheld' in official) return [];
  const signed = official.data.signedHead;
  if (!signed) return [{ name: 'sign-off signature', ok: true, detail: 'signed off before sign-offs were signed' }];
  const previous = events[official.seq - 2];
  const ok =
    signatureHolds(signed) &&
    signed.head.lastSeq === official.seq - 1 &&
    signed.head.lastHash === previous?.hash &&
    (expectedKey === undefined || expectedKey.trim() === signed.publicKey);
  return [{ name: 'sign-off signature', ok, detail: ok ? `the sign-off at seq ${official.seq} is signed by ${signed.publicKey}` : `the sign-off at seq ${official.seq} does not carry a valid signature over the log before it` }];
}

function isSignedHead(value: unknown): value is SignedHead {
  if (!isObject(value) || !isObject(value.head)) return false;
  const { head } = value;
  return (
    value.algorithm === 'Ed25519' &&
    typeof value.publicKey === 'string' &&
    typeof value.signature === 'string' &&
    typeof head.competitionId === 'string' &&
    typeof head.lastSeq === 'number' &&
    typeof head.lastHash === 'string'
  );
}

function firstDifference(claimed: unknown, refolded: readonly object[]): string {
  if (!Array.isArray(claimed)) return 'missing in the file';
  const i = refolded.findIndex((row, n) => canonicalJson(claimed[n] ?? null) !== canonicalJson(row));
  if (i === -1) return `the file has ${claimed.length} rows, the log gives ${refolded.length}`;
  return `row ${i + 1}: file ${canonicalJson(claimed[i] ?? null)} ≠ log ${canonicalJson(refolded[i])}`;
}
