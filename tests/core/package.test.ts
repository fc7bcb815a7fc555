import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LayerInfo } from '../../src/core/dataset/layerInfo.ts';
import { estimateVillages } from '../../src/core/dataset/villageEstimate.ts';
import type { LayerData } from '../../src/core/import/importLayer.ts';
import { isProvincePackage } from '../../src/core/package/isPackage.ts';
import { datasetFromLayers } from '../../src/core/import/datasetFromLayers.ts';
import { PACKAGE_LIMITS } from '../../src/core/package/packageFormat.ts';
import { readPackage } from '../../src/core/package/readPackage.ts';
import { radioModelToFile } from '../../src/core/radio/describeModel.ts';
import { DEFAULT_RADIO_MODEL } from '../../src/core/radio/radioModel.ts';
import { writePackage, type PackageInput } from '../../src/core/package/writePackage.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { createCommune, createSquare, createStation, createVillage, toLonLat } from '../helpers/createData.ts';

const communes: LayerData = { kind: 'communes', communes: [createCommune('07210', createSquare(0, 0, 4000))] };
const villages: LayerData = {
  kind: 'villages',
  villages: [[-1000, 0], [1000, 500]].map(([x, y], i) => ({
    ...createVillage(`V${i}`, '07210', { type: 'Point', coordinates: toLonLat(x!, y!) }, 250), households: 60, fibre: i === 0 ? true : null,
  })),
};
const stations: LayerData = {
  kind: 'stations',
  stations: [
    createStation('S1', 'Viettel', -1000, 0, { '4G': 1200 }, { towerId: 'T1', azimuths: [0, 120, 240], beamwidthDeg: 65, band: 'B3' }),
    createStation('S2', 'VNPT', -1000, 5, { '4G': 900, '5G': 300 }, { towerId: 'T1', heightM: 30 }),
  ],
};

const info = (kind: LayerData['kind'], id: string): LayerInfo => ({
  id, kind, file: `${kind}.csv`, importedAt: '2025-09-01T02:03:04.000Z', counts: { rows: 3, imported: 2, warnings: 1, rejected: 1 },
});

function createInput(): PackageInput {
  const estimate = villages.kind === 'villages' && communes.kind === 'communes' ? estimateVillages(villages.villages, 'v1', communes.communes, 'c1') : null;
  return {
    province: { code: '24', name: 'Tỉnh Bắc Ninh', nameEn: 'Bac Ninh Province' },
    settings: { thresholdPct: 80, planId: 'bn-2035' },
    manualValues: [{ indicator: 'x', value: 1, date: '2025-01-01', source: 'Sở' }],
    layers: [{ info: info('communes', 'c1'), layer: communes }, { info: info('villages', 'v1'), layer: villages }, { info: info('stations', 's1'), layer: stations }],
    estimate,
    createdAt: '2025-09-02T00:00:00.000Z',
  };
}

/** A zip of the given entries (text or bytes), as another tool might write one. */
const zipOf = (entries: Record<string, string | Uint8Array>) =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));

const manifestOf = (bytes: Uint8Array) => {
  const read = readPackage(bytes, 'p.zip');
  if ('error' in read) throw new Error(read.error);
  return read.manifest;
};

