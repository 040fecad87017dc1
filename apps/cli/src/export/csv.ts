/**
 * CSV (RFC 4180) that spreadsheets open safely: every cell that needs it is quoted, and text
 * starting with = + - @ (or a tab / carriage return) is prefixed with ' so Excel, LibreOffice and
 * Sheets show it instead of evaluating it as a formula (CSV injection). Numbers are left alone.
 */
export type Cell = string | number | boolean | null | undefined | readonly (string | number)[]

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

export function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  let text = Array.isArray(cell) ? cell.join('; ') : String(cell)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
