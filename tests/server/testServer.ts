import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../server/start.ts';

export const ADMIN_PASSWORD = 'admin-password-1';
export const PASSWORD = 'password-123';

// The tests read answers as the JSON they are and assert their shape themselves.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface Answer<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-in (or anonymous) caller of the API. */
export class Api {
  constructor(
    readonly base: string,
    readonly token: string | null = null,
  ) {}

  async call<T = Json>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array || typeof body === 'string') payload = body as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body: payload });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = Json>(path: string) {
    return this.call<T>('GET', path);
  }

  post<T = Json>(path: string, body?: unknown) {
    return this.call<T>('POST', path, body ?? {});
  }

  /** Uploads a file's bytes as a layer. */
  upload(kind: string, filename: string, bytes: Uint8Array | string) {
    return this.call('POST', `/api/uploads?kind=${kind}&filename=${encodeURIComponent(filename)}`, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  }

  /** Uploads, and publishes as `approver` (this caller by default); fails the test on any other answer. */
  async publish(kind: string, filename: string, bytes: Uint8Array | string, approver: Api = this): Promise<number> {
    const up = await this.upload(kind, filename, bytes);
    if (up.status !== 201) throw new Error(`upload ${filename}: ${up.status} ${JSON.stringify(up.body)}`);
    const ok = await approver.post(`/api/changes/${up.body.change_id}/approve`);
    if (ok.status !== 200) throw new Error(`approve ${filename}: ${ok.status} ${JSON.stringify(ok.body)}`);
    return up.body.change_id;
  }
}

export interface TestServer {
  server: RunningServer;
  databaseUrl: string;
  /** What the server logged: the errors it answered 500 for. */
  logs: string[];
  anonymous: Api;
  /** Signs in, failing the test if the server says no. */
  login(username: string, password?: string): Promise<Api>;
  /** Signs in as `admin` and creates a user of `role` (password `PASSWORD`), signed in. */
  user(username: string, role: string, extra?: { operator?: string; commune_code?: string }): Promise<Api>;
  /** Stops the server and starts a new one on the same database (a new process would do no more). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A server on a new database of its own in the test cluster (tests/server/database.ts), or in `databaseUrl`'s.
 */
export async function startTestServer(options: { databaseUrl?: string } = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? (await createDatabase());
  const logs: string[] = [];
  const start = () => startServer({ databaseUrl, port: 0, adminPassword: ADMIN_PASSWORD, log: (m) => logs.push(m) });
  let server = await start();
  const t: TestServer = {
    get server() {
      return server;
    },
    databaseUrl,
    logs,
    get anonymous() {
      return new Api(server.url);
    },
    async login(username, password = PASSWORD) {
      const res = await new Api(server.url).post('/api/login', { username, password });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return new Api(server.url, res.body.token);
    },
    async user(username, role, extra = {}) {
      const admin = await t.login('admin', ADMIN_PASSWORD);
      const made = await admin.post('/api/users', { username, password: PASSWORD, role, ...extra });
      if (made.status !== 201) throw new Error(`create ${username}: ${made.status} ${JSON.stringify(made.body)}`);
      return t.login(username);
    },
    async restart() {
      await server.close();
      server = await start();
    },
    close: () => server.close(),
  };
  return t;
}

/** A new empty database (with PostGIS, copied from the cluster's application database) owned by the application role. */
export async function createDatabase(): Promise<string> {
  const { adminUrl, appUrl } = inject('postgres');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE phusong OWNER phusong`);
  } finally {
    await admin.end();
  }
  return appUrl.replace(/\/phusong$/, `/${name}`);
}
