import { describe, expect, it } from 'vitest';
import { parseCsvRecords, parseCsvRows, splitCsvLine } from '../../src/util/csv.js';

describe('the CSV reader', () => {
  it('reads quoted cells with commas, doubled quotes and line ends, and CRLF records', () => {
    expect(parseCsvRows('a,"b, ""c""",d\r\n"x\ny",2\n')).toEqual([
      ['a', 'b, "c"', 'd'],
      ['x\ny', '2'],
    ]);
  });

  it('keys records by trimmed header names and drops blank rows', () => {
    expect(parseCsvRecords(' id ,n\r\na, 1 \r\n,\r\nb,2')).toEqual([
      { id: 'a', n: '1' },
      { id: 'b', n: '2' },
    ]);
  });

  it('splits one log line into trimmed cells; a CR inside a line stays in its cell', () => {
    expect(splitCsvLine(' 2024/05/01 10:00:00.000 , "A100, SXM" , 74.01 W ')).toEqual([
      '2024/05/01 10:00:00.000',
      'A100, SXM',
      '74.01 W',
    ]);
    expect(splitCsvLine('"a\rb",c')).toEqual(['a\rb', 'c']);
  });
});
