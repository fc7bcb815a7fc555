import { describe, expect, it } from 'vitest';
import { pathLossCurve, pathLossModelFor } from '../../../src/core/radio/pathLoss.ts';
import { curveLossDb, curveRangeM } from '../../../src/core/radio/pathLossCurve.ts';
import type { Environment } from '../../../src/core/model.ts';

const loss = (fMHz: number, hb: number, hm: number, d: number, env: Environment) => curveLossDb(pathLossCurve(fMHz, hb, hm, env), d);

describe('path loss, worked by hand from docs/radio-model.md', () => {
  it('Okumura-Hata at 900 MHz (B8), hb 30 m, hm 1.5 m, 2 km, in each environment', () => {
    // log f = 2.95424; a(hm) = (1.1 x 2.95424 - 0.7) x 1.5 - (1.56 x 2.95424 - 0.8) = 3.82451 - 3.80862 = 0.01588;
    // L = 69.55 + 26.16 x 2.95424 - 13.82 x 1.47712 - 0.01588 + (44.9 - 6.55 x 1.47712) x log(2)
    //   = 69.55 + 77.28302 - 20.41386 - 0.01588 + 35.22486 x 0.30103 = 137.00702 (urban).
    expect(loss(900, 30, 1.5, 2000, 'urban')).toBeCloseTo(137.007, 3);
    expect(loss(900, 30, 1.5, 2000, 'dense_urban')).toBeCloseTo(140.007, 3);
    // Suburban: - 2 (log(900 / 28))^2 - 5.4 = - 2 x 1.50708^2 - 5.4 = -9.94261.
    expect(loss(900, 30, 1.5, 2000, 'suburban')).toBeCloseTo(127.064, 3);
    // Rural: - 4.78 x 2.95424^2 + 18.33 x 2.95424 - 35.94 = -41.71805 + 54.15126 - 35.94 = -23.50642.
    expect(loss(900, 30, 1.5, 2000, 'rural')).toBeCloseTo(113.501, 3);
  });

  it('COST-231 Hata at 1800 MHz (B3), hb 30 m, hm 1.5 m, 1 km, in each environment', () => {
    // log f = 3.25527; a(hm) = (3.58080 - 0.7) x 1.5 - (5.07822 - 0.8) = 0.04298;
    // L = 46.3 + 33.9 x 3.25527 - 20.41386 - 0.04298 + 0 = 136.19695.
    expect(loss(1800, 30, 1.5, 1000, 'urban')).toBeCloseTo(136.197, 3);
    expect(loss(1800, 30, 1.5, 1000, 'dense_urban')).toBeCloseTo(139.197, 3);
    expect(loss(1800, 30, 1.5, 1000, 'suburban')).toBeCloseTo(124.258, 3);
    expect(loss(1800, 30, 1.5, 1000, 'rural')).toBeCloseTo(109.273, 3);
    // 2100 MHz (B1), hb 45 m, 3 km: 46.3 + 112.63548 - 22.84679 - 0.04967 + (44.9 - 10.82836) x 0.47712 = 152.283.
    expect(loss(2100, 45, 1.5, 3000, 'urban')).toBeCloseTo(152.283, 3);
  });

  it('3GPP TR 38.901 RMa NLOS at 3.5 GHz (n78) and 7.75 GHz (fr3), rural', () => {
    // d3 = sqrt(2000^2 + 28.5^2) = 2000.203; 161.04 - 7.1 log 20 + 7.5 log 5 - (24.37 - 3.7 (5/30)^2) log 30
    // + (43.42 - 3.1 log 30)(log d3 - 3) + 20 log 3.5 - (3.2 (log 17.625)^2 - 4.97)
    // = 161.04 - 9.23730 + 5.24227 - 35.84506 + 38.84093 x 0.30108 + 10.88136 - 0.00001 = 143.776.
    expect(loss(3500, 30, 1.5, 2000, 'rural')).toBeCloseTo(143.776, 3);
    expect(loss(7750, 30, 1.5, 1000, 'rural')).toBeCloseTo(138.993, 3);
  });

  it('3GPP TR 38.901 UMa NLOS at 3.5 GHz in the urban, dense urban and suburban environments, flat inside 10 m', () => {
    // d3 = sqrt(500^2 + 23.5^2) = 500.552; 13.54 + 39.08 x 2.69945 + 20 x 0.54407 - 0 = 129.916.
    for (const env of ['urban', 'dense_urban', 'suburban'] as const) expect(loss(3500, 25, 1.5, 500, env)).toBeCloseTo(129.916, 3);
    // Inside 10 m the distance is taken as 10 m: d3 = sqrt(100 + 23.5^2) = 25.539, 79.415 dB.
    expect(loss(3500, 25, 1.5, 5, 'urban')).toBeCloseTo(79.415, 3);
    expect(loss(3500, 25, 1.5, 0, 'urban')).toBe(loss(3500, 25, 1.5, 10, 'urban'));
    expect(loss(7750, 30, 1.5, 300, 'suburban')).toBeCloseTo(128.208, 3);
  });

  it('chooses the formula by frequency and environment', () => {
    expect(pathLossModelFor(700, 'urban')).toBe('okumura_hata');
    expect(pathLossModelFor(1499, 'rural')).toBe('okumura_hata');
    expect(pathLossModelFor(1500, 'rural')).toBe('cost231_hata');
    expect(pathLossModelFor(2700, 'urban')).toBe('cost231_hata');
    expect(pathLossModelFor(3500, 'rural')).toBe('tr38901_rma_nlos');
    expect(pathLossModelFor(3500, 'suburban')).toBe('tr38901_uma_nlos');
    expect(pathLossModelFor(28000, 'dense_urban')).toBe('tr38901_uma_nlos');
  });

  it('solves the range exactly: the loss at the range is the allowed loss', () => {
    for (const [f, env] of [[900, 'rural'], [1800, 'urban'], [3500, 'rural'], [3500, 'urban'], [7750, 'suburban']] as const) {
      const curve = pathLossCurve(f, 30, 1.5, env);
      const r = curveRangeM(curve, 135);
      expect(r).toBeGreaterThan(10);
      expect(curveLossDb(curve, r)).toBeCloseTo(135, 9);
    }
    // Less than the loss at 10 m covers nothing with 38.901; Hata always reaches somewhere.
    expect(curveRangeM(pathLossCurve(3500, 25, 1.5, 'urban'), 79)).toBe(0);
    expect(curveRangeM(pathLossCurve(3500, 25, 1.5, 'urban'), 79.42)).toBeCloseTo(10, 0);
    expect(curveRangeM(pathLossCurve(1800, 30, 1.5, 'urban'), 60)).toBeGreaterThan(0);
  });
});
