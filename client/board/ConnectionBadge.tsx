import type { Language } from '../../shared/schemas/common.ts';
import { useLive } from '../live/liveStore.ts';
import { Bilingual } from './Bilingual.tsx';

export function ConnectionBadge({ languages }: { languages: Language[] }) {
  const status = useLive((s) => s.status);
  return (
    <div className={`connection connection-${status}`} data-testid="connection" data-status={status} role="status">
      <span className="dot" />
      <Bilingual k={`connection.${status}`} languages={languages} />
    </div>
  );
}
