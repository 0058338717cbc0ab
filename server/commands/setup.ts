import { decideSetupUpdate } from '../../shared/decideAdmin.ts';
import { SetupDocument, SetupEdit } from '../../shared/schemas/setup.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { hashPins } from '../auth/refereePins.ts';
import { answered, type Answer } from './answer.ts';
import type { Competitions, CreatedSetup } from './competitions.ts';
import { parse } from './parse.ts';
import { publicCompetition } from './publicCompetition.ts';

// Setup: an organizer creates a competition, and edits its setup until the first heat starts.

type SetupAnswer = Answer<{ competition: ReturnType<typeof publicCompetition>; stationKeys: Record<string, string> }>;

const setupAnswer = ({ state, stationKeys }: CreatedSetup): SetupAnswer => answered({ competition: publicCompetition(state), stationKeys });

/** The station keys are in this answer once, and nowhere else ever. */
export async function createCompetition(competitions: Competitions, principal: Principal | null, input: unknown): Promise<SetupAnswer> {
  const who = authorize(principal, '', ['admin']);
  const document = parse(SetupDocument, input);
  return setupAnswer(competitions.create(document, who, await hashPins(document)));
}

/** New cranes' keys are in the answer; removed cranes' keys stop working. */
export async function editSetup(competitions: Competitions, principal: Principal | null, cid: string, input: unknown): Promise<SetupAnswer> {
  const who = authorize(principal, cid, ['admin']);
  const document = parse(SetupEdit, input);
  return setupAnswer(competitions.updateSetup(cid, who, document, await hashPins(document), decideSetupUpdate));
}
