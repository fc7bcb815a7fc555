import type { Station } from '../model.ts';

/**
 * What tells one station from another: its operator and its code. Operators number their stations on their own,
 * so two operators' lists both hold a "BN001" (a merged list of 6,359 stations had 253 such codes): the code
 * alone would make them one.
 */
export function stationKey(s: Pick<Station, 'operator' | 'id'>): string {
  return `${s.operator}:${s.id}`;
}
