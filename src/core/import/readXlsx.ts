import { resolveLimits, type ImportLimits } from './importLimits.ts';
import { InflateBudget, inflateEntry, inflateWhole, listZip, type ZipEntry } from './readZip.ts';
import type { Grid } from './table.ts';
import { SharedStringsReader, SheetReader } from './xlsxSheet.ts';
import { XmlStream, type XmlHandler } from './xmlStream.ts';

/**
 * Reads every sheet of an .xlsx workbook as a grid of its non-blank rows, in workbook order. The archive is
 * inflated member by member within `limits` (size and ratio, checked while inflating) and each sheet is scanned as
 * it inflates (`SheetReader`), so a million-row sheet is never held as XML and a sheet's declared extent costs
 * nothing. Throws `ImportLimitError` past a limit and `Error` when the bytes are not a workbook.
 *
 * Written on fflate and a byte scanner rather than a workbook library: read-excel-file (used before) inflates the
 * whole archive with no bound, lays each sheet out as a dense array up to its last cell (a 1 KB workbook with a
 * cell at XFD1048576 took 4.3 GB) and failed on 200,000 rows ("Maximum call stack size exceeded"); the streaming
 * readers on npm need Node streams, which the app's worker does not have.
 */
export function readXlsx(bytes: Uint8Array, given: Partial<ImportLimits> = {}): { name: string; grid: Grid }[] {
  const limits = resolveLimits(given);
  const entries = listZip(bytes);
  if (!entries) throw new Error('not a zip archive');
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, '').toLowerCase(), e]));
  const budget = new InflateBudget(limits);
  const scan = (entry: ZipEntry, handler: XmlHandler) => {
    const xml = new XmlStream(handler);
    inflateEntry(bytes, entry, budget, (chunk) => xml.push(chunk));
  };
  const small = (path: string): string | null => {
    const entry = byName.get(path.toLowerCase());
    return entry ? new TextDecoder().decode(inflateWhole(bytes, entry, budget)) : null;
  };

  const workbookPath = 'xl/workbook.xml';
  const workbook = small(workbookPath);
  if (workbook === null) throw new Error('no xl/workbook.xml: not an Excel workbook');
  const rels = relationships(small('xl/_rels/workbook.xml.rels') ?? '');
  const sheets = collect(workbook, 'sheet', ['name', 'id']);
  const date1904 = collect(workbook, 'workbookPr', ['date1904']).some((p) => p.date1904 === '1' || p.date1904 === 'true');
  const dateStyles = readDateStyles(small('xl/styles.xml') ?? '');

  const keepChars = limits.maxCellChars + 1;
  const stringsEntry = [...rels.values()].map((r) => r.type.endsWith('/sharedStrings') ? byName.get(r.path) : undefined).find(Boolean)
    ?? byName.get('xl/sharedstrings.xml');
  const shared = new SharedStringsReader(keepChars);
  if (stringsEntry) scan(stringsEntry, shared);

  let cellsLeft = limits.maxCells;
  return sheets.map((sheet, i) => {
    const target = (sheet.id !== undefined ? rels.get(sheet.id)?.path : undefined) ?? `xl/worksheets/sheet${i + 1}.xml`;
    const entry = byName.get(target);
    const name = sheet.name ?? `Sheet${i + 1}`;
    const reader = new SheetReader({ sharedStrings: shared.strings, dateStyles, date1904, maxCells: cellsLeft, keepChars, sheetName: name });
    if (entry) scan(entry, reader);
    cellsLeft -= reader.grid.rows.reduce((n, r) => n + r.length, 0);
    return { name, grid: reader.grid };
  });
}

/** The attributes `wanted` of every `<tag>` in a small XML document (workbook, relationships, styles). */
function collect(xml: string, tag: string, wanted: string[]): Record<string, string | undefined>[] {
  const found: Record<string, string | undefined>[] = [];
  const stream = new XmlStream({
    open(name, attribute) {
      if (name !== tag) return;
      found.push(Object.fromEntries(wanted.map((w) => [w, attribute(w) ?? undefined])));
    },
    close() {},
    text() {},
    wantText: () => false,
  });
  stream.push(new TextEncoder().encode(xml));
  return found;
}

/** Relationship id -> archive path (lower case, from xl/) and type. */
function relationships(xml: string): Map<string, { path: string; type: string }> {
  const out = new Map<string, { path: string; type: string }>();
  for (const r of collect(xml, 'Relationship', ['Id', 'Target', 'Type'])) {
    if (!r.Id || !r.Target) continue;
    const path = r.Target.startsWith('/') ? r.Target.slice(1) : `xl/${r.Target}`;
    out.set(r.Id, { path: normalisePath(path).toLowerCase(), type: r.Type ?? '' });
  }
  return out;
}

/** "xl/worksheets/../sharedStrings.xml" -> "xl/sharedStrings.xml". */
function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Excel's built-in date and time formats. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Cell style indices whose number format shows a date or time. */
function readDateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const f of collect(xml, 'numFmt', ['numFmtId', 'formatCode'])) custom.set(Number(f.numFmtId), f.formatCode ?? '');
  // Only `<xf>` inside `<cellXfs>` are cell styles; `<cellStyleXfs>` come first and are not.
  const styles: number[] = [];
  let inCellXfs = false;
  new XmlStream({
    open(name, attribute) {
      if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styles.push(Number(attribute('numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
    wantText: () => false,
  }).push(new TextEncoder().encode(xml));
  const dates = new Set<number>();
  styles.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) dates.add(index);
  });
  return dates;
}

/** A number format shows a date when it has d, m, y, h or s outside quotes, brackets and escapes ("[Red]", "\"h\""). */
function isDateFormat(code: string): boolean {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quoted) quoted = c !== '"';
    else if (bracket) bracket = c !== ']';
    else if (c === '"') quoted = true;
    else if (c === '[') bracket = true;
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if ('dDmMyYhHsS'.includes(c)) return true;
    else if (c === ';') return false;
  }
  return false;
}
