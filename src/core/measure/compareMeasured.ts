import type { Area, Commune, Village } from '../model.ts';
import { totalMarginDb, type RadioModel } from '../radio/radioModel.ts';
import { AreaLocator } from '../stats/areaLocator.ts';
import type { MeasurePoint } from './measureTypes.ts';
import { wilsonInterval } from './wilson.ts';

/** How the measurements in one place agree with the model's coverage. */
export interface Agreement {
  /** Measurements in the place. */
  points: number;
  /** Covered by both, or by neither. */
  agree: number;
  /** The model says covered; the measurement is below the threshold. */
  predictedNotMeasured: number;
  /** The measurement reaches the threshold; the model says not covered. */
  measuredNotPredicted: number;
  /** `agree / points`, percent, with its 95 % Wilson interval; null without points. */
  agreePct: number | null;
  agreeLowPct: number | null;
  agreeHighPct: number | null;
  /** Mean of measured minus predicted over the points with a prediction, dB; null without any. */
  meanResidualDb: number | null;
}

export interface MeasuredComparison {
  villages: { id: string; name: string; communeCode: string; agreement: Agreement }[];
  communes: { code: string; name: string; agreement: Agreement }[];
  province: Agreement;
}

interface Tally { points: number; agree: number; predictedOnly: number; measuredOnly: number; residualSum: number; residualN: number }
const tally = (): Tally => ({ points: 0, agree: 0, predictedOnly: 0, measuredOnly: 0, residualSum: 0, residualN: 0 });

/**
 * Predicted against measured, per village and commune: a measurement is covered where its RSRP reaches the
 * technology's `threshold_dbm + margin_db`; the model covers it where its prediction (`predictedDbm`, NaN where no
 * station of the operator and band is in range) reaches the threshold plus the whole margin (`totalMarginDb`:
 * what the map draws). Each measurement counts in the village and the commune whose area holds it (the first,
 * where areas overlap); villages given as points hold none. Does not mutate its inputs.
 */
export function compareMeasured(
  points: readonly MeasurePoint[],
  predictedDbm: Float64Array,
  model: RadioModel,
  villages: readonly Village[],
  communes: readonly Commune[],
): MeasuredComparison {
  const villageLocator = new AreaLocator(villages.map((v) => (v.geometry.type === 'Point' ? null : (v.geometry as Area))));
  const communeLocator = new AreaLocator(communes.map((c) => c.geometry));
  const byVillage = villages.map(tally);
  const byCommune = communes.map(tally);
  const all = tally();
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const predicted = predictedDbm[i]!;
    const measuredCovered = p.rsrpDbm >= model.thresholdDbm[p.tech] + model.marginDb[p.tech];
    const predictedCovered = predicted >= model.thresholdDbm[p.tech] + totalMarginDb(model, p.tech);
    const v = villageLocator.locate(p.lon, p.lat);
    const c = communeLocator.locate(p.lon, p.lat);
    for (const t of [all, v >= 0 ? byVillage[v]! : null, c >= 0 ? byCommune[c]! : null]) {
      if (!t) continue;
      t.points++;
      if (measuredCovered === predictedCovered) t.agree++;
      else if (predictedCovered) t.predictedOnly++;
      else t.measuredOnly++;
      if (!Number.isNaN(predicted)) {
        t.residualSum += p.rsrpDbm - predicted;
        t.residualN++;
      }
    }
  }
  return {
    villages: villages.map((v, i) => ({ id: v.id, name: v.name, communeCode: v.communeCode, agreement: toAgreement(byVillage[i]!) })),
    communes: communes.map((c, i) => ({ code: c.code, name: c.name, agreement: toAgreement(byCommune[i]!) })),
    province: toAgreement(all),
  };
}

function toAgreement(t: Tally): Agreement {
  const ci = wilsonInterval(t.agree, t.points);
  return {
    points: t.points,
    agree: t.agree,
    predictedNotMeasured: t.predictedOnly,
    measuredNotPredicted: t.measuredOnly,
    agreePct: t.points > 0 ? (100 * t.agree) / t.points : null,
    agreeLowPct: ci ? 100 * ci.low : null,
    agreeHighPct: ci ? 100 * ci.high : null,
    meanResidualDb: t.residualN > 0 ? t.residualSum / t.residualN : null,
  };
}

/** An agreement as CSV columns ("" where there is no data, never 0). */
export function agreementColumns(a: Agreement) {
  const r = (x: number | null, d = 1) => (x === null ? '' : Math.round(x * 10 ** d) / 10 ** d);
  return {
    measured_points: a.points,
    agree_points: a.agree,
    predicted_not_measured: a.predictedNotMeasured,
    measured_not_predicted: a.measuredNotPredicted,
    agree_pct: r(a.agreePct),
    agree_ci95_low_pct: r(a.agreeLowPct),
    agree_ci95_high_pct: r(a.agreeHighPct),
    mean_residual_db: r(a.meanResidualDb, 2),
  };
}
