import type { Network, SpeedTile } from '../measure/measureTypes.ts';
import { quadkeyToPolygon } from '../measure/quadkey.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { MAX_SPEED_MBPS, optionalNumber } from './readOptionalNumber.ts';
import { parseCount, parseDecimal } from './parseValues.ts';
import { isPlausible } from './plausibleRange.ts';
import { fileNetwork, parseNetwork } from './readNetwork.ts';
import type { BoundTable } from './tableFields.ts';
import type { Table } from './table.ts';
import { isInVietnam } from './vietnamBounds.ts';

/**
 * Turns rows of Ookla's open speed tiles (`quadkey, avg_d_kbps, avg_u_kbps, avg_lat_ms, tests, devices`, from CSV,
 * GeoJSON, a workbook or Parquet) into `SpeedTile`s, each outlined from its quadkey (the file's own geometry, when
 * it has one, is the same tile). The network is the row's `network` cell, else the file's (`fileNetwork`). Rejected
 * rows: a key that is not a quadkey (`invalid_quadkey`), a tile whose centre lies outside Vietnam, an unreadable
 * or negative download speed or test count, a `network` cell naming neither mobile nor fixed. Unreadable optional
 * numbers are left out with a warning. Does not mutate `table`.
 */
export function importSpeedTiles(table: Table, file: string, options: ImportOptions = {}): LayerImport<SpeedTile[]> {
  const defaultNetwork = fileNetwork(file, options.network);
  return importRows<SpeedTile>(
    table,
    file,
    'speed_tiles',
    options,
    ({ cells, row, bound, report }) => {
      const quadkey = bound.get(cells, 'quadkey');
      const tile = quadkeyToPolygon(quadkey);
      if (!tile) return { reason: 'invalid_quadkey', field: bound.header('quadkey'), detail: `"${quadkey.slice(0, 40)}"` };
      const lon = (tile.west + tile.east) / 2;
      const lat = (tile.south + tile.north) / 2;
      if (!isInVietnam(lon, lat)) return { reason: 'outside_vietnam', field: bound.header('quadkey'), detail: `${lat.toFixed(5)}, ${lon.toFixed(5)}` };
      const dText = bound.get(cells, 'avgDKbps');
      const dKbps = parseDecimal(dText);
      if (dKbps === null) return { reason: 'unreadable_number', field: bound.header('avgDKbps'), detail: `"${dText}"` };
      if (!(dKbps >= 0 && dKbps <= MAX_SPEED_MBPS * 1000)) return { reason: 'implausible_number', field: bound.header('avgDKbps'), detail: `"${dText}"` };
      const testsText = bound.get(cells, 'tests');
      const tests = parseCount(testsText);
      if (tests === null) return { reason: 'unreadable_number', field: bound.header('tests'), detail: `"${testsText}"` };
      if (!isPlausible(tests, 'count') || tests === 0) return { reason: 'implausible_number', field: bound.header('tests'), detail: `"${testsText}"` };
      const network = readRowNetwork(cells, bound, defaultNetwork);
      if (network === null) return { reason: 'unknown_network', field: bound.header('network'), detail: `"${bound.get(cells, 'network')}"` };
      const uKbps = optionalNumber(cells, bound, 'avgUKbps', row, report, MAX_SPEED_MBPS * 1000);
      const devices = optionalNumber(cells, bound, 'devices', row, report, 10_000_000);
      return {
        item: {
          quadkey,
          network,
          geometry: tile.polygon,
          lon,
          lat,
          downloadMbps: dKbps / 1000,
          uploadMbps: uKbps === null ? null : uKbps / 1000,
          latencyMs: optionalNumber(cells, bound, 'avgLatMs', row, report, 100_000),
          tests,
          devices,
        },
      };
    },
    { field: 'quadkey', of: (t) => `${t.network}:${t.quadkey}` },
  );
}

/** The row's network cell, the file's network where the cell is empty, null where the cell names neither. */
export function readRowNetwork(cells: readonly string[], bound: BoundTable, fallback: Network): Network | null {
  const text = bound.get(cells, 'network');
  return text === '' ? fallback : parseNetwork(text);
}
