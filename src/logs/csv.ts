// Splitting CSV lines and reading header names the way the log writers spell them.

/** Cells of one CSV line, trimmed; double-quoted cells may hold commas and doubled quotes. */
export function splitCsvLine(text: string): string[] {
  if (!text.includes('"')) return text.split(',').map((cell) => cell.trim());
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

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
