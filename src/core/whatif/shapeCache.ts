import { shapeReachM, type ShapeProvider, type ShapeSpec } from '../coverage/shapeProvider.ts';
import { MEASURED_TECHS, type MeasuredTech, type Station } from '../model.ts';

/**
 * A provider's shapes kept per station and technology, computed the first time they are asked for: an edit
 * rebuilds the coverage near it from the stations there, and a model's shapes cost more than their copy.
 * Stations are kept by identity (an edit makes a new object), weakly, so removed stations leave with their shapes.
 */
export class ShapeCache {
  private readonly specs = MEASURED_TECHS.map(() => new WeakMap<Station, ShapeSpec[]>());
  /** A provider answering from the cache, for the engine's layer builder. */
  readonly provider: ShapeProvider = (station, tech) => this.get(station, tech);

  constructor(private readonly source: ShapeProvider) {}

  get(station: Station, tech: MeasuredTech): ShapeSpec[] {
    const cache = this.specs[MEASURED_TECHS.indexOf(tech)]!;
    let specs = cache.get(station);
    if (!specs) {
      specs = this.source(station, tech).map(copySpec);
      cache.set(station, specs);
    }
    return specs;
  }
}

/**
 * A copy that outlives the provider's next call: the radio model answers a polygon's ranges in a buffer it reuses,
 * which a shallow copy would share with every station cached since.
 */
function copySpec(spec: ShapeSpec): ShapeSpec {
  return spec.kind === 'polar' ? { kind: 'polar', rangeM: Float32Array.from(spec.rangeM) } : { ...spec };
}

/** How far a station's shapes reach from it, metres: the farthest of them; 0 for none. */
export function specsReachM(specs: readonly ShapeSpec[]): number {
  let reach = 0;
  for (const spec of specs) reach = Math.max(reach, shapeReachM(spec));
  return reach;
}
