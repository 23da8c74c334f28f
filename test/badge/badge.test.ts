import { describe, expect, it } from 'vitest';
import { badgeFor, badgeSvg, shieldsEndpoint } from '../../src/badge/badge.js';
import { repositoryFigure } from '../../src/badge/figure.js';
import { estimate, range, run } from './estimates.js';

describe('shields endpoint JSON', () => {
  it('has schemaVersion 1, the figure label, a rounded message and the grade colour', () => {
    // 40 (20..80) + 2.37 (1..4): total 42.37 in 21..84, half-width 31.5 -> 1 figure -> 40 kg; 42 kg is grade B
    const badge = badgeFor(repositoryFigure(estimate([run('a', range(40, 20, 80)), run('b', range(2.37, 1, 4))])));
    expect(shieldsEndpoint(badge)).toEqual({
      schemaVersion: 1,
      label: 'training CO2e',
      message: '40 kg',
      color: 'green',
    });
    expect(badge.grade).toBe('B');
  });
  it('grades on the unrounded central value', () => {
    // 10.4 kg shows as "10 kg" but is above A's 10 kg maximum
    const badge = badgeFor(repositoryFigure(estimate([run('a', range(10.4, 10.3, 10.5))])));
    expect(badge.message).toBe('10 kg');
    expect(badge.grade).toBe('B');
  });
  it('says measured when every run was measured, and takes a custom label and thresholds', () => {
    const figure = repositoryFigure(estimate([run('a', range(1500), 'measured')]));
    const badge = badgeFor(
      figure,
      [
        { grade: 'ok', maxKg: 2000, color: '#00aa00' },
        { grade: 'high', color: 'red' },
      ],
      'CO2e',
    );
    expect(shieldsEndpoint(badge)).toEqual({
      schemaVersion: 1,
      label: 'CO2e',
      message: '1.5 t (measured)',
      color: '#00aa00',
    });
  });
  it('names the figure in the label', () => {
    const figure = repositoryFigure(estimate([run('a', range(3))]), 'max-run');
    expect(badgeFor(figure).label).toBe('largest run CO2e');
  });
});

describe('SVG badge', () => {
  it('is a self-contained SVG with the label, message and colour', () => {
    const svg = badgeSvg({ label: 'training CO2e', message: '42 kg', color: '#00aa00', grade: 'B' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('aria-label="training CO2e: 42 kg"');
    expect(svg).toContain('fill="#00aa00"');
    expect(svg).toContain('>42 kg</text>');
    expect(svg).not.toMatch(/(?:href|src)="https?:/);
  });
});
