import type { FeatureCollection } from 'geojson';
import type { Change, CheckReport, Diff } from '../../core/api/apiTypes.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';

export type { Change, CheckReport, Diff, DiffRow } from '../../core/api/apiTypes.ts';

/** The server's answer to a call it refused: its status, stable code and message. */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type Role = 'admin' | 'department' | 'operator' | 'commune';

export interface Me {
  id: number;
  username: string;
  role: Role;
  operator: string | null;
  commune_code: string | null;
}

/** The columns of communes.csv / villages.csv / summary.json, with the version they were computed on. */
interface VersionMeta {
  version: number;
  published_at: string;
  /** Rows published per layer: a share whose layer has none is "no data", not 0. */
  layers: Record<LayerKind, number>;
}
export type Figures = Record<string, unknown> & VersionMeta;
export type CommuneFigures = { commune: Record<string, unknown>; villages: Record<string, unknown>[] } & VersionMeta;

export interface AuditEntry {
  id: number;
  at: string;
  user: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
}

const query = (params: Record<string, string | number | null | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
};

/**
 * The app's client of the shared server's API (`server/`, described at /api/openapi.json): sign-in, published
 * figures and layers "as of" a moment, uploads and their review. `base` is the server's address ('' for the page's
 * own). Every refusal throws a `ServerError`.
 */
export class ServerClient {
  private constructor(
    readonly base: string,
    readonly token: string,
  ) {}

  /** Signs in; a wrong name or password throws `ServerError` 401, too many failures 429. */
  static async login(base: string, username: string, password: string): Promise<ServerClient> {
    const { token } = await call<{ token: string }>(base, null, 'POST', '/api/login', JSON.stringify({ username, password }));
    return new ServerClient(base, token);
  }

  /** A client for a token kept from an earlier sign-in. */
  static withToken(base: string, token: string): ServerClient {
    return new ServerClient(base, token);
  }

  private call<T>(method: string, path: string, body?: BodyInit): Promise<T> {
    return call<T>(this.base, this.token, method, path, body);
  }

  me() {
    return this.call<Me>('GET', '/api/me');
  }

  logout() {
    return this.call<{ ok: true }>('POST', '/api/logout');
  }

  /** The province's figures (the keys of summary.json) as published at `asOf` (ISO time; now when absent). */
  province(asOf?: string) {
    return this.call<Figures>('GET', `/api/stats${query({ as_of: asOf })}`);
  }

  commune(code: string, asOf?: string) {
    return this.call<CommuneFigures>('GET', `/api/stats${query({ commune: code, as_of: asOf })}`);
  }

  /** A published layer as GeoJSON (a commune user's own area only). */
  layer(kind: LayerKind, options: { commune?: string; asOf?: string } = {}) {
    return this.call<FeatureCollection & { version: number; published_at: string | null }>(
      'GET',
      `/api/layers/${kind}${query({ commune: options.commune, as_of: options.asOf })}`,
    );
  }

  upload(kind: LayerKind, filename: string, bytes: Blob | Uint8Array) {
    return this.call<{ change_id: number; status: 'pending'; report: CheckReport }>(
      'POST',
      `/api/uploads${query({ kind, filename })}`,
      bytes instanceof Uint8Array ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : bytes,
    );
  }

  changes(status?: Change['status']) {
    return this.call<Change[]>('GET', `/api/changes${query({ status })}`);
  }

  diff(id: number, limit?: number) {
    return this.call<Diff>('GET', `/api/changes/${id}/diff${query({ limit })}`);
  }

  approve(id: number) {
    return this.call<{ change_id: number; status: 'published'; published_at: string }>('POST', `/api/changes/${id}/approve`);
  }

  reject(id: number) {
    return this.call<{ change_id: number; status: 'rejected' }>('POST', `/api/changes/${id}/reject`);
  }

  audit(after = 0) {
    return this.call<AuditEntry[]>('GET', `/api/audit${query({ after })}`);
  }
}

async function call<T>(base: string, token: string | null, method: string, path: string, body?: BodyInit): Promise<T> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (typeof body === 'string') headers['content-type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body });
  const json = (await res.json().catch(() => null)) as (T & { error?: string; message?: string }) | null;
  if (!res.ok) throw new ServerError(res.status, json?.error ?? 'http_error', json?.message ?? `${res.status} ${res.statusText}`);
  return json as T;
}
