import { normaliseOperator } from '../../src/core/import/parseValues.ts';
import { hashPassword } from '../auth/password.ts';
import { audit } from '../data/audit.ts';
import { inTransaction, ROLES, type Role } from '../db/transaction.ts';
import { badRequest, conflict, notFound } from '../http/httpError.ts';
import { readJson } from '../http/readBody.ts';
import { actorOf, type Route } from '../http/route.ts';

export const MIN_PASSWORD = 8;

const text = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').trim() : null);

export const userRoutes: Route[] = [
  {
    method: 'POST',
    path: /^\/api\/users$/,
    roles: ['admin'],
    async handle(ctx) {
      const body = await readJson(ctx.req);
      const username = text(body.username);
      const role = body.role as Role;
      if (!username || username.length > 100) throw badRequest('invalid_username', 'A user name is 1 to 100 characters.');
      if (typeof body.password !== 'string' || body.password.length < MIN_PASSWORD) {
        throw badRequest('weak_password', `A password has at least ${MIN_PASSWORD} characters.`);
      }
      if (!ROLES.includes(role)) throw badRequest('invalid_role', `The role is one of ${ROLES.join(', ')}.`);
      const operatorText = text(body.operator);
      const operator = role === 'operator' && operatorText ? normaliseOperator(operatorText) : null;
      const communeCode = role === 'commune' ? text(body.commune_code) : null;
      if (role === 'operator' && !operator) throw badRequest('operator_needed', 'An operator user names its operator ("operator").');
      if (role === 'commune' && !communeCode) throw badRequest('commune_needed', 'A commune user names its commune ("commune_code").');
      const hash = await hashPassword(body.password);
      return inTransaction(ctx.pool, actorOf(ctx), async (client) => {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO users (username, password_hash, role, operator, commune_code) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (username) DO NOTHING RETURNING id`,
          [username, hash, role, operator, communeCode],
        );
        if (!rows[0]) throw conflict('username_taken', `There is already a user "${username}".`);
        const id = Number(rows[0].id);
        await audit(client, { actor: actorOf(ctx), action: 'user_created', target: username, detail: { id, role, operator, commune_code: communeCode }, ip: ctx.ip });
        return { status: 201, json: { id } };
      });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/users\/(\d{1,15})$/,
    roles: ['admin'],
    async handle(ctx) {
      const id = Number(ctx.params[0]);
      const body = await readJson(ctx.req);
      if (body.password !== undefined && (typeof body.password !== 'string' || body.password.length < MIN_PASSWORD)) {
        throw badRequest('weak_password', `A password has at least ${MIN_PASSWORD} characters.`);
      }
      if (body.role !== undefined && !ROLES.includes(body.role as Role)) throw badRequest('invalid_role', `The role is one of ${ROLES.join(', ')}.`);
      if (body.disabled !== undefined && typeof body.disabled !== 'boolean') throw badRequest('invalid_body', '"disabled" is true or false.');
      const hash = typeof body.password === 'string' ? await hashPassword(body.password) : null;
      const actor = actorOf(ctx);
      return inTransaction(ctx.pool, actor, async (client) => {
        await client.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
        const old = (await client.query<UserRow>('SELECT username, role, operator, commune_code, disabled FROM users WHERE id = $1', [id])).rows[0];
        if (!old) throw notFound(`No user ${id}.`);
        const role = (body.role as Role | undefined) ?? old.role;
        const operatorText = text(body.operator) ?? old.operator;
        const operator = role === 'operator' && operatorText ? normaliseOperator(operatorText) : null;
        const communeCode = role === 'commune' ? (text(body.commune_code) ?? old.commune_code) : null;
        const disabled = (body.disabled as boolean | undefined) ?? old.disabled;
        if (role === 'operator' && !operator) throw badRequest('operator_needed', 'An operator user names its operator ("operator").');
        if (role === 'commune' && !communeCode) throw badRequest('commune_needed', 'A commune user names its commune ("commune_code").');
        const admins = await client.query("SELECT 1 FROM users WHERE role = 'admin' AND NOT disabled AND id <> $1", [id]);
        if (old.role === 'admin' && !old.disabled && (role !== 'admin' || disabled) && admins.rowCount === 0) {
          throw conflict('last_admin', 'This is the last admin: make another admin first.');
        }
        await client.query(
          'UPDATE users SET role = $2, operator = $3, commune_code = $4, disabled = $5, password_hash = coalesce($6, password_hash) WHERE id = $1',
          [id, role, operator, communeCode, disabled, hash],
        );
        // Whoever they were signed in as no longer holds: they sign in again.
        await client.query('DELETE FROM sessions WHERE user_id = $1', [id]);
        const detail = { id, role, operator, commune_code: communeCode, disabled, password_changed: hash !== null };
        await audit(client, { actor, action: 'user_changed', target: old.username, detail, ip: ctx.ip });
        return { json: { id, username: old.username, role, operator, commune_code: communeCode, disabled } };
      });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/users$/,
    roles: ['admin'],
    async handle({ pool }) {
      const { rows } = await pool.query('SELECT id::int AS id, username, role, operator, commune_code, disabled, iso_time(created_at) AS created_at FROM users ORDER BY id');
      return { json: rows };
    },
  },
];

interface UserRow {
  username: string;
  role: Role;
  operator: string | null;
  commune_code: string | null;
  disabled: boolean;
}
