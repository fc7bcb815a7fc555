/**
 * The last day (ISO date) of a deadline written as "2025" (end of year), "2030-12" (end of month) or
 * "2030-06-30" (that day).
 */
export function deadlineEnd(deadline: string): string {
  if (deadline.length === 4) return `${deadline}-12-31`;
  if (deadline.length === 7) {
    const [y, m] = deadline.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${deadline}-${String(lastDay).padStart(2, '0')}`;
  }
  return deadline;
}

/** Whether the deadline is over on `asOf` (ISO date): true from the day after its last day. */
export function deadlinePassed(deadline: string | null, asOf: string): boolean {
  return deadline !== null && asOf > deadlineEnd(deadline);
}
