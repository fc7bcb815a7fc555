/**
 * A provincial plan and its indicators, as stored in `data/plans/<id>.json` (one file per plan).
 * Numbers are exactly those of the document; nothing is inferred.
 */

/** Metrics the map data measures; see `metrics.ts` for how each is computed. */
export const MEASURED_METRICS = [
  'villages_4g_pct',
  'villages_fibre_pct',
  'population_5g_pct',
  'population_6g_pct',
  'site_sharing_pct',
  'households_fibre_access_pct',
  'population_no_mobile_pct',
] as const;
export type MeasuredMetric = (typeof MEASURED_METRICS)[number];

/**
 * measured: the map computes the value; manual: a person enters it (value, date, source);
 * qualitative: the document gives a direction but no number, so there is no target to meet.
 */
export const INDICATOR_KINDS = ['measured', 'manual', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** atLeast: met when value >= target (the usual case); atMost: met when value <= target (e.g. dead zones). */
export type Comparison = 'atLeast' | 'atMost';

export interface PlanProvince {
  code: string;
  name: string;
}

export interface Indicator {
  /** Unique within the plan; what `summary.json` reports as `indicator`. */
  id: string;
  kind: IndicatorKind;
  /**
   * What is measured: one of MEASURED_METRICS for `measured` (and optionally `qualitative`, to show the map's
   * figure beside a target without a number); for `manual`, the key hand-entered values are stored under,
   * shared by every plan that asks for the same thing.
   */
  metric?: string;
  label_vi: string;
  label_en: string;
  /** A code of `UNIT_TEXTS` ("percent", "Mb/s", "per 100 people"...); empty for qualitative indicators without a figure. */
  unit: string;
  /** The document's number; absent for qualitative indicators. */
  target?: number;
  /** Default atLeast. */
  comparison?: Comparison;
  /** A condition inside the target, e.g. lines at 200 Mb/s for "90% of lines at 200 Mb/s". */
  qualifier?: { value: number; unit: string };
  /** As precise as the document: "2025" (end of that year), "2030-12" (end of that month) or a full ISO date; null when none. */
  deadline: string | null;
  /** The document's own words for this target (Vietnamese, as written). */
  wording: string;
  /** Where in the document. */
  section: string;
  note?: string;
}

export interface Plan {
  /** What `--plan` takes, and the file name without `.json`. */
  id: string;
  /** The document number as written, e.g. "111/KH-UBND"; null when the source does not give it. */
  document: string | null;
  title_vi: string;
  title_en: string;
  /** ISO date of issue; null when the source gives only the year. */
  date: string | null;
  year: number;
  issuer: string;
  /** The province (since 1 July 2025) whose territory the plan covers: what the loaded data is matched against. */
  province: PlanProvince;
  /** The province as the document names it; `before2025` for a province since merged. */
  issuedFor: PlanProvince & { before2025: boolean };
  /** Target years. */
  horizon: number[];
  source: { seed: string; section: string };
  note?: string;
  indicators: Indicator[];
}

/** A problem in a plan file: which file, which field (a path such as `indicators[2].target`), and why. */
export interface PlanProblem {
  file: string;
  field: string;
  reason: string;
}
