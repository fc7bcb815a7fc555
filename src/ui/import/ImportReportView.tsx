import { useMemo } from 'react';
import type { ImportReport, RejectedRows, RejectReason, WarningCode } from '../../core/import/importReport.ts';
import { isRejectReason, REASON_TEXT } from '../../core/import/importReport.ts';
import { listIssues } from '../../core/import/listIssues.ts';
import { writeRejectedCsv } from '../../core/import/writeRejectedCsv.ts';
import type { Language } from '../../store/appStore.ts';
import { download } from './download.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

/** Issues listed one by one; the rest are counted (the groups above count them all). */
const ISSUES_SHOWN = 100;

/** What happened to the rows of a file; every string from the file is rendered as a text node. */
export function ImportReportView({ t, language, report, rejectedRows }: {
  t: Dictionary; language: Language; report: ImportReport; rejectedRows: RejectedRows;
}) {
  const number = { format: (n: number) => t.format.number(n) };
  const reasons = Object.entries(report.reasons) as [RejectReason, number][];
  const warnings = Object.entries(report.warningCodes) as [WarningCode, number][];
  // A 200,000-row file can have as many issues: sort them once per report, not on every render.
  const { shown, more } = useMemo(() => listIssues(report, ISSUES_SHOWN), [report]);
  return (
    <div className="import-report" data-testid="import-report">
      <h3>{t.importReport}: {report.file}</h3>
      <dl className="figures">
        <dt>{t.rowsRead}</dt><dd data-count="rows">{number.format(report.rows)}</dd>
        <dt>{t.imported}</dt><dd data-count="imported">{number.format(report.imported)}</dd>
        <dt>{t.warned}</dt><dd data-count="warnings">{number.format(report.warnings)}</dd>
        <dt>{t.rejected}</dt><dd data-count="rejected">{number.format(report.rejected)}</dd>
      </dl>
      <CodeCounts title={t.rejectReasons} counts={reasons} attribute="data-reason" className="reasons" language={language} number={number} />
      <CodeCounts title={t.warningCodes} counts={warnings} attribute="data-warning" className="reasons warnings" language={language} number={number} />
      {shown.length > 0 && (
        <>
          <h4>{t.issues}</h4>
          <div className="issues">
            <table data-testid="import-issues">
              <thead>
                <tr><th>{t.issueRow}</th><th>{t.issueColumn}</th><th>{t.issueReason}</th><th>{t.issueValue}</th></tr>
              </thead>
              <tbody>
                {shown.map((issue, i) => (
                  <tr key={i} data-code={issue.code} className={isRejectReason(issue.code) ? 'rejected' : 'warning'}>
                    <td data-cell="row">{issue.row}</td>
                    <td data-cell="column">{issue.field === 'geometry' ? t.geometry : issue.field}</td>
                    <td data-cell="reason">{REASON_TEXT[issue.code][language]}</td>
                    <td data-cell="value">{issue.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {more > 0 && <p className="more" data-testid="issues-more">{t.more(number.format(more))}</p>}
        </>
      )}
      {rejectedRows.rows.length > 0 && (
        <button
          type="button"
          data-testid="download-rejected"
          onClick={() => download(writeRejectedCsv(rejectedRows, language), `${report.file.replace(/\.[^.]*$/, '')}-rejected.csv`, 'text/csv;charset=utf-8')}
        >
          {t.downloadRejected}
        </button>
      )}
    </div>
  );
}

/** Counts by rejection reason or warning code, in the UI's language; nothing when there are none. */
function CodeCounts({ title, counts, attribute, className, language, number }: {
  title: string;
  counts: [keyof typeof REASON_TEXT, number][];
  attribute: 'data-reason' | 'data-warning';
  className: string;
  language: Language;
  number: { format(n: number): string };
}) {
  if (counts.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className={className}>
        {counts.map(([code, n]) => (
          <li key={code} {...{ [attribute]: code }}>{REASON_TEXT[code][language]}: {number.format(n)}</li>
        ))}
      </ul>
    </>
  );
}
