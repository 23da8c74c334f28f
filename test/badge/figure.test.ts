import { describe, expect, it } from 'vitest';
import { parseBadgeFigure, repositoryFigure } from '../../src/badge/figure.js';
import { estimate, range, run } from './estimates.js';

const manifest = estimate([
  run('pretrain', range(40, 20, 80)),
  run('finetune', range(2, 1, 4), 'measured', range(0.1, 0.05, 0.2)),
]);

describe('repositoryFigure', () => {
  it("adds the runs' training CO2e by default, low with low and high with high", () => {
    // 40 + 2 = 42; 20 + 1 = 21; 80 + 4 = 84
    const figure = repositoryFigure(manifest);
    expect(figure.figure).toBe('training');
    expect(figure.co2eKg).toEqual({ value: 42, low: 21, high: 84 });
    expect(figure.basis).toBe('mixed');
  });
  it('adds one year of serving for training-and-inference', () => {
    // finetune: 2 + 365 x 0.1 = 38.5; low 1 + 365 x 0.05 = 19.25; high 4 + 365 x 0.2 = 77
    // total: 40 + 38.5 = 78.5; 20 + 19.25 = 39.25; 80 + 77 = 157
    const figure = repositoryFigure(manifest, 'training-and-inference');
    expect(figure.runs[1]!.co2eKg.value).toBeCloseTo(38.5, 10);
    expect(figure.co2eKg.value).toBeCloseTo(78.5, 10);
    expect(figure.co2eKg.low).toBeCloseTo(39.25, 10);
    expect(figure.co2eKg.high).toBeCloseTo(157, 10);
  });
  it("takes the largest run for max-run, with that run's basis", () => {
    const figure = repositoryFigure(manifest, 'max-run');
    expect(figure.co2eKg).toEqual({ value: 40, low: 20, high: 80 });
    expect(figure.basis).toBe('estimated');
  });
  it('gives zero for a manifest without runs', () => {
    expect(repositoryFigure(estimate([])).co2eKg).toEqual({ value: 0, low: 0, high: 0 });
    expect(repositoryFigure(estimate([]), 'max-run').co2eKg.value).toBe(0);
  });
});

describe('parseBadgeFigure', () => {
  it('defaults to training and accepts the documented names and aliases', () => {
    expect(parseBadgeFigure(undefined).figure).toBe('training');
    expect(parseBadgeFigure(' Max-Run ').figure).toBe('max-run');
    expect(parseBadgeFigure('training+inference').figure).toBe('training-and-inference');
  });
  it('suggests the closest name', () => {
    const { figure, problems } = parseBadgeFigure('max-runs', 'input badge-figure');
    expect(figure).toBeUndefined();
    expect(problems[0]).toMatchObject({
      file: 'input badge-figure',
      message: 'unknown badge figure "max-runs"',
      hint: 'did you mean "max-run"?',
    });
  });
});
