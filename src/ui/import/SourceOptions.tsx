import type { HeaderCandidate } from '../../core/import/findHeaderRow.ts';
import { tm3Zones } from '../../core/import/tm3Zones.ts';
import type { CrsName } from '../../core/import/vn2000.ts';
import { crsLabel, formatMeridian } from './crsLabel.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

interface Props {
  t: Dictionary;
  /** Sheet names of a workbook; the picker shows only for more than one. */
  sheets: string[];
  /** The sheet read (chosen, or found by the import). */
  sheet: string | undefined;
  /** The system the user chose; undefined for automatic. */
  crs: CrsName | undefined;
  /** What the last import read positions in, when it succeeded: a system, or null for WGS84 degrees. */
  used: CrsName | null | undefined;
  /** Coordinates were rejected as metres with no system. */
  inMetres: boolean;
  /** Rows of a CSV or sheet that may be its header, and the one read as it; no picker without them. */
  headerCandidates: HeaderCandidate[];
  headerRow: number | undefined;
  onSheet(sheet: string): void;
  onCrs(crs: CrsName | undefined): void;
  onHeaderRow(row: number): void;
}

const NATIONAL: CrsName[] = ['EPSG:4326', 'EPSG:4756', 'EPSG:3405', 'EPSG:3406'];
const ZONES = tm3Zones();

/**
 * Where the rows come from: the sheet of a workbook, the header row (found under any title rows, or picked) and
 * the coordinate system; each change re-runs the import.
 */
export function SourceOptions({ t, sheets, sheet, crs, used, inMetres, headerCandidates, headerRow, onSheet, onCrs, onHeaderRow }: Props) {
  return (
    <div className="source-options">
      {sheets.length > 1 && (
        <label className="mapping-row">
          <span>{t.sheet}</span>
          <select data-testid="sheet" value={sheet ?? ''} onChange={(e) => onSheet(e.target.value)}>
            {sheet === undefined && <option value="" disabled>—</option>}
            {sheets.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      )}
      {headerCandidates.length > 1 && (
        <label className="mapping-row">
          <span>{t.headerRow}</span>
          <select data-testid="header-row" value={headerRow ?? ''} onChange={(e) => onHeaderRow(Number(e.target.value))}>
            {headerRow === undefined && <option value="" disabled>—</option>}
            {headerCandidates.map((c) => <option key={c.row} value={c.row}>{t.headerRowOption(c.row, c.preview)}</option>)}
          </select>
        </label>
      )}
      <label className="mapping-row">
        <span>{t.crs}</span>
        <select data-testid="crs" value={crs ?? ''} onChange={(e) => onCrs(e.target.value || undefined)}>
          <option value="">{t.crsAuto}</option>
          <optgroup label={t.crsNational}>
            {NATIONAL.map((c) => <option key={c} value={c}>{crsLabel(c, t)}</option>)}
          </optgroup>
          <optgroup label={t.crsProvincial}>
            {ZONES.map((z) => (
              <option key={z.crs} value={z.crs}>
                {formatMeridian(z.meridian)}{z.provinces.length > 0 ? ` (${z.provinces.join(', ')})` : ''}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {used !== undefined && (
        <p className="hint" data-testid="crs-used">
          {t.crsUsed}: {crsLabel(used ?? 'EPSG:4326', t)}{crs === undefined && used !== null ? ` (${t.crsFromFile})` : ''}
        </p>
      )}
      {inMetres && <p className="import-error" data-testid="crs-metres">{t.crsMetres}</p>}
    </div>
  );
}
