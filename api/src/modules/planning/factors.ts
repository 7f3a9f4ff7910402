import { InputProblem } from '../../shared/errors.js';

/**
 * The risk factors of the inspection-priority score (docs/PLANNING.md, the team's proposal):
 * points = weight × value, score = sum of the points. Values are capped so one factor cannot
 * drown the others; the weights are a default set that a query may override (per year: the
 * committee passes the year's weights in the input).
 */
export enum PriorityFactorName {
  NEVER_INSPECTED = 'NEVER_INSPECTED',
  YEARS_SINCE_LAST = 'YEARS_SINCE_LAST',
  LOW_COMPLIANCE = 'LOW_COMPLIANCE',
  COMPLIANCE_DECLINE = 'COMPLIANCE_DECLINE',
  OVERDUE_RECOMMENDATIONS = 'OVERDUE_RECOMMENDATIONS',
  NO_ANNUAL_PLAN = 'NO_ANNUAL_PLAN',
}

export interface FactorDefinition {
  name: PriorityFactorName;
  /** Default weight: points per unit of value. */
  weight: number;
  /** Largest value counted (null = the value is already bounded, 0–1). */
  cap: number | null;
  vi: string;
  en: string;
  /** What the value is and where it comes from (SPEC §4 terms). */
  source: string;
}

/** In display order; the defaults give a never-inspected unit 40 points, as much as 13⅓ years without a visit would. */
export const FACTORS: FactorDefinition[] = [
  {
    name: PriorityFactorName.NEVER_INSPECTED,
    weight: 40,
    cap: null,
    vi: 'Chưa từng được kiểm tra',
    en: 'Never inspected',
    source: '1 when neither the unit nor any predecessor (through lineage events on or before asOf) has an inspection dated on or before asOf, else 0.',
  },
  {
    name: PriorityFactorName.YEARS_SINCE_LAST,
    weight: 3,
    cap: 10,
    vi: 'Số năm kể từ lần kiểm tra gần nhất',
    en: 'Years since the last inspection',
    source: '(asOf − date of the last inspection of the unit or a predecessor) in days ÷ 365.25, 2 decimals, at most 10; null (0 points) when never inspected.',
  },
  {
    name: PriorityFactorName.LOW_COMPLIANCE,
    weight: 20,
    cap: null,
    vi: 'Mức chưa tuân thủ ở lần kiểm tra gần nhất',
    en: 'Non-compliance at the last inspection',
    source: '1 − the compliance score (SPEC §4: (C + 0.5·P) ÷ (C + P + N)) of the last inspection\'s findings, 4 decimals; null (0 points) when it has no applicable finding.',
  },
  {
    name: PriorityFactorName.COMPLIANCE_DECLINE,
    weight: 20,
    cap: null,
    vi: 'Điểm tuân thủ giảm so với lần trước',
    en: 'Compliance decline since the previous inspection',
    source: 'Compliance score of the previous inspection − that of the last one when it fell (else 0), 4 decimals; null (0 points) unless both have a score.',
  },
  {
    name: PriorityFactorName.OVERDUE_RECOMMENDATIONS,
    weight: 4,
    cap: 5,
    vi: 'Kiến nghị quá hạn chưa khắc phục',
    en: 'Overdue recommendations',
    source: 'Recommendations of inspections of the unit or a predecessor that are overdue at asOf (SPEC §4: open, due date before asOf), at most 5.',
  },
  {
    name: PriorityFactorName.NO_ANNUAL_PLAN,
    weight: 10,
    cap: null,
    vi: 'Chưa có kế hoạch thực hiện QCDC năm',
    en: 'No annual QCDC plan',
    source: '1 when neither the unit nor a predecessor has an annual plan for the year of asOf, else 0.',
  },
];

export type Weights = Record<PriorityFactorName, number>;

export const DEFAULT_WEIGHTS: Weights = Object.fromEntries(FACTORS.map((f) => [f.name, f.weight])) as Weights;

export const MAX_WEIGHT = 1000;

/** Default weights overridden by the given ones; errors name the input entry. */
export function resolveWeights(given: { factor: PriorityFactorName; weight: number }[] | null | undefined, argument = 'weights'): Weights {
  const out = { ...DEFAULT_WEIGHTS };
  const seen = new Set<string>();
  (given ?? []).forEach((w, i) => {
    if (seen.has(w.factor)) throw new InputProblem(`${argument}[${i}].factor`, `${w.factor} is given twice`);
    seen.add(w.factor);
    if (!Number.isFinite(w.weight) || w.weight < 0 || w.weight > MAX_WEIGHT) {
      throw new InputProblem(`${argument}[${i}].weight`, `must be between 0 and ${MAX_WEIGHT}, got ${w.weight}`);
    }
    out[w.factor] = w.weight;
  });
  return out;
}
