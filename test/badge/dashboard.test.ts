import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../../src/badge/dashboard.js';
import { emptyHistory } from '../../src/badge/history.js';
import { SAMPLE_TOTALS_KG, sampleHistory } from './history-sample.js';

const circles = (html: string, series: string) =>
  [...html.matchAll(new RegExp(`<circle[^>]*data-series="${series}"[^>]*>`, 'g'))].map((match) => match[0]);
const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

describe('renderDashboard', () => {
  const html = renderDashboard(sampleHistory(), { repository: 'acme/models' });

  it('is one self-contained page: no external script, style, image or font', () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|url\(\s*['"]?https?:|<img[^>]+src="https?:|@import/);
    expect(html).toContain('<title>ml-carbon: acme/models</title>');
  });

  it('draws one total point per commit, higher CO2e higher on the chart', () => {
    const totals = circles(html, 'total');
    expect(totals.map((tag) => Number(attribute(tag, 'data-kg')))).toEqual(SAMPLE_TOTALS_KG);
    const cy = totals.map((tag) => Number(attribute(tag, 'cy')));
    // 610 kg is the largest total and 120 kg the smallest: SVG y grows downwards
    expect(Math.min(...cy)).toBe(cy[5]);
    expect(Math.max(...cy)).toBe(cy[0]);
  });

  it('marks measured points filled and estimated ones hollow', () => {
    const bert = circles(html, 'run').filter((tag) => attribute(tag, 'data-run') === 'sentiment-bert');
    expect(bert.map((tag) => attribute(tag, 'data-basis'))).toEqual([
      'estimated',
      'estimated',
      'estimated',
      'estimated',
      'measured',
      'measured',
    ]);
    expect(attribute(bert[0]!, 'fill')).toBe('#ffffff');
    expect(attribute(bert[5]!, 'fill')).toBe(attribute(bert[5]!, 'stroke'));
  });

  it('draws a run only where it exists and the budget as a dashed line', () => {
    expect(circles(html, 'run').filter((tag) => attribute(tag, 'data-run') === 'domain-gpt')).toHaveLength(3);
    expect(html).toMatch(/<polyline[^>]*stroke-dasharray="8 5" data-series="budget"/);
    expect(html).toContain('data-series="range"');
  });

  it('lists every commit newest first with its rounded figure', () => {
    const rows = [
      ...html.matchAll(/<tr><td>(\d{4}-\d\d-\d\d)<\/td><td><code>(\w+)<\/code><\/td><td class="num">([^<]+)<\/td>/g),
    ].map((match) => [match[1], match[2], match[3]]);
    expect(rows[0]).toEqual(['2026-11-15', '6666666', expect.stringMatching(/kg$/)]);
    expect(rows).toHaveLength(6);
  });

  it('escapes run ids', () => {
    const history = sampleHistory();
    history.entries[0]!.runs[0]!.id = '<script>alert(1)</script>';
    expect(renderDashboard(history)).not.toContain('<script>alert(1)');
  });

  it('thins the commit labels of a long history but always labels the newest', () => {
    const history = sampleHistory();
    const template = history.entries[0]!;
    // 40 commits: one label every ceil(40 / 12) = 4, counted back from the newest -> indexes 39, 35, ..., 3: 10 labels
    history.entries = Array.from({ length: 40 }, (_, index) => ({
      ...template,
      sha: (0x1000000 + index).toString(16),
    }));
    const labels = [...renderDashboard(history).matchAll(/class="tick sha">(\w+)</g)].map((match) => match[1]);
    expect(labels).toHaveLength(10);
    expect(labels[labels.length - 1]).toBe((0x1000000 + 39).toString(16).slice(0, 7));
  });

  it('says there is no history yet when empty', () => {
    const empty = renderDashboard(emptyHistory());
    expect(empty).toContain('No history yet');
    expect(empty).not.toContain('<svg');
  });
});
