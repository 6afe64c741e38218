import { describe, expect, it } from 'vitest';
import { compareResults, type GateConfig } from '../../core/src/compare/index.js';
import { binaryOutcomes, makeRun, type TaskSpec } from '../../core/test/compare/fixtures.js';
import type { RunFacts } from '../src/facts.js';
import { STICKY_COMMENT_MARKER, regressionMessage, renderComment, renderJobSummary } from '../src/render.js';
import { decodeCell, parseTables } from './markdown.js';

// mmlu, 500 docs: 76.0 % → 60.8 %, b = 80, c = 4. hellaswag, 100 docs: 65 % → 61 %, b = 4, c = 0.
const mmlu = binaryOutcomes({ b: 80, c: 4, bothRight: 300, bothWrong: 116 });
const hellaswag = binaryOutcomes({ b: 4, c: 0, bothRight: 61, bothWrong: 35 });
const supportCategories = ['billing', 'refunds', 'billing', 'refunds'];
const support = (values: number[]): TaskSpec => ({
  values: { acc: values },
  categories: supportCategories,
  categoryResults: {
    billing: { n: 2, metrics: { acc: { value: (values[0] + values[2]) / 2, stderr: null } } },
    refunds: { n: 2, metrics: { acc: { value: (values[1] + values[3]) / 2, stderr: null } } },
  },
});

const baseline = makeRun({
  mmlu: { values: { acc: mmlu.baseline } },
  hellaswag: { values: { acc: hellaswag.baseline } },
  'suite:support': support([1, 1, 1, 0]),
});
const candidate = makeRun({
  mmlu: { values: { acc: mmlu.candidate } },
  hellaswag: { values: { acc: hellaswag.candidate } },
  'suite:support': support([1, 0, 1, 1]),
});
const gates: GateConfig[] = [
  { target: 'mmlu', metric: 'acc', maxDrop: 3 },
  { target: 'hellaswag', metric: 'acc', maxDrop: 3, requireSignificant: true },
  { target: 'arc_challenge', metric: 'acc', min: 0.4 },
];
const facts: RunFacts = {
  baseline: { modelFingerprint: 'aaaaaaaaaaaa1111111111111111', seconds: 95 },
  candidate: { modelFingerprint: 'bbbbbbbbbbbb2222222222222222', seconds: 42.25 },
  device: 'cpu',
  baselineCacheHit: true,
};

const comparison = compareResults(baseline, candidate, gates);
const comment = renderComment(comparison, facts);

function rowsByLabel(table: { rows: string[][] }): Map<string, string[]> {
  return new Map(table.rows.map((row) => [`${decodeCell(row[0])} ${decodeCell(row[1])}`, row.map(decodeCell)]));
}

