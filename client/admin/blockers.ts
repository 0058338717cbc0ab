import type { TFunction } from 'i18next';
import { protestWindowEndsAt, protestWindowOpen, unresolvedProtests } from '../../shared/results.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { formatAt } from '../i18n/format.ts';

/**
 * Why the results cannot be signed off, in the console's language: the same reasons, in the
 * same order, as shared/results.ts signOffBlockers (whose English sentences the server sends).
 */
export function blockerLines(state: CompetitionState, now: string, language: Language, t: TFunction): string[] {
  if (state.status === 'official') return [t('admin.results.blocker.official')];
  const lines: string[] = [];
  const open = Object.values(state.heats).filter((h) => h.status !== 'confirmed');
  if (open.length) lines.push(t('admin.results.blocker.heats', { list: open.map((h) => h.id).join(', ') }));
  const disputed = Object.values(state.lifts).filter((l) => l.disputed);
  if (disputed.length) lines.push(t('admin.results.blocker.disputed', { list: disputed.map((l) => l.key).join(', ') }));
  const protests = unresolvedProtests(state);
  if (protests.length) lines.push(t('admin.results.blocker.protests', { list: protests.map((p) => p.id).join(', ') }));
  const endsAt = protestWindowEndsAt(state);
  if (endsAt && protestWindowOpen(state, now)) lines.push(t('admin.results.blocker.window', { time: formatAt(endsAt, language, state.setup.timeZone, 'dateTime') }));
  return lines;
}
