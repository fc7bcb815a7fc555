import type { ImportReport, RejectedRows, RejectReason } from '../../core/import/importReport.ts';
import { REASON_TEXT } from '../../core/import/importReport.ts';
import { writeRejectedCsv } from '../../core/import/writeRejectedCsv.ts';
import type { Language } from '../../store/appStore.ts';
import { download } from './download.ts';
import type { ImportText } from './importText.ts';

/** What happened to the rows of a file; every string from the file is rendered as a text node. */
export function ImportReportView({ t, language, report, rejectedRows }: {
  t: ImportText; language: Language; report: ImportReport; rejectedRows: RejectedRows;
}) {
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB');
  const reasons = Object.entries(report.reasons) as [RejectReason, number][];
  return (
    <div className="import-report" data-testid="import-report">
      <h3>{t.report}: {report.file}</h3>
      <dl className="figures">
        <dt>{t.rowsRead}</dt><dd data-count="rows">{number.format(report.rows)}</dd>
        <dt>{t.imported}</dt><dd data-count="imported">{number.format(report.imported)}</dd>
        <dt>{t.warned}</dt><dd data-count="warnings">{number.format(report.warnings)}</dd>
        <dt>{t.rejected}</dt><dd data-count="rejected">{number.format(report.rejected)}</dd>
      </dl>
      {reasons.length > 0 && (
        <ul className="reasons">
          {reasons.map(([code, n]) => (
            <li key={code} data-reason={code}>{REASON_TEXT[code][language]}: {number.format(n)}</li>
          ))}
        </ul>
      )}
      {rejectedRows.rows.length > 0 && (
        <button
          type="button"
          data-testid="download-rejected"
          onClick={() => download(writeRejectedCsv(rejectedRows), `${report.file.replace(/\.[^.]*$/, '')}-rejected.csv`, 'text/csv;charset=utf-8')}
        >
          {t.downloadRejected}
        </button>
      )}
    </div>
  );
}
