import { isRejectReason, type ImportIssue, type ImportReport } from './importReport.ts';

/**
 * The issues of `report` a user reads first to fix the file: every rejection before any warning, each group in
 * row order, at most `limit` of them; `more` counts the ones left out. Does not mutate `report`.
 */
export function listIssues(report: ImportReport, limit: number): { shown: ImportIssue[]; more: number } {
  const rejected = report.issues.filter((i) => isRejectReason(i.code));
  const warned = report.issues.filter((i) => !isRejectReason(i.code));
  const shown = [...rejected, ...warned].slice(0, Math.max(0, limit));
  return { shown, more: report.issues.length - shown.length };
}
