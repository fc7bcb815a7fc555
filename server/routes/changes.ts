import { audit } from '../data/audit.ts';
import { diffChange, getChange, listChanges, publishChange, rejectChange, rejectedCsv } from '../data/changes.ts';
import { inTransaction } from '../db/transaction.ts';
import { badRequest } from '../http/httpError.ts';
import { actorOf, STAFF, type Route, type RouteContext } from '../http/route.ts';

const STATUSES = ['pending', 'published', 'rejected'];
/** Who reads changes: staff all, an operator its own (row-level security in the database hides the rest). */
const READERS = ['admin', 'department', 'operator'] as const;

const changeId = (ctx: RouteContext) => Number(ctx.params[0]);

export const changeRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/changes$/,
    roles: READERS,
    async handle(ctx) {
      const status = ctx.url.searchParams.get('status');
      if (status !== null && !STATUSES.includes(status)) throw badRequest('invalid_status', `status is one of ${STATUSES.join(', ')}.`);
      return { json: await inTransaction(ctx.pool, actorOf(ctx), (client) => listChanges(client, status)) };
    },
  },
  {
    method: 'GET',
    path: /^\/api\/changes\/(\d{1,15})$/,
    roles: READERS,
    async handle(ctx) {
      return { json: await inTransaction(ctx.pool, actorOf(ctx), (client) => getChange(client, changeId(ctx))) };
    },
  },
  {
    method: 'GET',
    path: /^\/api\/changes\/(\d{1,15})\/diff$/,
    roles: READERS,
    async handle(ctx) {
      const limit = Math.min(Math.max(Number(ctx.url.searchParams.get('limit') ?? 5000) || 5000, 1), 50_000);
      return { json: await inTransaction(ctx.pool, actorOf(ctx), (client) => diffChange(client, changeId(ctx), limit)) };
    },
  },
  {
    method: 'GET',
    path: /^\/api\/changes\/(\d{1,15})\/rejected\.csv$/,
    roles: READERS,
    async handle(ctx) {
      const csv = await inTransaction(ctx.pool, actorOf(ctx), (client) => rejectedCsv(client, changeId(ctx)));
      return { text: csv, type: 'text/csv; charset=utf-8', headers: { 'content-disposition': `attachment; filename="rejected-${changeId(ctx)}.csv"` } };
    },
  },
  {
    method: 'POST',
    path: /^\/api\/changes\/(\d{1,15})\/approve$/,
    roles: STAFF,
    async handle(ctx) {
      const actor = actorOf(ctx);
      const id = changeId(ctx);
      const at = await inTransaction(ctx.pool, actor, async (client) => {
        const published = await publishChange(client, actor, id);
        await audit(client, { actor, action: 'approve', target: `change ${id}`, detail: { published_at: published }, ip: ctx.ip });
        return published;
      });
      return { json: { change_id: id, status: 'published', published_at: at } };
    },
  },
  {
    method: 'POST',
    path: /^\/api\/changes\/(\d{1,15})\/reject$/,
    roles: STAFF,
    async handle(ctx) {
      const actor = actorOf(ctx);
      const id = changeId(ctx);
      await inTransaction(ctx.pool, actor, async (client) => {
        await rejectChange(client, actor, id);
        await audit(client, { actor, action: 'reject', target: `change ${id}`, ip: ctx.ip });
      });
      return { json: { change_id: id, status: 'rejected' } };
    },
  },
];
