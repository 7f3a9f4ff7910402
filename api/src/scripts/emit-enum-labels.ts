/**
 * Writes the dashboard's enum labels from shared/enum-labels.ts (npm run gen), so the dashboard
 * shows the labels declared once in the API without fetching anything at run time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enumLabels } from '../shared/enum-labels.js';

export const ENUM_LABELS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dashboard/src/lib/i18n/enum-labels.ts');

export function enumLabelsModule(): string {
  const json = (lang: 'vi' | 'en') => JSON.stringify(enumLabels(lang), null, 2).replace(/"([A-Za-z_]+)":/g, '$1:');
  return (
    '// Generated from api/src/shared/enum-labels.ts by `npm run gen`; do not edit by hand.\n\n' +
    `export const ENUM_VI = ${json('vi')} as const;\n\nexport const ENUM_EN = ${json('en')} as const;\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(ENUM_LABELS_FILE, enumLabelsModule());
  console.log(`written ${path.relative(process.cwd(), ENUM_LABELS_FILE)}`);
}
