// The badge itself: label, message and colour, as a shields.io endpoint document and as a self-contained SVG.
import { DEFAULT_GRADE_THRESHOLDS, type GradeThreshold } from '../data/badge-grades.js';
import { FIGURE_LABELS, type RepositoryFigure } from './figure.js';
import { gradeFor } from './grades.js';
import { formatCo2e } from './precision.js';
import { renderFlatBadge } from './svg-badge.js';

export interface Badge {
  label: string;
  message: string;
  color: string;
  grade: string;
}

/** shields.io endpoint schema: https://shields.io/badges/endpoint-badge */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

export function badgeFor(
  figure: RepositoryFigure,
  thresholds: readonly GradeThreshold[] = DEFAULT_GRADE_THRESHOLDS.value,
  label?: string,
): Badge {
  const grade = gradeFor(figure.co2eKg.value, thresholds);
  const measured = figure.basis === 'measured' ? ' (measured)' : '';
  return {
    label: label ?? FIGURE_LABELS[figure.figure],
    message: `${formatCo2e(figure.co2eKg)}${measured}`,
    color: grade.color,
    grade: grade.grade,
  };
}

export function shieldsEndpoint(badge: Badge): ShieldsEndpoint {
  return { schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color };
}

export function badgeSvg(badge: Badge): string {
  return renderFlatBadge(badge);
}
