/**
 * Makes a cell safe to open in a spreadsheet: text starting with =, +, -, @ (or a tab or carriage return, which
 * some spreadsheets strip before reading a formula) gets a leading apostrophe so it is shown, not run. A plain
 * signed number ("-12.5", "+84") is data, not a formula, and is left as it is.
 */
export function escapeFormula(text: string): string {
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
