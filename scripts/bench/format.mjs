/** Formatting for bench tables: sizes in bytes/KiB, times in ms, aligned markdown tables. */

/** 12345 -> "12.06 KiB"; below 1 KiB in bytes. */
export function formatBytes(bytes) {
  if (bytes == null || Number.isNaN(bytes)) return '–';
  if (Math.abs(bytes) < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(2)} KiB`;
}

/** 12.345 -> "12.3 ms"; 1234 -> "1234 ms". */
export function formatMs(ms) {
  if (ms == null || Number.isNaN(ms)) return '–';
  return `${ms < 100 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/** 1.234 -> "1.23x". */
export function formatRatio(ratio) {
  if (ratio == null || !Number.isFinite(ratio)) return '–';
  return `${ratio.toFixed(2)}x`;
}

export function formatValue(value, unit) {
  if (unit === 'B') return formatBytes(value);
  if (unit === 'ms') return formatMs(value);
  return `${value}${unit ? ` ${unit}` : ''}`;
}

/** A markdown table whose columns line up in a terminal too; numbers are right-aligned. */
export function renderTable(columns, rows) {
  const cells = [columns, ...rows].map((row) =>
    row.map((cell) => (cell == null ? '–' : String(cell))),
  );
  const numeric = columns.map((_, i) =>
    rows.every((row) => row[i] == null || /^[-–\d.,]+( ?[a-zA-Z%]+)?x?$/.test(String(row[i]))),
  );
  const widths = columns.map((_, i) => Math.max(3, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row) =>
    `| ${row
      .map((cell, i) => (numeric[i] && i > 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (numeric[i] && i > 0 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
