import type { CommuneSpeed } from '../measure/measureTypes.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { readRowNetwork } from './importSpeedTiles.ts';
import { MAX_SPEED_MBPS, optionalNumber } from './readOptionalNumber.ts';
import { normaliseOperator, parseCount, parseDecimal } from './parseValues.ts';
import { isPlausible } from './plausibleRange.ts';
import { fileNetwork } from './readNetwork.ts';
import type { Table } from './table.ts';

/**
 * Turns a per-commune speed table (VNNIC i-Speed style: commune code or name, operator, mobile or fixed, download
 * Mb/s, samples) into `CommuneSpeed`s. A row with neither a commune code nor a name is rejected (`no_commune`), as
 * is one whose download speed or sample count is unreadable or implausible, or whose network names neither mobile
 * nor fixed. An empty operator is a line for all operators. Does not mutate `table`.
 */
export function importSpeedCommunes(table: Table, file: string, options: ImportOptions = {}): LayerImport<CommuneSpeed[]> {
  const defaultNetwork = fileNetwork(file, options.network);
  return importRows<CommuneSpeed>(table, file, 'speed_communes', options, ({ cells, row, bound, report }) => {
    const communeCode = bound.get(cells, 'communeCode').normalize('NFC');
    const communeName = bound.get(cells, 'name').normalize('NFC');
    if (communeCode === '' && communeName === '') return { reason: 'no_commune', field: `${bound.header('communeCode')}/${bound.header('name')}`, detail: '' };
    const dText = bound.get(cells, 'downloadMbps');
    const downloadMbps = parseDecimal(dText);
    if (downloadMbps === null) return { reason: 'unreadable_number', field: bound.header('downloadMbps'), detail: `"${dText}"` };
    if (!(downloadMbps >= 0 && downloadMbps <= MAX_SPEED_MBPS)) return { reason: 'implausible_number', field: bound.header('downloadMbps'), detail: `"${dText}"` };
    const sText = bound.get(cells, 'samples');
    const samples = parseCount(sText);
    if (samples === null) return { reason: 'unreadable_number', field: bound.header('samples'), detail: `"${sText}"` };
    if (!isPlausible(samples, 'count') || samples === 0) return { reason: 'implausible_number', field: bound.header('samples'), detail: `"${sText}"` };
    const network = readRowNetwork(cells, bound, defaultNetwork);
    if (network === null) return { reason: 'unknown_network', field: bound.header('network'), detail: `"${bound.get(cells, 'network')}"` };
    const operatorText = bound.get(cells, 'operator');
    return {
      item: {
        communeCode: communeCode || null,
        communeName: communeName || null,
        operator: operatorText === '' ? null : normaliseOperator(operatorText),
        network,
        downloadMbps,
        uploadMbps: optionalNumber(cells, bound, 'uploadMbps', row, report, MAX_SPEED_MBPS),
        samples,
      },
    };
  });
}
