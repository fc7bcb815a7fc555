import { importLayer, type LayerData } from '../core/import/importLayer.ts';
import { LAYER_KINDS, type LayerKind } from '../core/import/layerKind.ts';

/** Where the published data comes from: the server, a signed-in user's token, and the moment asked for. */
export interface PublishedSource {
  /** The server's address ('' or the page's origin for the page's own server). */
  base: string;
  token: string;
  /** ISO time; null for now. */
  asOf: string | null;
}

/** The published data as of a moment: the version in force then and the rows this user may read of each layer. */
export interface PublishedInfo {
  asOf: string | null;
  /** The publication in force (its change id), 0 when nothing was published by then. */
  version: number;
  publishedAt: string | null;
  /** Rows read per layer (a commune user's own area only). */
  counts: Record<LayerKind, number>;
}

/**
 * Reads every published layer the user may see (`GET /api/layers/KIND`) and imports each with the importer files
 * go through, so the worker builds the data set with `datasetFromLayers` as for files. The first answer names the
 * version in force; the others are asked as of that publication, so a publication in between cannot mix two
 * versions. A refusal or an unreadable layer throws with the server's message.
 */
export async function fetchPublished(source: PublishedSource, fetchFn: typeof fetch = fetch): Promise<{ layers: LayerData[]; info: PublishedInfo }> {
  const layers: LayerData[] = [];
  const counts = Object.fromEntries(LAYER_KINDS.map((k) => [k, 0])) as Record<LayerKind, number>;
  let version: { id: number; at: string | null } | null = null;
  for (const kind of LAYER_KINDS) {
    if (version && version.at === null) break;
    const asOf: string | null = version ? version.at : source.asOf;
    const query = asOf ? `?as_of=${encodeURIComponent(asOf)}` : '';
    const response: Response = await fetchFn(`${source.base}/api/layers/${kind}${query}`, { headers: { authorization: `Bearer ${source.token}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok) throw new Error(serverMessage(bytes, response));
    version ??= { id: Number(response.headers.get('x-published-version') ?? 0), at: response.headers.get('x-published-at') || null };
    if (Number(response.headers.get('x-published-rows') ?? 0) === 0) continue;
    const result = await importLayer(bytes, `${kind}.geojson`, kind);
    if (!result.ok) throw new Error(`${kind}: ${result.error}`);
    counts[kind] = result.report.imported;
    if (result.report.imported > 0) layers.push(result.layer);
  }
  return { layers, info: { asOf: source.asOf, version: version?.id ?? 0, publishedAt: version?.at ?? null, counts } };
}

function serverMessage(bytes: Uint8Array, response: Response): string {
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not the server's JSON: the status says what happened.
  }
  return `${response.status} ${response.statusText}`;
}
