// Reading CSV header names and cells the way the log writers spell them; lines are split by util/csv.ts.

export interface HeaderName {
  /** Lower-case name without the unit, e.g. "power.draw". */
  name: string;
  /** Unit written in brackets, e.g. "W", when present. */
  unit?: string;
}

/** "power.draw [W]" -> { name: "power.draw", unit: "W" }; names are compared case-insensitively. */
export function readHeaderName(cell: string): HeaderName {
  const match = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(cell.trim());
  if (match) return { name: match[1]!.trim().toLowerCase(), unit: match[2]!.trim() };
  return { name: cell.trim().toLowerCase() };
}

/** Map from header name to column index (first occurrence wins). */
export function columnIndex(names: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, position) => {
    if (name !== '' && !index.has(name)) index.set(name, position);
  });
  return index;
}

/** A finite number, or undefined for empty cells and the missing-value spellings logs use. */
export function parseNumberCell(cell: string | undefined): number | undefined {
  if (cell === undefined) return undefined;
  const text = cell.trim();
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
