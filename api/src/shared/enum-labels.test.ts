import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS_FILE, enumLabelsModule } from '../scripts/emit-enum-labels.js';
import { ENUM_LABELS } from './enum-labels.js';
import * as enums from './enums.js';

describe('enum labels, declared once', () => {
  it('label every value of every stored code list, in Vietnamese and English', () => {
    for (const name of ['UnitKind', 'LineageType', 'RequirementCategory', 'InspectionKind', 'Rating', 'FindingResult', 'RecommendationStatus', 'InspectionStatus', 'AwardKind', 'SourceKind'] as const) {
      const values = Object.values((enums as unknown as Record<string, Record<string, string>>)[name]);
      expect(Object.keys(ENUM_LABELS[name]).sort(), name).toEqual([...values].sort());
      for (const l of Object.values(ENUM_LABELS[name]) as { vi: string; en: string }[]) expect(l.vi && l.en).toBeTruthy();
    }
  });

  it('the dashboard\'s generated copy is current (npm run gen writes it)', () => {
    expect(fs.readFileSync(ENUM_LABELS_FILE, 'utf8')).toBe(enumLabelsModule());
  });
});
