/** Plain text tables with aligned columns: text to the left, figures to the right. */

export interface Column { title: string; align?: 'left' | 'right' }

export function textTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, i) => Math.max(column.title.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]) => cells
    .map((cell, i) => (columns[i]?.align === 'left' ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join('  ')
    .trimEnd()
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export function milliseconds(value: number | undefined): string {
  if (value === undefined) return '-'
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
}

export function ratio(numerator: number | undefined, denominator: number | undefined): string {
  if (numerator === undefined || denominator === undefined || denominator === 0) return '-'
  return `${(numerator / denominator).toFixed(2)}x`
}

export function bytes(value: number): string {
  if (value < 1024) return `${value} B`
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} kB`
  return `${(value / 1024 / 1024).toFixed(2)} MB`
}
