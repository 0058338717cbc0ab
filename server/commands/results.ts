import { decideOfficial } from '../../shared/decide.ts';
import { decideProtest, decideProtestResolution } from '../../shared/decideAdmin.ts';
import { ProtestLodge, ProtestResolve, SignOff } from '../../shared/schemas/commands.ts';
import { headOf, type Head, type SignedHead } from '../../shared/signedHead.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { written, type WriteAnswer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

// Results: protests lodged and resolved while they are provisional, then signed off.

/** Organizers record protests; a referee may lodge one from the tablet too. */
export function lodgeProtest(competitions: Competitions, principal: Principal | null, cid: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin', 'referee']);
  const body = parse(ProtestLodge, input);
  const result = competitions.execute(cid, who, { key: `protest:${body.id}`, body }, (state, now) => decideProtest(state, body, now));
  return written(result, { protest: result.event.data });
}

export function resolveProtest(competitions: Competitions, principal: Principal | null, cid: string, protestId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(ProtestResolve, input);
  const result = competitions.execute(cid, who, { key: `protest-resolution:${body.id}`, body: { ...body, protestId } }, (state) =>
    decideProtestResolution(state, protestId, body),
  );
  return written(result, { resolution: result.event.data });
}

/** Sign-off records in the log the server's signature over the log as it stands: the results it vouches for. */
export function signOff(competitions: Competitions, sign: (head: Head) => SignedHead, principal: Principal | null, cid: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(SignOff, input);
  const idem = body.id ? { key: `official:${body.id}`, body } : null;
  const result = competitions.execute(cid, who, idem, (state, now) => decideOfficial(state, now, sign(headOf(state))));
  return written(result, result.event.type === 'results.official' ? { signedHead: result.event.data.signedHead } : {});
}
