/** Text encodings that station and village lists arrive in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/**
 * Decodes file bytes to NFC text: a BOM decides UTF-8 or UTF-16; without one, UTF-16 is recognised by its zero
 * bytes, then strict UTF-8 is tried, and anything that is not valid UTF-8 is read as legacy Windows-1258 (whose
 * tone marks are combining characters, hence the NFC). Does not mutate `bytes`.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, text = new TextDecoder(encoding, { fatal: false }).decode(bytes) } = sniffEncoding(bytes);
  return { text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}

/** The encoding, and the text when telling meant decoding it already (strict UTF-8: files of megabytes). */
function sniffEncoding(bytes: Uint8Array): { encoding: TextEncodingName; text?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  // ASCII text in UTF-16 has a zero in every other byte: odd positions for LE, even for BE.
  if (oddZeros > sample.length / 4) return { encoding: 'utf-16le' };
  if (evenZeros > sample.length / 4) return { encoding: 'utf-16be' };
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { encoding: 'windows-1258' };
  }
}

/** True when the bytes look like binary data rather than text (NUL bytes outside UTF-16, or many control bytes). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) control++;
  }
  return control > sample.length / 20;
}
