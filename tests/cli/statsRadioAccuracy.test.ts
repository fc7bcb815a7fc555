import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJitteredGrid } from '../../bench/nationalGrid.ts';
import { ACCURACY_MODEL_FILE, placeModelStations } from '../../bench/radioStations.ts';
import { splitCommunesByGrid } from '../../bench/splitVillages.ts';
import { mulberry32 } from '../../src/core/demo/random.ts';
import { communesToGeoJson } from '../../src/core/export/communesToGeoJson.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import { compareWithOracle } from '../helpers/compareWithOracle.ts';

const WARDS = join(import.meta.dirname, '../../../shared/data/real/bac_ninh_wards_2025.geojson');

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('stats --radio against the page model evaluated point by point', () => {
  it('synthetic: 1,600 villages of a jittered grid, 600 model stations', async () => {
    const rand = mulberry32(31);
    const { villages, communes } = createJitteredGrid(rand, 40, 40, 0.0166, 105.9, 21);
    // Codes as the importer expects them; every other commune a ward, so both commune types set environments.
    const coded = communes.map((c, i) => ({ ...c, code: String(10_000 + i), type: i % 2 === 0 ? ('phuong' as const) : ('xa' as const) }));
    const codeOf = new Map(communes.map((c, i) => [c.code, coded[i]!.code]));
    const dir = mkdtempSync(join(tmpdir(), 'phusong-radio-grid-'));
    writeFileSync(join(dir, 'communes.geojson'), communesToGeoJson(coded));
    const stations = placeModelStations(rand, [105.9, 21, 105.9 + 40 * 0.0166, 21 + 40 * 0.0166], 600);
    const result = await compareWithOracle(join(dir, 'communes.geojson'), coded, villages.map((v) => ({ ...v, communeCode: codeOf.get(v.communeCode)! })), stations, 30, ACCURACY_MODEL_FILE);
    expect(result.partial).toBeGreaterThan(20);
    expect(result.mean).toBeLessThan(0.3);
    expect(result.p99).toBeLessThan(1.5);
  }, 120_000);

  it.skipIf(!existsSync(WARDS))('real Bắc Ninh wards (skipped: ../shared/data/real absent): villages of every fourth ward, 1,250 model stations', async () => {
    const imported = await importLayer(new Uint8Array(readFileSync(WARDS)), 'bac_ninh_wards_2025.geojson', 'communes');
    if (!imported.ok || imported.layer.kind !== 'communes') throw new Error('the wards did not import');
    const communes = imported.layer.communes;
    const villages = splitCommunesByGrid(communes.filter((_, i) => i % 4 === 0), 0.019);
    const stations = placeModelStations(mulberry32(5), [105.85, 20.95, 107.05, 21.65], 1250);
    const result = await compareWithOracle(WARDS, communes, villages, stations, 30, ACCURACY_MODEL_FILE);
    expect(result.partial).toBeGreaterThan(20);
    expect(result.mean).toBeLessThan(0.3);
    expect(result.p99).toBeLessThan(1.5);
  }, 120_000);
});
