import type pg from 'pg';
import type { Actor } from '../db/transaction.ts';

/**
 * Appends to the audit log (append-only in the database: no policy lets anyone update or delete it). `username`
 * defaults to the actor's; a failed sign-in records the name that was tried.
 */
export async function audit(
  client: pg.ClientBase,
  entry: { actor: Actor; action: string; target?: string | null; detail?: Record<string, unknown>; ip?: string | null; username?: string | null },
): Promise<void> {
  await client.query('INSERT INTO audit (user_id, username, action, target, detail, ip) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.actor.id,
    entry.username ?? entry.actor.username,
    entry.action,
    entry.target ?? null,
    JSON.stringify(entry.detail ?? {}),
    entry.ip ?? null,
  ]);
}
