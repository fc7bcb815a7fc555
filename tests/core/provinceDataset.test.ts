import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataAvailability, missingFor } from '../../src/core/dataset/availability.ts';
import { provinceFromCommunes } from '../../src/core/dataset/province.ts';
import { estimateVillages, needsEstimate } from '../../src/core/dataset/villageEstimate.ts';
import { datasetFromLayers } from '../../src/core/import/datasetFromLayers.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import type { Village } from '../../src/core/model.ts';
import { choosePlan } from '../../src/core/targets/choosePlan.ts';
import { listPlans } from '../../src/core/targets/listPlans.ts';
import { createStation } from '../helpers/createData.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');

describe('a user\'s province from its layers alone', () => {
  it('leaves every kind not imported empty, never the demo\'s, and says which files would give the missing figures', () => {
    const data = datasetFromLayers([{ kind: 'stations', stations: [createStation('S1', 'Viettel', 0, 0, { '4G': 1000 })] }]).dataset;
    expect(data.province).toEqual({ code: '', name: 'Tỉnh chưa xác định', nameEn: 'Province not identified', isDemo: false });
    expect([data.communes, data.villages, data.coverage, data.fibre.routes, data.populationPoints]).toEqual([[], [], [], [], []]);
    const a = dataAvailability(data);
    expect(a).toEqual({ communes: false, villages: false, population: false, radio: true, stations: true, fibre: null });
    expect(missingFor('sites', a)).toEqual([]);
    expect(missingFor('radio', a)).toEqual(['villages']);
    expect(missingFor('fibre', a)).toEqual(['villages', 'fibre']);
    expect(missingFor('deadZones', a)).toEqual(['villages']);
    expect(missingFor('communes', a)).toEqual(['communes']);
  });

  it('says fibre has data from the villages\' own flags, and only stations give coverage', () => {
    const villages: Village[] = generateDemo().villages.slice(0, 3).map((v, i) => ({ ...v, fibre: i === 0 ? true : null }));
    const a = dataAvailability(datasetFromLayers([{ kind: 'villages', villages }]).dataset);
    expect(a.fibre).toBe('flag');
    expect(missingFor('fibre', a)).toEqual([]);
    expect(missingFor('radio', a)).toEqual(['stations']);
    expect(missingFor('population', a)).toEqual([]);
  });

  it('keeps an estimate that gives the province the command line estimates from the same layers', () => {
    const demo = generateDemo();
    const points: Village[] = demo.villages.slice(0, 40).map((v) => ({
      ...v, geometry: { type: 'Point', coordinates: v.geometry.type === 'Point' ? v.geometry.coordinates : interiorPoint(v.geometry) },
    }));
    expect(needsEstimate(points, demo.communes)).toBe(true);
    const seen: number[] = [];
    const estimate = estimateVillages(points, 'v', demo.communes, 'c', (done) => seen.push(done));
    expect(seen.at(-1)).toBe(points.length);
    const layers = [{ kind: 'communes', communes: demo.communes } as const, { kind: 'villages', villages: points } as const];
    const kept = datasetFromLayers(layers, { estimate }).dataset;
    expect(kept).toEqual(datasetFromLayers(layers).dataset);
    expect(needsEstimate(kept.villages, demo.communes)).toBe(false);
  });
});

describe.skipIf(!existsSync(REAL))('the province named from real 2025 commune codes (skipped: ../shared/data/real absent)', () => {
  const plans = listPlans().plans;
  for (const [file, code, name, plan] of [
    ['bac_ninh_wards_2025.geojson', '24', 'Tỉnh Bắc Ninh', 'bn-2035'],
    ['thai_nguyen_wards_2025.geojson', '19', 'Tỉnh Thái Nguyên', 'tn-2023'],
  ] as const) {
    it(`${file}: ${name}, with its own plan`, async () => {
      const imported = await importLayer(new Uint8Array(readFileSync(join(REAL, file))), file, 'communes');
      if (!imported.ok || imported.layer.kind !== 'communes') throw new Error('the wards did not import');
      const province = provinceFromCommunes(imported.layer.communes.map((c) => c.code));
      expect(province).toMatchObject({ code, name, isDemo: false });
      expect(choosePlan(plans, province.code, province.name)?.province.code).toBe(code);
      expect(choosePlan(plans, province.code, province.name)?.id).toBe(plan);
    });
  }
});
