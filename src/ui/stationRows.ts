import type { StationDetail, TechReach } from '../core/radio/stationDetail.ts';
import type { Dictionary } from './i18n/dictionary.ts';

export interface PopupSection {
  title: string;
  rows: Array<[label: string, value: string]>;
}

/** A distance as a popup says it: metres below a kilometre, kilometres with one decimal above. */
function distance(m: number, t: Dictionary): string {
  return m < 1000 ? `${t.format.number(Math.round(m))} m` : `${t.format.number(m / 1000, 1)} km`;
}

function reachText(reach: TechReach, t: Dictionary): string {
  if (reach.source === 'coverage') return t.stationCoverageAreas;
  if (reach.source === 'radius') return `${distance(reach.rangeM, t)} (${t.stationRadiusFromFile})`;
  const bands = reach.bands.map((b) => `${b.name} ${t.pathLoss[b.pathLoss]}`).join(', ');
  return `${distance(reach.rangeM, t)} · ${bands}`;
}

/**
 * One popup section per station of a site: its parameters as the radio model reads them ("default" where the file
 * gives none), then its range per technology with the bands and path-loss formulas behind it, or why it has none.
 */
export function stationSections(stations: readonly StationDetail[], t: Dictionary): PopupSection[] {
  const marked = (text: string, isDefault: boolean) => (isDefault ? `${text} (${t.stationDefault})` : text);
  return stations.map((s) => {
    const sectors = s.azimuths.length === 0 ? t.stationOmni
      : `${s.azimuths.map((a) => `${t.format.number(a)}°`).join(', ')} · ${marked(`${t.format.number(s.beamwidthDeg ?? 0)}°`, s.beamwidthDefault)}`;
    const eirp = s.reach.flatMap((r) => (r.source === 'model' ? [marked(`${r.tech} ${t.format.number(r.eirpDbm)} dBm`, r.eirpDefault)] : []));
    const environment = t.radioEnvironment[s.environment];
    return {
      title: `${s.operator} ${s.id}`,
      rows: [
        // Without bands of its own a station on the model uses each technology's default band (named in its range).
        [t.stationBand, s.band ?? (s.reach.some((r) => r.source === 'model') ? t.stationDefault : '–')],
        [t.stationHeight, marked(`${t.format.number(s.heightM)} m`, s.heightDefault)],
        [t.stationSectors, sectors],
        ...(eirp.length > 0 ? [[t.stationEirp, eirp.join(', ')] as [string, string]] : []),
        [t.stationEnvironment, s.environmentFrom ? `${environment} (${t.stationEnvironmentFrom(t.radioCommuneType[s.environmentFrom])})` : environment],
        ...s.reach.map((r): [string, string] => [t.stationRange(r.tech), reachText(r, t)]),
      ],
    };
  });
}
