import type { IncomingMessage } from 'node:http';
import { HttpError, badRequest } from './httpError.ts';

/** The request's bytes, refused with 413 past `limit` bytes (checked as they arrive, not after). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

const tooLarge = (limit: number) => new HttpError(413, 'too_large', `The body is larger than ${Math.round(limit / 2 ** 20)} MiB.`);

/** The request's JSON object, or 400 naming what is wrong. */
export async function readJson(req: IncomingMessage, limit = 1 << 20): Promise<Record<string, unknown>> {
  const text = (await readBody(req, limit)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('invalid_json', 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('invalid_json', 'The body must be a JSON object.');
  return value as Record<string, unknown>;
}
