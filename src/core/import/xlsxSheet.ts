import { ImportLimitError } from './importLimits.ts';
import type { Grid } from './table.ts';
import { decodeXmlText, shortAscii, type XmlHandler } from './xmlStream.ts';

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Style indices (`s` of a cell) whose number format is a date. */
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** Cells the sheet may hold, blank ones before the last in a row included (`maxCells`). */
  maxCells: number;
  /** Characters kept of a cell's text: one past `maxCellChars`, so that the row is rejected as too long. */
  keepChars: number;
  sheetName: string;
}

/** Excel's last column, XFD. */
const MAX_COLUMN = 16_384;

const textDecoder = new TextDecoder();

/**
 * Reads `<sheetData>` into a grid as it streams past: only the cells present are kept (a stray cell at XFD1048576
 * adds one row, not a billion blank cells), each row up to its last non-empty cell; the declared `<dimension>` is
 * ignored. Numbers become text as JavaScript writes them ("21.0285"), date-formatted numbers ISO 8601, booleans
 * 1/0, shared and inline strings NFC. Throws `ImportLimitError` once the rows hold more than `maxCells` cells.
 */
export class SheetReader implements XmlHandler {
  readonly grid: Grid = { rows: [], rowNumbers: [] };
  private cells = 0;
  private rowNumber = 0;
  private row: string[] | null = null;
  private column = -1;
  private type = 'n';
  private style = -1;
  /** Inside `<v>`, or inside `<t>` of an inline string. */
  private capturing = false;
  private inInline = false;
  private parts: Uint8Array[] = [];
  private bytes = 0;

  constructor(private readonly ctx: SheetContext) {}

  wantText(): boolean {
    return this.capturing;
  }

  text(bytes: Uint8Array): void {
    // Bytes past what a cell may hold are dropped: the cell keeps enough to be rejected as too long.
    const room = this.ctx.keepChars * 4 - this.bytes;
    if (room <= 0) return;
    const piece = bytes.length > room ? bytes.subarray(0, room) : bytes;
    // A view, not a copy: the scanner never writes into the bytes it hands out.
    this.parts.push(piece);
    this.bytes += piece.length;
  }

  open(name: string, attribute: (name: string) => string | null): void {
    if (name === 'c') {
      const ref = attribute('r');
      this.column = ref === null ? this.column + 1 : columnOf(ref);
      this.type = attribute('t') ?? 'n';
      const s = attribute('s');
      this.style = s === null ? -1 : Number(s);
      this.parts = [];
      this.bytes = 0;
    } else if (name === 'v') {
      this.capturing = true;
    } else if (name === 't' && this.inInline) {
      this.capturing = true;
    } else if (name === 'is') {
      this.inInline = true;
    } else if (name === 'row') {
      const r = attribute('r');
      this.rowNumber = r === null ? this.rowNumber + 1 : Number(r) || this.rowNumber + 1;
      this.row = [];
      this.column = -1;
    }
  }

  close(name: string): void {
    if (name === 'v' || name === 't') this.capturing = false;
    else if (name === 'is') this.inInline = false;
    else if (name === 'c') this.endCell();
    else if (name === 'row') this.endRow();
  }

  private endCell(): void {
    const row = this.row;
    if (!row || this.column < 0 || this.column >= MAX_COLUMN) return;
    const value = this.value();
    if (value === '') return;
    if (this.column >= row.length) {
      this.cells += this.column + 1 - row.length;
      if (this.cells > this.ctx.maxCells) throw new ImportLimitError('maxCells', this.ctx.maxCells, this.ctx.sheetName);
      while (row.length < this.column) row.push('');
      row.push(value);
    } else row[this.column] = value;
  }

  private endRow(): void {
    const row = this.row;
    this.row = null;
    if (!row || row.every((c) => c.trim() === '')) return;
    this.grid.rows.push(row);
    this.grid.rowNumbers.push(this.rowNumber);
  }

  private raw(): string {
    const { parts } = this;
    if (parts.length === 1) return shortAscii(parts[0]!, 0, parts[0]!.length) ?? textDecoder.decode(parts[0]);
    if (parts.length === 0) return '';
    const all = new Uint8Array(this.bytes);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return textDecoder.decode(all);
  }

  private value(): string {
    const raw = this.raw();
    switch (this.type) {
      case 's': return this.ctx.sharedStrings[Number(raw)] ?? '';
      case 'inlineStr': case 'str': return cellText(raw, this.ctx.keepChars);
      case 'b': return raw === '1' || raw === 'true' ? '1' : raw === '' ? '' : '0';
      case 'e': case 'd': return cellText(raw, this.ctx.keepChars);
      default: {
        if (raw.trim() === '') return '';
        const n = Number(raw);
        if (!Number.isFinite(n)) return cellText(raw, this.ctx.keepChars);
        return this.ctx.dateStyles.has(this.style) ? excelDate(n, this.ctx.date1904) : String(n);
      }
    }
  }
}

/** Text of a string cell: entities and Excel's `_xHHHH_` escapes decoded, NFC, cut to `keep` characters. */
export function cellText(raw: string, keep: number): string {
  const decoded = decodeXmlText(raw);
  const text = decoded.includes('_x') ? decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : decoded;
  return (text.length > keep ? text.slice(0, keep) : text).normalize('NFC');
}

/** 0-based column of a cell reference ("B7" is 1); letters beyond XFD give `MAX_COLUMN` (the cell is dropped). */
export function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    column = column * 26 + (c - 0x60);
    if (column > MAX_COLUMN) return MAX_COLUMN;
  }
  return column - 1;
}

/** An Excel date serial as ISO 8601 (UTC), in the 1900 or 1904 date system. */
function excelDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = epoch + Math.round(serial * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString();
}

/** Reads `<sst>`: each `<si>`'s text runs joined (phonetic runs `<rPh>` left out), decoded and NFC. */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private parts: Uint8Array[] = [];
  private bytes = 0;
  private capturing = false;
  private phonetic = false;

  constructor(private readonly keepChars: number) {}

  wantText(): boolean {
    return this.capturing;
  }

  text(bytes: Uint8Array): void {
    const room = this.keepChars * 4 - this.bytes;
    if (room <= 0) return;
    const piece = bytes.length > room ? bytes.subarray(0, room) : bytes;
    this.parts.push(piece);
    this.bytes += piece.length;
  }

  open(name: string): void {
    if (name === 'si') {
      this.parts = [];
      this.bytes = 0;
    } else if (name === 'rPh') this.phonetic = true;
    else if (name === 't' && !this.phonetic) this.capturing = true;
  }

  close(name: string): void {
    if (name === 't') this.capturing = false;
    else if (name === 'rPh') this.phonetic = false;
    else if (name === 'si') {
      const all = new Uint8Array(this.bytes);
      let at = 0;
      for (const p of this.parts) {
        all.set(p, at);
        at += p.length;
      }
      this.strings.push(cellText(textDecoder.decode(all), this.keepChars));
    }
  }
}
