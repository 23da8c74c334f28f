// Everything the badge branch (or `ml-carbon badge --out`) holds, built from an estimate and the previous history.
import { DEFAULT_GRADE_THRESHOLDS, type GradeThreshold } from '../data/badge-grades.js';
import type { InputProblem } from '../errors.js';
import type { Estimate } from '../estimate/types.js';
import { badgeFor, badgeSvg, shieldsEndpoint, type Badge } from './badge.js';
import { renderDashboard } from './dashboard.js';
import { repositoryFigure, type BadgeFigure } from './figure.js';
import { appendEntry, HISTORY_FILE, historyEntry, parseHistory, serializeHistory, type History } from './history.js';

export const BADGE_FILES = {
  endpoint: 'badge.json',
  svg: 'badge.svg',
  history: HISTORY_FILE,
  dashboard: 'index.html',
  noJekyll: '.nojekyll',
} as const;

export interface BadgeInputs {
  estimate: Estimate;
  /** The commit the figure belongs to. */
  commit: { sha: string; date: string };
  figure?: BadgeFigure;
  thresholds?: readonly GradeThreshold[];
  budgetKg?: number;
  label?: string;
  repository?: string;
}

export interface BadgeOutput {
  badge: Badge;
  history: History;
  /** File name on the branch -> content. */
  files: Record<string, string>;
  problems: InputProblem[];
}

/** Pure: the badge files after appending this commit to `previousHistoryText` (the branch's history.json, if any). */
export function buildBadgeFiles(inputs: BadgeInputs, previousHistoryText?: string): BadgeOutput {
  const figure = repositoryFigure(inputs.estimate, inputs.figure ?? 'training');
  const badge = badgeFor(figure, inputs.thresholds ?? DEFAULT_GRADE_THRESHOLDS.value, inputs.label);
  const previous = parseHistory(previousHistoryText);
  const entry = historyEntry(figure, { ...inputs.commit, grade: badge.grade, budgetKg: inputs.budgetKg });
  const history = appendEntry(previous.history, entry);
  const files = {
    [BADGE_FILES.endpoint]: `${JSON.stringify(shieldsEndpoint(badge), null, 2)}\n`,
    [BADGE_FILES.svg]: `${badgeSvg(badge)}\n`,
    [BADGE_FILES.history]: serializeHistory(history),
    [BADGE_FILES.dashboard]: renderDashboard(history, { repository: inputs.repository }),
    // Pages serves the files as they are, without a Jekyll build.
    [BADGE_FILES.noJekyll]: '',
  };
  return { badge, history, files, problems: previous.problems };
}
