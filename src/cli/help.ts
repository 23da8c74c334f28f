// Help text within 100 columns: long usage lines wrap at option boundaries, with a hanging indent.
export const HELP_WIDTH = 100;

/** Breaks `text` before " [" / " --" / " <" so no line is wider than `width`; later lines start with `indent`. */
export function wrapUsage(text: string, width = HELP_WIDTH, indent = '    '): string[] {
  const parts = text.split(/ (?=\[|--|<)/);
  const lines: string[] = [];
  let current = '';
  for (const part of parts) {
    if (current && current.length + 1 + part.length > width) {
      lines.push(current);
      current = indent + part;
    } else current = current ? `${current} ${part}` : part;
  }
  if (current) lines.push(current);
  return lines;
}

/** "name  summary" rows with the summary wrapped under itself. */
export function definitionList(rows: [string, string][], width = HELP_WIDTH): string[] {
  const nameWidth = Math.max(...rows.map(([name]) => name.length));
  const indent = ' '.repeat(2 + nameWidth + 2);
  return rows.flatMap(([name, text]) => {
    const lines: string[] = [];
    let current = `  ${name.padEnd(nameWidth)}  `;
    let empty = true;
    for (const word of text.split(' ')) {
      if (!empty && current.length + 1 + word.length > width) {
        lines.push(current);
        current = indent + word;
      } else current = empty ? current + word : `${current} ${word}`;
      empty = false;
    }
    lines.push(current);
    return lines;
  });
}

/** Plain text wrapped at spaces; usage lines wrap at option boundaries. */
export function wrapMessage(text: string, width = HELP_WIDTH): string {
  return text
    .split('\n')
    .flatMap((line) => (line.startsWith('usage: ') ? wrapUsage(line, width) : wrapWords(line, width)))
    .join('\n');
}

function wrapWords(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines;
}
