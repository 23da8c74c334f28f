// A history of six commits for the dashboard tests: a run appears, one is measured, the budget is raised once.
import { repositoryFigure } from '../../src/badge/figure.js';
import { appendEntry, emptyHistory, historyEntry, type History } from '../../src/badge/history.js';
import { estimate, range, run } from './estimates.js';

export const SAMPLE_TOTALS_KG = [120, 180, 175, 420, 390, 610];

export function sampleHistory(): History {
  let history = emptyHistory();
  SAMPLE_TOTALS_KG.forEach((total, index) => {
    const runs = [
      run('sentiment-bert', range(total * 0.25, total * 0.15, total * 0.4), index >= 4 ? 'measured' : 'estimated'),
    ];
    if (index >= 3) runs.push(run('domain-gpt', range(total * 0.55, total * 0.3, total * 1.0)));
    const rest = total - runs.reduce((sum, r) => sum + r.co2eKg.value, 0);
    runs.push(run('summarizer-t5', range(rest, rest * 0.6, rest * 1.6)));
    const figure = repositoryFigure(estimate(runs));
    const sha = `${`${index + 1}`.repeat(7)}abcdef0123456789`;
    history = appendEntry(
      history,
      historyEntry(figure, {
        sha,
        date: `2026-11-${String(10 + index).padStart(2, '0')}T12:00:00Z`,
        grade: figure.co2eKg.value > 100 ? 'C' : 'B',
        budgetKg: index < 3 ? 300 : 700,
      }),
    );
  });
  return history;
}
