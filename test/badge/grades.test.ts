import { describe, expect, it } from 'vitest';
import { gradeFor, parseGradeThresholds } from '../../src/badge/grades.js';
import { DEFAULT_GRADE_THRESHOLDS } from '../../src/data/badge-grades.js';

describe('gradeFor with the default thresholds', () => {
  it('gives A up to and including 10 kg', () => {
    expect(gradeFor(10).grade).toBe('A');
    expect(gradeFor(10).color).toBe('brightgreen');
  });
  it('moves to the next grade just above a threshold', () => {
    expect(gradeFor(10.01).grade).toBe('B');
    expect(gradeFor(999).grade).toBe('C');
    expect(gradeFor(1001).grade).toBe('D');
  });
  it('puts anything above the last maximum in the open-ended grade', () => {
    expect(gradeFor(5e6)).toEqual({ grade: 'F', color: 'red' });
  });
  it('anchors the thresholds to footprints converted from pounds', () => {
    // flight NY-SF 1,984 lb x 0.4536 = 900 kg, which lies in C (100 kg .. 1 t]
    expect(gradeFor(1984 * 0.4536).grade).toBe('C');
    expect(DEFAULT_GRADE_THRESHOLDS.source).toMatch(/Strubell/);
  });
});

describe('parseGradeThresholds', () => {
  it('reads units and colours', () => {
    const { thresholds, problems } = parseGradeThresholds('low:500g:blue, mid:2t, high');
    expect(problems).toEqual([]);
    // 500 g = 0.5 kg, 2 t = 2000 kg; colours default by position
    expect(thresholds).toEqual([
      { grade: 'low', maxKg: 0.5, color: 'blue' },
      { grade: 'mid', maxKg: 2000, color: 'green' },
      { grade: 'high', maxKg: undefined, color: 'yellowgreen' },
    ]);
    expect(gradeFor(1, thresholds).grade).toBe('mid');
  });
  it('rejects thresholds out of order and says where', () => {
    const { thresholds, problems } = parseGradeThresholds('A:100,B:10,C');
    expect(thresholds).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'grades[1]', severity: 'error' });
    expect(problems[0]!.message).toContain('not above the previous 100 kg');
  });
  it('rejects an open-ended grade before the last and unreadable items', () => {
    expect(parseGradeThresholds('A,B:10').problems[0]!.message).toContain('has no maximum but is not the last');
    const bad = parseGradeThresholds('A:ten kg');
    expect(bad.problems[0]).toMatchObject({ path: 'grades[0]', message: 'cannot read grade "A:ten kg"' });
    expect(bad.problems[0]!.hint).toContain('GRADE:MAX');
  });
});

describe('parseGradeThresholds colours', () => {
  it('takes a colour only after the maximum, so "A:x" is not read as a colour', () => {
    expect(parseGradeThresholds('A:10:#123456,B::red').thresholds).toEqual([
      { grade: 'A', maxKg: 10, color: '#123456' },
      { grade: 'B', maxKg: undefined, color: 'red' },
    ]);
    expect(parseGradeThresholds('A:x').problems[0]!.message).toBe('cannot read grade "A:x"');
  });
});
