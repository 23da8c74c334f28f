// Grade a repository figure against thresholds, and read user-written thresholds ("A:10kg,B:100kg,...,F").
import { DEFAULT_GRADE_THRESHOLDS, type GradeThreshold } from '../data/badge-grades.js';
import type { InputProblem } from '../errors.js';

export type { GradeThreshold };

/** The first grade whose maximum the central value does not exceed; the last grade catches the rest. */
export function gradeFor(
  co2eKg: number,
  thresholds: readonly GradeThreshold[] = DEFAULT_GRADE_THRESHOLDS.value,
): GradeThreshold {
  const found = thresholds.find((threshold) => threshold.maxKg === undefined || co2eKg <= threshold.maxKg);
  return found ?? thresholds[thresholds.length - 1] ?? { grade: '?', color: 'lightgrey' };
}

const UNIT_KG: Record<string, number> = { g: 0.001, kg: 1, t: 1000 };
const ITEM = /^([A-Za-z0-9+-]{1,12})(?::(?:([0-9]*\.?[0-9]+(?:e[0-9]+)?)\s*(g|kg|t)?)?(?::(#?[A-Za-z0-9]+))?)?$/;
const EXAMPLE = 'A:10kg,B:100kg,C:1t,D:10t,E:100t,F (GRADE:MAX[:COLOUR], the last grade without MAX)';

/** Parse "GRADE:MAX[unit][:COLOUR]" items separated by commas; MAX in kg unless g or t follows. */
export function parseGradeThresholds(
  text: string,
  file = 'badge-grades',
): { thresholds?: GradeThreshold[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  const thresholds: GradeThreshold[] = [];
  const defaultColors = DEFAULT_GRADE_THRESHOLDS.value.map((threshold) => threshold.color);
  items.forEach((item, index) => {
    const match = ITEM.exec(item);
    if (!match) {
      problems.push({
        file,
        column: index + 1,
        path: `grades[${index}]`,
        message: `cannot read grade "${item}"`,
        hint: `expected ${EXAMPLE}`,
        severity: 'error',
      });
      return;
    }
    const [, grade, amount, unit, color] = match;
    const maxKg = amount === undefined ? undefined : Number(amount) * UNIT_KG[unit ?? 'kg']!;
    thresholds.push({
      grade: grade!,
      maxKg,
      color: color ?? defaultColors[Math.min(index, defaultColors.length - 1)]!,
    });
  });
  thresholds.forEach((threshold, index) => {
    const isLast = index === thresholds.length - 1;
    if (!isLast && threshold.maxKg === undefined) {
      problems.push({
        file,
        path: `grades[${index}]`,
        message: `grade "${threshold.grade}" has no maximum but is not the last`,
        hint: `only the last grade may be open-ended: ${EXAMPLE}`,
        severity: 'error',
      });
    }
    const previous = thresholds[index - 1]?.maxKg;
    if (threshold.maxKg !== undefined && previous !== undefined && threshold.maxKg <= previous) {
      problems.push({
        file,
        path: `grades[${index}]`,
        message: `grade "${threshold.grade}" maximum ${threshold.maxKg} kg is not above the previous ${previous} kg`,
        hint: 'list grades from the smallest footprint to the largest',
        severity: 'error',
      });
    }
  });
  if (items.length === 0)
    problems.push({ file, message: 'no grades given', hint: `expected ${EXAMPLE}`, severity: 'error' });
  return problems.some((problem) => problem.severity === 'error') ? { problems } : { thresholds, problems };
}
