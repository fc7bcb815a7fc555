import { describe, expect, it } from 'vitest';
import { eirpPerResourceElementDbm, resourceElements } from '../../../src/core/radio/linkBudget.ts';
import { normalQuantile } from '../../../src/core/radio/normalQuantile.ts';
import { DEFAULT_RADIO_MODEL, totalMarginDb } from '../../../src/core/radio/radioModel.ts';
import { angleBetweenDeg, patternGainDb, sectorGainDb } from '../../../src/core/radio/sectorPattern.ts';

describe('link budget per resource element', () => {
  it('shares the EIRP over 0.9 x channel / spacing resource elements', () => {
    expect(resourceElements(20_000, 15)).toBe(1200);
    // 61 - 10 log 1200 = 61 - 30.792 = 30.208 dBm (4G defaults); 75 - 10 log 3000 = 40.229 (5G, 6G).
    expect(eirpPerResourceElementDbm(61, 20_000, 15)).toBeCloseTo(30.208, 3);
    expect(eirpPerResourceElementDbm(75, 100_000, 30)).toBeCloseTo(40.229, 3);
    expect(eirpPerResourceElementDbm(75, 200_000, 60)).toBeCloseTo(40.229, 3);
  });
});

describe('3GPP sector pattern', () => {
  it('is 0, -3, -12 and -30 dB at 0, 32.5, 65 and 180 degrees off a 65-degree boresight', () => {
    expect(sectorGainDb(0, 65)).toBeCloseTo(0, 12);
    expect(sectorGainDb(32.5, 65)).toBeCloseTo(-3, 12);
    expect(sectorGainDb(65, 65)).toBeCloseTo(-12, 12);
    expect(sectorGainDb(180, 65)).toBe(-30);
    // The floor starts where 12 (x / 65)^2 = 30: 102.8 degrees.
    expect(sectorGainDb(102, 65)).toBeGreaterThan(-30);
    expect(sectorGainDb(104, 65)).toBe(-30);
  });

  it('measures angles both ways round and takes the best sector', () => {
    expect(angleBetweenDeg(350, 10)).toBe(20);
    expect(angleBetweenDeg(10, 350)).toBe(20);
    expect(angleBetweenDeg(-90, 270)).toBe(0);
    expect(angleBetweenDeg(0, 180)).toBe(180);
    expect(patternGainDb(60, [0, 120, 240], 65)).toBeCloseTo(-12 * (60 / 65) ** 2, 12);
    expect(patternGainDb(125, [0, 120, 240], 65)).toBeCloseTo(-12 * (5 / 65) ** 2, 12);
    expect(patternGainDb(77, [], 65)).toBe(0);
  });
});

describe('cell-edge reliability', () => {
  it('inverts the normal distribution to 1e-12 (AS 241) against tabulated quantiles', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514715, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.99)).toBeCloseTo(2.3263478740408408, 12);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0471, 3);
    expect(normalQuantile(0)).toBeNaN();
    expect(normalQuantile(1)).toBeNaN();
  });

  it('adds z x sigma above 50 %: 90 % with 8 dB adds 10.25 dB; 50 % adds nothing', () => {
    expect(totalMarginDb({ ...DEFAULT_RADIO_MODEL, cellEdgeReliabilityPct: 90 }, '4G')).toBeCloseTo(10.25, 2);
    expect(totalMarginDb(DEFAULT_RADIO_MODEL, '4G')).toBe(0);
    const model = { ...DEFAULT_RADIO_MODEL, cellEdgeReliabilityPct: 95, shadowingSigmaDb: 6, marginDb: { '4G': 3, '5G': 0, '6G': 0 } };
    expect(totalMarginDb(model, '4G')).toBeCloseTo(3 + 1.6448536 * 6, 6);
  });
});
