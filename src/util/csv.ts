// The project's one CSV reader (RFC 4180: quoted cells may hold commas, doubled quotes and line ends; LF, CRLF and
// CR end records). Whole texts (calibration tables) and single log lines (already split by the log reader) both
// go through `readRecord`.

/** Cells of the record starting at `start`, and where the next record starts. */
function readRecord(text: string, start: number, lineEnds: boolean): { cells: string[]; next: number } {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let index = start;
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (lineEnds && (char === '\n' || char === '\r')) {
      if (char === '\r' && text[index + 1] === '\n') index++;
      cells.push(cell);
      return { cells, next: index + 1 };
    } else cell += char;
  }
  cells.push(cell);
  return { cells, next: index };
}

/** Every record of a CSV text, cells as written (not trimmed). */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (let start = 0; start < text.length; ) {
    const { cells, next } = readRecord(text, start, true);
    rows.push(cells);
    start = next;
  }
  return rows;
}

/** One object per non-blank row, keyed by the trimmed header names; cells trimmed. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsvRows(text);
  if (!header) return [];
  return body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => Object.fromEntries(header.map((name, index) => [name.trim(), (row[index] ?? '').trim()])));
}

/** Cells of one line (its line end already removed), trimmed. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',').map((cell) => cell.trim());
  return readRecord(line, 0, false).cells.map((cell) => cell.trim());
}