describe('renderComment', () => {
  it('starts with the sticky marker and a headline counting the failing gates', () => {
    const [first, , headline] = comment.split('\n');
    expect(first).toBe(STICKY_COMMENT_MARKER);
    expect(headline).toBe('### ❌ ftbench: 2 failing gates (1 regression, 1 missing)');
    expect(comment).toContain('- mmlu acc dropped 15.2 points (limit 3.0) (p &lt; 0.001)');
  });

  it('renders the delta table cell by cell', () => {
    const [main] = parseTables(comment);
    expect(main.header).toEqual(['Task', 'Metric', 'Baseline', 'Candidate', 'Δ', '95 % CI', 'Gate', 'Status']);
    const rows = rowsByLabel(main);
    // CI: python3 on the 500 paired differences, -0.152 ∓ 1.959963984540054·sd/√500, in points
    expect(rows.get('mmlu acc')).toEqual(['mmlu', 'acc', '76.0%', '60.8%', '-15.2 pts', '[-18.5, -11.9]', 'max drop 3.0 points', '❌ regression (p < 0.001)']);
    expect(rows.get('hellaswag acc')).toEqual([
      'hellaswag',
      'acc',
      '65.0%',
      '61.0%',
      '-4.0 pts',
      '[-7.9, -0.1]',
      'max drop 3.0 points, drops count when significant (alpha 0.05)',
      '⚠️ drop not significant (p = 0.125)',
    ]);
    expect(rows.get('arc_challenge acc')).toEqual(['arc_challenge', 'acc', '—', '—', '—', '—', 'floor 40.0%', '❌ missing']);
    // 'suite:support': 75 % → 75 %, one doc each way: b = 1, c = 1 → p = 1
    expect(rows.get('suite:support acc')?.slice(2, 5)).toEqual(['75.0%', '75.0%', '0.0 pts']);
    expect(rows.get('suite:support acc')?.[7]).toBe('p = 1.000');
  });

  it('lists failing rows first', () => {
    const [main] = parseTables(comment);
    expect(main.rows.slice(0, 2).map((row) => decodeCell(row[0]))).toEqual(['arc_challenge', 'mmlu']);
  });

  it('puts suite categories in a collapsed breakdown table', () => {
    const details = comment.slice(comment.indexOf('<details>'), comment.indexOf('</details>'));
    expect(details).toContain('<summary>Per-category breakdown: suite:support</summary>');
    const [breakdown] = parseTables(details);
    expect(breakdown.header[0]).toBe('Category');
    const rows = rowsByLabel(breakdown);
    expect(rows.get('billing acc')?.slice(2, 5)).toEqual(['100.0%', '100.0%', '0.0 pts']);
    expect(rows.get('refunds acc')?.slice(2, 5)).toEqual(['50.0%', '50.0%', '0.0 pts']);
  });

  it('ends with the run facts', () => {
    const tables = parseTables(comment);
    const factsTable = tables[tables.length - 1];
    expect(factsTable.rows).toEqual([
      ['Model', 'aaaaaaaaaaaa', 'bbbbbbbbbbbb'],
      ['Duration', '1 min 35 s', '42.3 s'],
    ]);
    expect(comment).toContain('Device: cpu. Baseline: cache hit, results reused.');
  });

  it('says so when everything passes', () => {
    const passing = compareResults(baseline, candidate, [{ target: 'mmlu', metric: 'acc', maxDrop: 20 }]);
    expect(renderComment(passing, facts).split('\n')[2]).toBe('### ✅ ftbench passed: 1 gate, no regressions');
  });

  it('marks rows whose task hashes differ and says why', () => {
    const changed = makeRun({ mmlu: { values: { acc: mmlu.candidate }, version: '2.0', hash: 'other' } });
    const text = renderComment(compareResults(baseline, changed, [{ target: 'mmlu', metric: 'acc', maxDrop: 3 }]), facts);
    expect(rowsByLabel(parseTables(text)[0]).get('mmlu acc')?.slice(4)).toEqual(['—', '—', 'max drop 3.0 points', '❌ not comparable']);
    expect(text).toContain('- mmlu: task hashes differ (task version 1.0 → 2.0)');
    expect(text).toContain('**Only in the baseline run:** hellaswag, suite:support');
  });
});

describe('escaping data in the comment', () => {
  const evil = 'a|b\n<script>@team';
  const evilSuite = `suite:${evil}`;
  const evilBaseline = makeRun({
    [evilSuite]: { values: { acc: [1, 0] }, categories: [evil, evil], categoryResults: { [evil]: { n: 2, metrics: { acc: { value: 0.5, stderr: null } } } } },
  });
  const evilCandidate = makeRun({
    [evilSuite]: { values: { acc: [0, 0] }, categories: [evil, evil], categoryResults: { [evil]: { n: 2, metrics: { acc: { value: 0, stderr: null } } } } },
  });
  const text = renderComment(compareResults(evilBaseline, evilCandidate, [{ target: `suite:${evil}/${evil}`, metric: 'acc', maxDrop: 1 }]), facts);

  it('keeps every table well formed and shows the name as written (newline → space)', () => {
    const tables = parseTables(text);
    for (const table of tables.slice(0, 2)) {
      const labels = table.rows.map((row) => decodeCell(row[0]));
      expect(labels.some((label) => label.includes('a|b <script>@\u200bteam'))).toBe(true);
    }
  });

  it('leaves no raw HTML, no live mention and no unescaped pipe', () => {
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/@team/);
    expect(text).toContain('a\\|b &lt;script&gt;@&#8203;team');
  });

  it('escapes the failing reason too', () => {
    expect(text).toContain(`- suite:a\\|b &lt;script&gt;@&#8203;team/a\\|b &lt;script&gt;@&#8203;team acc dropped`);
  });
});

