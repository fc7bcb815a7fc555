import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type pg from 'pg';
import { sessionActor } from './auth/sessions.ts';
import { inTransaction, SYSTEM } from './db/transaction.ts';
import { HttpError } from './http/httpError.ts';
import type { Answer, Route, RouteContext } from './http/route.ts';
import { serveStatic } from './http/serveStatic.ts';
import { auditRoutes } from './routes/audit.ts';
import { changeRoutes } from './routes/changes.ts';
import { layerRoutes } from './routes/layers.ts';
import { metaRoutes } from './routes/meta.ts';
import { sessionRoutes } from './routes/session.ts';
import { statsRoutes } from './routes/stats.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { userRoutes } from './routes/users.ts';
import { StatsCache } from './stats/statsCache.ts';

const ROUTES: Route[] = [...metaRoutes, ...sessionRoutes, ...userRoutes, ...uploadRoutes, ...changeRoutes, ...statsRoutes, ...layerRoutes, ...auditRoutes];

export interface AppOptions {
  pool: pg.Pool;
  /** The built app (Vite's dist/) served at `/`; null serves the API alone. */
  distDir: string | null;
  /** Where errors the client does not cause are told (stderr by default). */
  log?: (message: string) => void;
}

/** The HTTP server: the JSON API under /api and the built app everywhere else. */
export function createApp(options: AppOptions): { server: Server; stats: StatsCache } {
  const stats = new StatsCache(options.pool);
  const log = options.log ?? ((m: string) => console.error(m));
  const server = createServer((req, res) => {
    handle(req, res, options, stats).catch((e) => {
      log(`${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      if (!res.headersSent) send(res, { status: 500, json: { error: 'internal', message: 'The server failed; the request changed nothing.' } });
      else res.destroy();
    });
  });
  return { server, stats };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: AppOptions, stats: StatsCache): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith('/api/')) {
    if ((req.method === 'GET' || req.method === 'HEAD') && options.distDir && serveStatic(options.distDir, url.pathname, res)) return;
    return send(res, { status: 404, text: 'Not found (the app is not built: npm run build).', type: 'text/plain; charset=utf-8' });
  }
  const ctx: RouteContext = { pool: options.pool, stats, req, url, params: [], actor: null, ip: req.socket.remoteAddress ?? '' };
  try {
    const matches = ROUTES.filter((r) => r.path.test(url.pathname));
    const route = matches.find((r) => r.method === req.method);
    if (!route) {
      if (matches.length > 0) throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`, { allow: matches.map((r) => r.method).join(', ') });
      throw new HttpError(404, 'not_found', `No API at ${url.pathname}.`);
    }
    ctx.params = route.path.exec(url.pathname)!.slice(1);
    if (route.roles) {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const actor = token ? await inTransaction(options.pool, SYSTEM, (client) => sessionActor(client, token)) : null;
      if (!actor) throw new HttpError(401, 'unauthorized', 'Sign in first (POST /api/login) and send "Authorization: Bearer TOKEN".', { 'www-authenticate': 'Bearer' });
      if (!(route.roles as readonly string[]).includes(actor.role)) throw new HttpError(403, 'forbidden', `The ${actor.role} role may not do this.`);
      ctx.actor = actor;
    }
    send(res, await route.handle(ctx));
  } catch (e) {
    const error = e instanceof HttpError ? e : fromDatabase(e);
    if (!error) throw e;
    // The rest of an unread body is dropped: the answer does not wait for it.
    if (!req.complete) res.setHeader('connection', 'close');
    send(res, { status: error.status, json: { error: error.code, message: error.message }, headers: error.headers });
  }
}

/** Errors of the database a client causes: row-level security refusing a row is a 403. */
function fromDatabase(e: unknown): HttpError | null {
  const code = (e as { code?: unknown }).code;
  if (code === '42501') return new HttpError(403, 'forbidden', 'Not allowed for this user.');
  return null;
}

function send(res: ServerResponse, answer: Answer): void {
  const body = answer.text ?? JSON.stringify(answer.json ?? null);
  res.writeHead(answer.status ?? 200, {
    'content-type': answer.type ?? 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...answer.headers,
  });
  res.end(body);
}
