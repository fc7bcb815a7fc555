import { describe, expect, it } from 'vitest';
import { rasterizeCoverage } from '../../../src/core/coverage/rasterizeCoverage.ts';
import { buildTechLayer } from '../../../src/core/coverage/buildCoverageLayer.ts';
import { findDeadZones } from '../../../src/core/deadZones/findDeadZones.ts';
import { DEFAULT_RADIO_MODEL } from '../../../src/core/radio/radioModel.ts';
import { createRadioShapeProvider } from '../../../src/core/radio/radioShapeProvider.ts';
import { computeStats } from '../../../src/core/stats/computeStats.ts';
import { createDataset, createSquare, createStation, createVillage, toLonLat } from '../../helpers/createData.ts';

/**
 * A 6 km square village in a ward (urban) with a three-sector 4G station at its centre and no radius: its lobes
 * reach 937 m on boresight (B3, 30 m, 61 dBm, -105 dBm) and much less between them.
 */
function createSectoredWard() {
  const geometry = createSquare(0, 0, 6000);
  const station = createStation('S1', 'Viettel', 0, 0, {}, { techs: ['4G'], heightM: 30, band: 'B3', azimuths: [0, 120, 240], beamwidthDeg: 65 });
  return createDataset({
    communes: [{ code: 'P1', name: 'Phường 1', type: 'phuong', geometry }],
    villages: [createVillage('V1', 'P1', geometry, 1000)],
    stations: [station],
  });
}

describe("the model's shapes in the statistics, the coverage rasters and the dead zones", () => {
  it('rasterizes exactly the pixels whose centres the model polygon covers', () => {
    const data = createSectoredWard();
    const provider = createRadioShapeProvider(DEFAULT_RADIO_MODEL, data.communes);
    const [west, south] = toLonLat(-1500, -1500);
    const [east, north] = toLonLat(1500, 1500);
    const grid = { west, south, east, north, width: 120, height: 120 };
    const raster = rasterizeCoverage(data.stations, [], '4G', grid, provider);
    const layer = buildTechLayer(data.stations, [], '4G', provider);
    const yTop = Math.log(Math.tan(Math.PI / 4 + (north * Math.PI) / 360));
    const yBottom = Math.log(Math.tan(Math.PI / 4 + (south * Math.PI) / 360));
    let covered = 0;
    for (let r = 0; r < grid.height; r++)
      for (let c = 0; c < grid.width; c++) {
        const lat = (2 * Math.atan(Math.exp(yTop - ((r + 0.5) * (yTop - yBottom)) / grid.height)) - Math.PI / 2) * (180 / Math.PI);
        expect(raster[r * grid.width + c]).toBe(layer.covers(west + ((c + 0.5) * (east - west)) / grid.width, lat) ? 1 : 0);
        covered += raster[r * grid.width + c]!;
      }
    // A three-lobed region: less than the 937 m disc, more than its inner disc.
    const pixelM2 = (3000 / 120) ** 2;
    expect(covered * pixelM2).toBeLessThan(Math.PI * 937 ** 2);
    expect(covered * pixelM2).toBeGreaterThan(Math.PI * 400 ** 2);
  });

  it('measures the same region in the village share and leaves the rest of the village a dead zone', () => {
    const data = createSectoredWard();
    const pct = computeStats(data).villages[0]!.pct['4G']!;
    const { zones } = findDeadZones(data, { cellM: 50 });
    expect(zones).toHaveLength(1);
    // The zone is the village less the covered lobes, to within a strip of cells along the lobes' outline.
    expect(zones[0]!.areaKm2).toBeCloseTo(36 * (1 - pct / 100), 1);
    expect(pct).toBeGreaterThan(0);
  });
});