describe('size budget', () => {
  // 120 tasks that hold steady, two that regress, one suite with 40 categories.
  const steady = binaryOutcomes({ b: 1, c: 1, bothRight: 5, bothWrong: 3 });
  const categories = Array.from({ length: 40 }, (_, i) => `category-${i}`);
  const manyTasks = (side: 'baseline' | 'candidate'): Record<string, TaskSpec> => ({
    ...Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`task_${String(i).padStart(3, '0')}`, { values: { acc: steady[side] } }])),
    zz_regressed_a: { values: { acc: mmlu[side] } },
    zz_regressed_b: { values: { acc: mmlu[side] } },
    suite: {
      values: { acc: categories.map(() => 1) },
      categories,
      categoryResults: Object.fromEntries(categories.map((name) => [name, { n: 1, metrics: { acc: { value: 1, stderr: null } } }])),
    },
  });
  const big = compareResults(makeRun(manyTasks('baseline')), makeRun(manyTasks('candidate')), [
    { target: 'task_000', metric: 'acc', maxDrop: 50 },
    { target: 'zz_regressed_a', metric: 'acc', maxDrop: 3 },
    { target: 'zz_regressed_b', metric: 'acc', maxDrop: 3 },
  ]);
  const totalRows = 123 + 40;

  it('renders everything when it fits', () => {
    const text = renderComment(big, facts);
    expect(text).not.toContain('omitted');
    expect(parseTables(text).slice(0, 2).reduce((n, table) => n + table.rows.length, 0)).toBe(totalRows);
  });

  it('drops whole rows, categories first, keeps every regression and notes the omission', () => {
    const budget = 6000;
    const text = renderComment(big, facts, { budget });
    expect(text.length).toBeLessThanOrEqual(budget);
    expect(text).not.toContain('<details>');
    const [main] = parseTables(text);
    const labels = main.rows.map((row) => decodeCell(row[0]));
    expect(labels).toEqual(expect.arrayContaining(['zz_regressed_a', 'zz_regressed_b']));
    // the gated passing row outranks the ungated ones
    expect(labels).toContain('task_000');
    const omitted = Number(/⚠️ (\d+) rows omitted/.exec(text)?.[1]);
    expect(omitted).toBe(totalRows - main.rows.length);
    expect(text.endsWith('Device: cpu. Baseline: cache hit, results reused.\n')).toBe(true);
  });

  it('drops as few rows as it can', () => {
    const budget = 6000;
    const text = renderComment(big, facts, { budget });
    const omitted = Number(/⚠️ (\d+) rows omitted/.exec(text)?.[1]);
    // one row fewer dropped would not fit: the budget minus the text is less than a row's length
    const shortestRow = Math.min(...text.split('\n').filter((line) => line.startsWith('| task_')).map((line) => line.length + 1));
    expect(budget - text.length).toBeLessThan(shortestRow + 2);
    expect(omitted).toBeGreaterThan(40);
  });

  it('never drops a regression, even past the budget', () => {
    const text = renderComment(big, facts, { budget: 100 });
    const labels = parseTables(text)[0].rows.map((row) => decodeCell(row[0]));
    expect(labels).toEqual(['zz_regressed_a', 'zz_regressed_b']);
    expect(text).toContain(`⚠️ ${totalRows - 2} rows omitted`);
  });
});

describe('renderJobSummary and regressionMessage', () => {
  it('the job summary is the same report without the sticky marker', () => {
    const summary = renderJobSummary(comparison, facts);
    expect(summary.startsWith('### ❌ ftbench')).toBe(true);
    expect(`${STICKY_COMMENT_MARKER}\n\n${summary}`).toBe(comment);
  });

  it('prints one line per failing gate with its limit', () => {
    expect(regressionMessage(comparison).split('\n')).toEqual([
      'mmlu acc dropped 15.2 points (limit 3.0) (p < 0.001)',
      expect.stringMatching(/^arc_challenge acc: arc_challenge is in neither run's results/),
    ]);
  });
});