describe('province packages', () => {
  it('give back every layer, the estimate, the settings and values exactly, and the same figures', () => {
    const input = createInput();
    const bytes = writePackage(input);
    expect(isProvincePackage(bytes)).toBe(true);
    const read = readPackage(bytes, 'bac-ninh.zip');
    if ('error' in read) throw new Error(read.error);
    expect(read.layers).toEqual(input.layers);
    expect(read.estimate).toEqual(input.estimate);
    expect(read.manifest).toMatchObject({
      format: 'phusong-province', version: 1, createdAt: '2025-09-02T00:00:00.000Z', settings: input.settings, manualValues: input.manualValues,
      province: input.province, estimate: { villagesId: 'v1', communesId: 'c1' },
    });
    const fromPackage = datasetFromLayers(read.layers.map((l) => l.layer), { estimate: read.estimate }).dataset;
    expect(fromPackage.villages.every((v) => v.areaEstimated && v.geometry.type === 'Polygon')).toBe(true);
    const fromFiles = datasetFromLayers([communes, villages, stations]).dataset;
    expect(fromPackage).toEqual(fromFiles);
    expect(computeStats(fromPackage)).toEqual(computeStats(fromFiles));
  });

  it('carry the radio model of the settings panel, and refuse one the command line would refuse, with its reason', () => {
    const radio = radioModelToFile({ ...DEFAULT_RADIO_MODEL, thresholdDbm: { '4G': -100, '5G': -110, '6G': -110 }, offsetDb: { Viettel: { B3: -2 } } });
    const input = { ...createInput(), settings: { thresholdPct: 80, planId: null, radio } };
    expect(manifestOf(writePackage(input)).settings).toEqual(input.settings);
    const bad = { ...input, settings: { ...input.settings, radio: { ...radio, margin_db: { ...radio.margin_db, '4G': -3 } } } };
    expect(readPackage(writePackage(bad), 'p.zip')).toEqual({
      error: 'p.zip: manifest.json: settings.radio (margin_db.4G: expected a margin from 0 to 100 dB (it is added to the threshold), got -3)',
    });
  });

  it('drop an estimate made from other layers: the reader estimates again', () => {
    const input = createInput();
    const bytes = writePackage({ ...input, estimate: { ...input.estimate!, communesId: 'older' } });
    const read = readPackage(bytes, 'p.zip');
    expect('error' in read ? read.error : read.estimate).toBeNull();
  });

  it('refuse what is not a package, naming the file and the reason', () => {
    const csv = readFileSync('tests/fixtures/import/stations_clean.csv');
    expect(readPackage(csv, 'tram.csv')).toEqual({ error: 'tram.csv: not a province package (no manifest.json)' });
    const shapefile = readFileSync('tests/fixtures/import/communes_vn2000_tm3.zip');
    expect(isProvincePackage(shapefile)).toBe(false);
    expect(isProvincePackage(csv)).toBe(false);
    expect(readPackage(zipOf({ 'manifest.json': '{"format":"other"}' }), 'x.zip')).toEqual({ error: 'x.zip: manifest.json: not a province package (format "other")' });
  });

  it('refuse a newer version with a clear message, and a layer with a wrong field naming it', () => {
    const bytes = writePackage(createInput());
    const newer = rewrite(bytes, 'manifest.json', (m) => ({ ...(m as object), version: 2 }));
    expect(readPackage(newer, 'p.zip')).toEqual({ error: 'p.zip: manifest.json: version 2 is newer than this app reads (1): update the app' });
    const broken = rewrite(bytes, 'layers/stations.json', (l) => {
      const layer = l as { stations: { lon: unknown }[] };
      layer.stations[1]!.lon = 'abc';
      return layer;
    });
    expect(readPackage(broken, 'p.zip')).toEqual({ error: 'p.zip: layers/stations.json: unexpected value at stations[1].lon/lat' });
    const ring = rewrite(bytes, 'layers/communes.json', (l) => {
      const layer = l as { communes: { geometry: { coordinates: unknown } }[] };
      layer.communes[0]!.geometry.coordinates = [[[106, 21], [106.1, 21]]];
      return layer;
    });
    expect(readPackage(ring, 'p.zip')).toEqual({ error: 'p.zip: layers/communes.json: unexpected value at communes[0].geometry.coordinates[0]' });
    expect(manifestOf(bytes).layers.map((l) => l.kind)).toEqual(['communes', 'villages', 'stations']);
  });

  it('stop inflating a package at its limits, naming the entry and the limit', () => {
    // 64 MB of zeros packs into about 64 KB: the reader must stop at the limit, not inflate it all first.
    const manifest = JSON.stringify(manifestOf(writePackage(createInput())));
    const bomb = zipOf({
      'manifest.json': manifest, 'layers/communes.json': JSON.stringify(communes), 'layers/villages.json': JSON.stringify(villages),
      'layers/stations.json': new Uint8Array(64 * 2 ** 20),
    });
    expect(bomb.length).toBeLessThan(2 ** 20);
    const result = readPackage(bomb, 'bomb.zip', { ...PACKAGE_LIMITS, maxInflatedBytes: 4 * 2 ** 20 });
    expect(result).toEqual({ error: 'bomb.zip: not opened: layers/stations.json inflates past the limit of 4 MB for the package' });
    // Past the default limits, the ratio stops it: no real layer packs 100 times smaller.
    expect(readPackage(bomb, 'bomb.zip')).toEqual({ error: 'bomb.zip: not opened: layers/stations.json inflates more than 100 times its packed size' });
    expect(readPackage(bomb, 'big.zip', { ...PACKAGE_LIMITS, maxPackageBytes: 10 * 1024 })).toEqual({
      error: `big.zip: the package is ${Math.ceil(bomb.length / 1024)} KB, over the limit of 10 KB`,
    });
    const many = zipOf(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`layers/x${i}.json`, '{}'])));
    expect(readPackage(many, 'many.zip')).toEqual({ error: 'many.zip: not opened: more than 32 entries in the archive' });
  });
});

/** The package with one entry's JSON changed. */
function rewrite(bytes: Uint8Array, path: string, change: (json: unknown) => unknown): Uint8Array {
  const read = readPackage(bytes, 'p.zip');
  if ('error' in read) throw new Error(read.error);
  const entries: Record<string, string> = { 'manifest.json': JSON.stringify(read.manifest) };
  for (const l of read.manifest.layers) entries[l.path] = JSON.stringify(read.layers.find((x) => x.info.id === l.id)!.layer);
  if (read.manifest.estimate && read.estimate) entries[read.manifest.estimate.path] = JSON.stringify(read.estimate.geometries);
  entries[path] = JSON.stringify(change(JSON.parse(entries[path]!)));
  return zipOf(entries);
}
