import type { Commune, CommuneType, Environment, Station } from '../model.ts';
import { AreaLocator } from '../stats/areaLocator.ts';
import type { RadioModel } from './radioModel.ts';

/** Where a station's environment came from: its own column, or the type of the commune it stands in. */
export interface StationEnvironment {
  environment: Environment;
  /** Null when the station names its environment. */
  communeType: CommuneType | null;
}

export type EnvironmentLookup = (station: Station, model: RadioModel) => StationEnvironment;

/**
 * The environment of each station: its own, else `model.environmentByCommuneType` of the commune it stands in (the
 * first one, where communes overlap). A station outside every commune is taken to stand in a `xa`: stations just
 * across the province's border are rural far more often than not. Commune look-ups are remembered per station.
 */
export function createEnvironmentLookup(communes: readonly Commune[]): EnvironmentLookup {
  const locator = new AreaLocator(communes.map((c) => c.geometry));
  const typeOf = new WeakMap<Station, CommuneType>();
  return (station, model) => {
    if (station.environment !== null) return { environment: station.environment, communeType: null };
    let type = typeOf.get(station);
    if (type === undefined) {
      const c = locator.locate(station.lon, station.lat);
      type = c === -1 ? 'xa' : communes[c]!.type;
      typeOf.set(station, type);
    }
    return { environment: model.environmentByCommuneType[type], communeType: type };
  };
}
