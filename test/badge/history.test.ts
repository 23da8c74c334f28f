import { describe, expect, it } from 'vitest';
import { repositoryFigure } from '../../src/badge/figure.js';
import { appendEntry, emptyHistory, historyEntry, parseHistory, serializeHistory } from '../../src/badge/history.js';
import { estimate, range, run } from './estimates.js';

const figure = repositoryFigure(estimate([run('pretrain', range(40, 20, 80))]));
const entryAt = (sha: string, value = 40, date = '2026-11-20T10:00:00Z') =>
  historyEntry(repositoryFigure(estimate([run('pretrain', range(value, value / 2, value * 2))])), {
    sha,
    date,
    grade: 'B',
  });

describe('history', () => {
  it('records sha, date, figure, per-run figures, basis and budget', () => {
    const entry = historyEntry(figure, { sha: 'abc1234', date: '2026-11-20T10:00:00Z', grade: 'B', budgetKg: 100 });
    expect(entry).toEqual({
      sha: 'abc1234',
      date: '2026-11-20T10:00:00Z',
      figure: 'training',
      co2eKg: { value: 40, low: 20, high: 80 },
      basis: 'estimated',
      grade: 'B',
      runs: [{ id: 'pretrain', basis: 'estimated', co2eKg: { value: 40, low: 20, high: 80 } }],
      budgetKg: 100,
    });
  });
  it('appends per commit and replaces a re-run of the same commit in place', () => {
    let history = appendEntry(appendEntry(emptyHistory(), entryAt('aaaaaaa')), entryAt('bbbbbbb'));
    history = appendEntry(history, entryAt('aaaaaaa', 50));
    expect(history.entries.map((entry) => [entry.sha, entry.co2eKg.value])).toEqual([
      ['aaaaaaa', 50],
      ['bbbbbbb', 40],
    ]);
  });
  it('keeps commit-date order when an older commit is published after a newer one', () => {
    let history = appendEntry(emptyHistory(), entryAt('aaaaaaa', 40, '2026-11-20T10:00:00Z'));
    history = appendEntry(history, entryAt('ccccccc', 40, '2026-11-22T10:00:00+02:00'));
    // b: 2026-11-21T23:30-01:00 = 2026-11-22T00:30Z; c: 2026-11-22T10:00+02:00 = 2026-11-22T08:00Z; so a < b < c
    history = appendEntry(history, entryAt('bbbbbbb', 40, '2026-11-21T23:30:00-01:00'));
    expect(history.entries.map((entry) => entry.sha)).toEqual(['aaaaaaa', 'bbbbbbb', 'ccccccc']);
  });
  it('round-trips through its file', () => {
    const history = appendEntry(emptyHistory(), entryAt('aaaaaaa'));
    expect(parseHistory(serializeHistory(history))).toEqual({ history, problems: [] });
  });
  it('starts empty, with a warning, from a file that is not JSON', () => {
    const { history, problems } = parseHistory('{ nope', 'history.json');
    expect(history.entries).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'history.json', severity: 'warning' });
  });
  it('keeps the readable entries when one is broken', () => {
    const good = entryAt('aaaaaaa');
    const text = JSON.stringify({ schemaVersion: 1, entries: [good, { ...good, sha: 'not a sha' }] });
    const { history, problems } = parseHistory(text);
    expect(history.entries).toEqual([good]);
    expect(problems[0]).toMatchObject({ path: 'entries.1.sha', hint: 'dropped 1 unreadable entry' });
  });
});
