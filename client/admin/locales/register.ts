import { addLabels } from '../../i18n/index.ts';
import { adminEn } from './en.ts';
import { adminKk } from './kk.ts';
import { adminRu } from './ru.ts';
import { adminZh } from './zh.ts';

/** The console's labels, under `admin.*` beside the shared ones, added when its chunk loads. */
export const ADMIN_LABELS = { zh: adminZh, kk: adminKk, ru: adminRu, en: adminEn } as const;

addLabels('admin', ADMIN_LABELS);
