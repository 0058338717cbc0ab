import { decideHeat, decideReopen, type HeatVerb } from '../../shared/decide.ts';
import { HeatAction, HeatReopen } from '../../shared/schemas/commands.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { written, type WriteAnswer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

// Heats: a referee starts, finishes and confirms one; only an organizer reopens a confirmed one.

export function heatAction(competitions: Competitions, principal: Principal | null, cid: string, heatId: string, verb: HeatVerb, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee']);
  const body = parse(HeatAction, input);
  const idem = body.id ? { key: `heat:${verb}:${body.id}`, body: { ...body, heatId } } : null;
  return written(competitions.execute(cid, who, idem, (state, now) => decideHeat(state, heatId, verb, body, now)));
}

export function reopenHeat(competitions: Competitions, principal: Principal | null, cid: string, heatId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(HeatReopen, input);
  const idem = body.id ? { key: `heat:reopen:${body.id}`, body: { ...body, heatId } } : null;
  return written(competitions.execute(cid, who, idem, (state) => decideReopen(state, heatId, body)));
}
