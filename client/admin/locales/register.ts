import { i18n } from '../../i18n/index.ts';
import { adminEn } from './en.ts';
import { adminKk } from './kk.ts';
import { adminRu } from './ru.ts';
import { adminZh } from './zh.ts';

/** The console's labels, under `admin.*` beside the shared ones, added when its chunk loads. */
export const ADMIN_LABELS = { zh: adminZh, kk: adminKk, ru: adminRu, en: adminEn } as const;

for (const [language, labels] of Object.entries(ADMIN_LABELS)) i18n.addResourceBundle(language, 'translation', { admin: labels }, true, true);
