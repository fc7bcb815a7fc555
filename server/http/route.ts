import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import type { Actor, Role } from '../db/transaction.ts';
import type { StatsCache } from '../stats/statsCache.ts';

/** What every handler is given. */
export interface RouteContext {
  pool: pg.Pool;
  stats: StatsCache;
  req: IncomingMessage;
  url: URL;
  /** The path's captured parts. */
  params: string[];
  /** The signed-in user (null only on public routes). */
  actor: Actor | null;
  ip: string;
}

/** A handler's answer: JSON by default, or text of a given type. */
export interface Answer {
  status?: number;
  json?: unknown;
  text?: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST';
  path: RegExp;
  /** Who may call it; absent on public routes (no sign-in needed). */
  roles?: readonly Role[];
  handle(ctx: RouteContext): Promise<Answer>;
}

export const EVERYONE: readonly Role[] = ['admin', 'department', 'operator', 'commune'];
export const STAFF: readonly Role[] = ['admin', 'department'];

/** The signed-in actor of a route that has `roles` (the router guarantees one). */
export function actorOf(ctx: RouteContext): Actor {
  if (!ctx.actor) throw new Error('route without roles asked for its actor');
  return ctx.actor;
}
