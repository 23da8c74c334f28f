// A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF) returning one record per row keyed by header.

export function parseCsvRecords(text: string): Record<string, string>[] {
  const rows = parseCsvRows(text);
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => Object.fromEntries(header.map((name, index) => [name.trim(), (row[index] ?? '').trim()])));
}

export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
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
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The leading number of a cell such as "15000 (~15T)" or "~150 (approximately 5 months)"; undefined when none. */
export function leadingNumber(cell: string | undefined): number | undefined {
  const match = cell?.match(/^~?\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i);
  return match ? Number(match[1]) : undefined;
}
