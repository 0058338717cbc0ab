import { decideFreeze, decideReveal } from '../../shared/decide.ts';
import { SignOff } from '../../shared/schemas/commands.ts';
import { DisplayCommand } from '../../shared/schemas/display.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { written, type WriteAnswer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

// The public board: frozen and revealed by an organizer, and its screens remote-controlled.

/** `board/freeze` and `board/reveal`: admin only, optional `{id}` so a retry is not a second freeze. */
export function boardVisibility(competitions: Competitions, principal: Principal | null, cid: string, verb: 'freeze' | 'reveal', input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(SignOff, input ?? {});
  const idem = body.id ? { key: `board:${verb}:${body.id}`, body } : null;
  return written(competitions.execute(cid, who, idem, (state) => (verb === 'freeze' ? decideFreeze(state) : decideReveal(state))));
}

/**
 * A command for one big screen or all of a competition's screens (no event: screens are
 * not competition truth). Checked here; the socket layer delivers it.
 */
export function displayCommand(competitions: Competitions, principal: Principal | null, input: unknown): DisplayCommand {
  const command = parse(DisplayCommand, input);
  authorize(principal, command.competitionId, ['admin']);
  competitions.get(command.competitionId);
  return command;
}
