import { useState } from 'react';
import { communeFiguresTable, villageFiguresTable } from '../../core/export/figureTables.ts';
import type { ExportTable } from '../../core/export/exportTable.ts';
import { writeCsv, type CsvLayout } from '../../core/export/writeCsv.ts';
import { writeXlsx } from '../../core/export/writeXlsx.ts';
import { appStore, type Language } from '../../store/appStore.ts';
import type { LoadedData } from '../../worker/api.ts';
import type { AppStats } from '../../worker/runStats.ts';
import { mapLegendItems } from '../mapLegendItems.ts';
import { mapPicture } from '../mapSnapshot.ts';
import { mapSheetText } from '../mapSheetText.ts';
import { villageStatsFeatures } from '../villageStatsFeatures.ts';
import { browserStorage } from '../data/viewSettings.ts';
import { download } from './download.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Where the CSV layout chosen last is kept in the browser. */
const LAYOUT_KEY = 'phusong.csvLayout';

const savedLayout = (): CsvLayout => (browserStorage().getItem(LAYOUT_KEY) === 'excel-vn' ? 'excel-vn' : 'excel');

/** Saves the map as a picture: title, map with scale bar, legend, date and source. */
async function downloadMapPng(t: Dictionary, language: Language): Promise<void> {
  const state = appStore.getState();
  const picture = await mapPicture(mapSheetText(t, state), mapLegendItems(t, state.layers, state.colourBy, state.commune !== null), language);
  picture?.toBlob((blob) => {
    if (blob) download(blob, 'phusong-map.png', 'image/png');
  }, 'image/png');
}

/**
 * Village and commune figures (with coverage percentages once computed) as CSV, in the Excel layout of the
 * user's choice, or .xlsx (headers in the UI language); villages as GeoJSON; the map as PNG.
 */
export function ExportButtons({ t, language, data, stats }: { t: Dictionary; language: Language; data: LoadedData | null; stats: AppStats | null }) {
  const [layout, setLayout] = useState<CsvLayout>(savedLayout);
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
          <button type="button" data-export={`${name}-csv`} onClick={() => download(writeCsv(table(), language, layout), `${name}.csv`, 'text/csv;charset=utf-8')}>CSV</button>{' '}
          <button
            type="button"
            data-export={`${name}-xlsx`}
            onClick={() => void writeXlsx(table(), language, name).then((bytes) => download(bytes as Uint8Array<ArrayBuffer>, `${name}.xlsx`, XLSX))}
          >
            .xlsx
          </button>
        </p>
      ))}
      <label className="setting" title={t.excelVnHelp}>
        <input
          type="checkbox"
          data-setting="csv-excel-vn"
          checked={layout === 'excel-vn'}
          onChange={(e) => {
            const next = e.target.checked ? 'excel-vn' : 'excel';
            try {
              browserStorage().setItem(LAYOUT_KEY, next);
            } catch {
              // A full quota: the layout is just not remembered.
            }
            setLayout(next);
          }}
        />
        {t.excelVn}
      </label>
      <p>
        <button type="button" data-export="villages-geojson" onClick={() => download(JSON.stringify(villageCollection), 'villages.geojson', 'application/geo+json')}>{t.villagesGeoJson}</button>{' '}
        <button type="button" data-export="map-png" onClick={() => void downloadMapPng(t, language)}>{t.mapPng}</button>
      </p>
    </div>
  );
}
