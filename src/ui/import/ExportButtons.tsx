import { communeFiguresTable, villageFiguresTable } from '../../core/export/figureTables.ts';
import type { ExportTable } from '../../core/export/exportTable.ts';
import { writeCsv } from '../../core/export/writeCsv.ts';
import { writeXlsx } from '../../core/export/writeXlsx.ts';
import type { Language } from '../../store/appStore.ts';
import type { LoadedData } from '../../worker/api.ts';
import type { AppStats } from '../../worker/runStats.ts';
import { villageStatsFeatures } from '../villageStatsFeatures.ts';
import { download } from './download.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves the map as drawn: the canvas is read in the frame it was painted, so no preserveDrawingBuffer is needed. */
function downloadMapPng(): void {
  const map = window.__phusong?.map;
  if (!map) return;
  map.once('render', () => {
    map.getCanvas().toBlob((blob) => {
      if (blob) download(blob, 'phusong-map.png', 'image/png');
    }, 'image/png');
  });
  map.triggerRepaint();
}

/** Village and commune figures (with coverage percentages once computed) as CSV or .xlsx (headers in the UI language), villages as GeoJSON, the map as PNG. */
export function ExportButtons({ t, language, data, stats }: { t: Dictionary; language: Language; data: LoadedData | null; stats: AppStats | null }) {
  if (!data) return null;
  // The engine's percentages go out with the villages once it has run; before that, the village list alone.
  const villageCollection = stats ? villageStatsFeatures(data.villages, stats.stats.villages) : data.villages;
  const villages = villageCollection.features.map((f) => f.properties);
  const tables: [string, string, () => ExportTable][] = [
    ['villages', t.villageFigures, () => villageFiguresTable(villages)],
    ['communes', t.communeFigures, () => communeFiguresTable(data.communes.features.map((f) => f.properties), villages, stats?.stats.communes)],
  ];
  return (
    <div className="export-buttons">
      {tables.map(([name, label, table]) => (
        <p key={name}>
          <span>{label}</span>{' '}
          <button type="button" data-export={`${name}-csv`} onClick={() => download(writeCsv(table(), language), `${name}.csv`, 'text/csv;charset=utf-8')}>CSV</button>{' '}
          <button
            type="button"
            data-export={`${name}-xlsx`}
            onClick={() => void writeXlsx(table(), language, name).then((bytes) => download(bytes as Uint8Array<ArrayBuffer>, `${name}.xlsx`, XLSX))}
          >
            .xlsx
          </button>
        </p>
      ))}
      <p>
        <button type="button" data-export="villages-geojson" onClick={() => download(JSON.stringify(villageCollection), 'villages.geojson', 'application/geo+json')}>{t.villagesGeoJson}</button>{' '}
        <button type="button" data-export="map-png" onClick={downloadMapPng}>{t.mapPng}</button>
      </p>
    </div>
  );
}
