import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127224517Initial } from './Migration20261127224517Initial.js';
import { Migration20261127231000UnitDim } from './Migration20261127231000UnitDim.js';
import { Migration20261128011000AnalyticsRollups } from './Migration20261128011000AnalyticsRollups.js';
import { Migration20261128120000ListAndRecommendationIndexes } from './Migration20261128120000ListAndRecommendationIndexes.js';
import { Migration20261128161000IncrementalRollups } from './Migration20261128161000IncrementalRollups.js';
import { Migration20261201224500IncrementalUnitDim } from './Migration20261201224500IncrementalUnitDim.js';
import { Migration20261201224800AuditTrail } from './Migration20261201224800AuditTrail.js';
import { Migration20261201234300Accounts } from './Migration20261201234300Accounts.js';
import { Migration20261202020000InspectionReview } from './Migration20261202020000InspectionReview.js';
import { Migration20261202030000DataVersion } from './Migration20261202030000DataVersion.js';
import { Migration20261202031500SourceUrlWeb } from './Migration20261202031500SourceUrlWeb.js';
import { Migration20261202040000ScopeRollupIndexes } from './Migration20261202040000ScopeRollupIndexes.js';
import { Migration20261202050000AccountAudit } from './Migration20261202050000AccountAudit.js';
import { Migration20261202055500ApprovedRollups } from './Migration20261202055500ApprovedRollups.js';
import { Migration20261202061000UnknownFacts } from './Migration20261202061000UnknownFacts.js';
import { Migration20261202063000RemedRecommendationProgress } from './Migration20261202063000RemedRecommendationProgress.js';
import { Migration20261202133656Boundaries } from './Migration20261202133656Boundaries.js';

/** Static list: no migration file is imported dynamically (swc, vitest and tsc builds alike). */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127224517Initial', class: Migration20261127224517Initial },
  { name: 'Migration20261127231000UnitDim', class: Migration20261127231000UnitDim },
  { name: 'Migration20261128011000AnalyticsRollups', class: Migration20261128011000AnalyticsRollups },
  { name: 'Migration20261128120000ListAndRecommendationIndexes', class: Migration20261128120000ListAndRecommendationIndexes },
  { name: 'Migration20261128161000IncrementalRollups', class: Migration20261128161000IncrementalRollups },
  { name: 'Migration20261201224500IncrementalUnitDim', class: Migration20261201224500IncrementalUnitDim },
  { name: 'Migration20261201224800AuditTrail', class: Migration20261201224800AuditTrail },
  { name: 'Migration20261201234300Accounts', class: Migration20261201234300Accounts },
  { name: 'Migration20261202020000InspectionReview', class: Migration20261202020000InspectionReview },
  { name: 'Migration20261202030000DataVersion', class: Migration20261202030000DataVersion },
  { name: 'Migration20261202031500SourceUrlWeb', class: Migration20261202031500SourceUrlWeb },
  { name: 'Migration20261202040000ScopeRollupIndexes', class: Migration20261202040000ScopeRollupIndexes },
  { name: 'Migration20261202050000AccountAudit', class: Migration20261202050000AccountAudit },
  { name: 'Migration20261202055500ApprovedRollups', class: Migration20261202055500ApprovedRollups },
  { name: 'Migration20261202061000UnknownFacts', class: Migration20261202061000UnknownFacts },
  { name: 'Migration20261202063000RemedRecommendationProgress', class: Migration20261202063000RemedRecommendationProgress },
  { name: 'Migration20261202133656Boundaries', class: Migration20261202133656Boundaries },
];
