/**
 * A streaming XML scanner over bytes, for the parts of an .xlsx that may be huge (a sheet, the shared strings):
 * each tag is found by looking for its end once, never by a pattern, so the cost is one pass over the bytes and
 * memory is one chunk plus the tag or text being read. Namespace prefixes are dropped from tag names ("x:row" is
 * "row"). Entities are left in the text for `decodeXmlText`; comments, processing instructions and DOCTYPE are
 * skipped, CDATA is text. Not a validating parser: it reads what spreadsheet programs write.
 */
export interface XmlHandler {
  /** A start tag; `attribute` reads one of its attributes (entities decoded), null when absent. */
  open(name: string, attribute: (name: string) => string | null, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data (entities not decoded), given only while `wantText()` is true; may come in pieces. */
  text(bytes: Uint8Array): void;
  wantText(): boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;

/** A tag longer than this is not XML any program writes: the scanner stops rather than carry it on. */
const MAX_TAG_BYTES = 1 << 20;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

export class XmlStream {
  private carry: Uint8Array = new Uint8Array(0);
  private readonly names = new TextDecoder();

  constructor(private readonly handler: XmlHandler) {}

  /** Scans `chunk` after what came before; the rest of an unfinished tag waits for the next chunk. */
  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.carry.length > 0) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
    }
    const rest = this.scan(buf);
    if (buf.length - rest > MAX_TAG_BYTES) throw new Error(`an XML tag longer than ${MAX_TAG_BYTES} bytes`);
    // A copy, so that the chunk it came from can be freed.
    this.carry = buf.slice(rest);
  }

  /** Scans what it can of `buf`; returns where the unfinished part starts. */
  private scan(buf: Uint8Array): number {
    const h = this.handler;
    let i = 0;
    for (;;) {
      const lt = buf.indexOf(LT, i);
      const textEnd = lt < 0 ? buf.length : lt;
      if (textEnd > i && h.wantText()) h.text(buf.subarray(i, textEnd));
      if (lt < 0) return buf.length;
      const next = buf[lt + 1];
      if (next === undefined) return lt;
      if (next === BANG || next === QUESTION) {
        const end = this.special(buf, lt);
        if (end < 0) return lt;
        i = end;
        continue;
      }
      const gt = tagEnd(buf, lt + 1);
      if (gt < 0) return lt;
      this.tag(buf, lt + 1, gt);
      i = gt + 1;
    }
  }

  /** Skips a comment, PI or DOCTYPE, or gives CDATA as text; returns the index after it, or -1 if unfinished. */
  private special(buf: Uint8Array, lt: number): number {
    const starts = (s: string) => s.split('').every((c, k) => buf[lt + k] === c.charCodeAt(0));
    const find = (s: string, from: number) => {
      const at = indexOfBytes(buf, s, from);
      return at < 0 ? -1 : at + s.length;
    };
    if (buf.length - lt < 9) return -1;
    if (starts('<!--')) return find('-->', lt + 4);
    if (starts('<![CDATA[')) {
      const end = indexOfBytes(buf, ']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantText()) this.handler.text(buf.subarray(lt + 9, end));
      return end + 3;
    }
    if (buf[lt + 1] === QUESTION) return find('?>', lt + 2);
    const gt = tagEnd(buf, lt + 1);
    return gt < 0 ? -1 : gt + 1;
  }

  private tag(buf: Uint8Array, from: number, gt: number): void {
    const closing = buf[from] === SLASH;
    let start = closing ? from + 1 : from;
    let end = start;
    while (end < gt && !isSpace(buf[end]!) && buf[end] !== SLASH) {
      if (buf[end] === 0x3a) start = end + 1;
      end++;
    }
    const name = shortAscii(buf, start, end) ?? this.names.decode(buf.subarray(start, end));
    if (closing) {
      this.handler.close(name);
      return;
    }
    const selfClosing = buf[gt - 1] === SLASH;
    const attrEnd = selfClosing ? gt - 1 : gt;
    this.handler.open(name, (attr) => readAttribute(buf, end, attrEnd, attr), selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}

/** The index of the `>` closing a tag opened before `from`, skipping quoted attribute values; -1 if not in `buf`. */
function tagEnd(buf: Uint8Array, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const b = buf[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOS) quote = b;
    else if (b === GT) return i;
  }
  return -1;
}

function indexOfBytes(buf: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  for (let i = buf.indexOf(first, from); i >= 0; i = buf.indexOf(first, i + 1)) {
    let k = 1;
    while (k < s.length && buf[i + k] === s.charCodeAt(k)) k++;
    if (k === s.length) return i;
  }
  return -1;
}

/** Bytes as a string when they are a short run of ASCII (tag names, numbers), without a decoder; else null. */
export function shortAscii(buf: Uint8Array, from: number, to: number): string | null {
  if (to - from > 32) return null;
  let s = '';
  for (let i = from; i < to; i++) {
    const b = buf[i]!;
    if (b >= 0x80) return null;
    s += String.fromCharCode(b);
  }
  return s;
}

const valueDecoder = new TextDecoder();

/** The value of attribute `name` in the tag bytes `[from, to)`, entities decoded; null when absent. */
function readAttribute(buf: Uint8Array, from: number, to: number, name: string): string | null {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(buf[i]!)) i++;
    const nameStart = i;
    let local = i;
    while (i < to && buf[i] !== 0x3d && !isSpace(buf[i]!)) {
      if (buf[i] === 0x3a) local = i + 1;
      i++;
    }
    const nameEnd = i;
    while (i < to && buf[i] !== QUOTE && buf[i] !== APOS) i++;
    if (i >= to) return null;
    const quote = buf[i]!;
    const valueStart = i + 1;
    let valueEnd = valueStart;
    while (valueEnd < to && buf[valueEnd] !== quote) valueEnd++;
    i = valueEnd + 1;
    // Compared byte by byte: three attributes of each of a million cells are looked up, and building their names as
    // strings to compare cost more than the rest of the scan.
    if (sameName(buf, nameStart, nameEnd, name) || sameName(buf, local, nameEnd, name)) {
      return decodeXmlText(shortAscii(buf, valueStart, valueEnd) ?? valueDecoder.decode(buf.subarray(valueStart, valueEnd)));
    }
  }
  return null;
}

function sameName(buf: Uint8Array, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (buf[from + k] !== name.charCodeAt(k)) return false;
  return true;
}

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities decoded (the five named ones and character references). */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
