import { normaliseOperator } from '../../src/core/import/parseValues.ts';
import { hashPassword } from '../auth/password.ts';
import { audit } from '../data/audit.ts';
import { inTransaction, ROLES, type Role } from '../db/transaction.ts';
import { badRequest, conflict } from '../http/httpError.ts';
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
    method: 'GET',
    path: /^\/api\/users$/,
    roles: ['admin'],
    async handle({ pool }) {
      const { rows } = await pool.query('SELECT id::int AS id, username, role, operator, commune_code, created_at FROM users ORDER BY id');
      return { json: rows };
    },
  },
];
