import { describe, expect, it } from 'vitest';
import { compareResults } from '../../core/src/compare/compare.js';
import type { GateConfig } from '../../core/src/compare/types.js';
import { binaryOutcomes, makeRun, type TaskSpec } from '../../core/test/compare/fixtures.js';
import type { RunFacts } from '../src/facts.js';
import {
  COMMENT_BUDGET,
  GITHUB_COMMENT_LIMIT,
  regressionMessage,
  renderComment,
  renderJobSummary,
  renderScoresComment,
  renderScoresSummary,
} from '../src/render.js';
import { HOSTILE_TEXT } from './hostile.js';
import { decodeCell, inertnessProblems, parseTables } from './markdown.js';

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

/** A cell as it reads on screen, without the zero-width spaces that break autolinks. */
const shown = (cell: string) => decodeCell(cell).replace(/\u200b/g, '');

function rowsByLabel(table: { rows: string[][] }): Map<string, string[]> {
  return new Map(table.rows.map((row) => [`${shown(row[0])} ${shown(row[1])}`, row.map(shown)]));
}

describe('renderComment', () => {
  it('starts with a headline counting the failing gates', () => {
    expect(comment.split('\n')[0]).toBe('### ❌ ftbench: 2 failing gates (1 regression, 1 missing)');
    expect(comment).toContain('- mmlu acc dropped 15.2 points (limit 3.0) (p &lt; 0.001)');
  });

  it('renders the delta table cell by cell', () => {
    const [main] = parseTables(comment);
    expect(main.header).toEqual(['Task', 'Metric', 'Baseline', 'Candidate', 'Δ pts', '95 % CI', 'Gate', 'Status']);
    const rows = rowsByLabel(main);
    // CI: python3 on the 500 paired differences, -0.152 ∓ 1.959963984540054·sd/√500, in points
    expect(rows.get('mmlu acc')).toEqual(['mmlu', 'acc', '76.0%', '60.8%', '-15.2', '[-18.5, -11.9]', 'max −3.0', '❌ regression (p < 0.001)']);
    expect(rows.get('hellaswag acc')).toEqual([
      'hellaswag',
      'acc',
      '65.0%',
      '61.0%',
      '-4.0',
      '[-7.9, -0.1]',
      'max −3.0, if significant',
      '⚠️ drop not significant (p = 0.125)',
    ]);
    expect(rows.get('arc_challenge acc')).toEqual(['arc_challenge', 'acc', '—', '—', '—', '—', 'floor 40 %', '❌ missing']);
    // 'suite:support': 75 % → 75 %, one doc each way: b = 1, c = 1 → p = 1
    expect(rows.get('suite:support acc')?.slice(2, 5)).toEqual(['75.0%', '75.0%', '0.0']);
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
    expect(rows.get('billing acc')?.slice(2, 5)).toEqual(['100.0%', '100.0%', '0.0']);
    expect(rows.get('refunds acc')?.slice(2, 5)).toEqual(['50.0%', '50.0%', '0.0']);
  });

  it('ends with the run facts', () => {
    const tables = parseTables(comment);
    const factsTable = tables[tables.length - 1];
    expect(factsTable.rows.map((row) => row.map(shown))).toEqual([
      ['Model', 'aaaaaaaaaaaa', 'bbbbbbbbbbbb'],
      ['Duration', '1 min 35 s', '42.3 s'],
    ]);
    expect(comment).toContain('Device: cpu. Baseline: cache hit, results reused.');
  });

  it('says so when everything passes', () => {
    const passing = compareResults(baseline, candidate, [{ target: 'mmlu', metric: 'acc', maxDrop: 20 }]);
    expect(renderComment(passing, facts).split('\n')[0]).toBe('### ✅ ftbench passed: 1 gate, no regressions');
  });

  it('marks rows whose task hashes differ and says why', () => {
    const changed = makeRun({ mmlu: { values: { acc: mmlu.candidate }, version: '2.0', hash: 'other' } });
    const text = renderComment(compareResults(baseline, changed, [{ target: 'mmlu', metric: 'acc', maxDrop: 3 }]), facts);
    expect(rowsByLabel(parseTables(text)[0]).get('mmlu acc')?.slice(4)).toEqual(['—', '—', 'max −3.0', '❌ not comparable']);
    expect(decodeCell(text)).toContain('- mmlu: task hashes differ (task version 1.0 → 2.0)');
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
    // The suite's row and its gated category's row are both in the main table.
    const labels = parseTables(text)[0].rows.map((row) => decodeCell(row[0]));
    expect(labels.filter((label) => label.includes('a|b <script>@\u200bteam'))).toHaveLength(2);
  });

  it('leaves no raw HTML, no live mention and no unescaped pipe', () => {
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/@team/);
    expect(text).toContain('a&#124;b &lt;script&gt;@&#8203;team');
    expect(inertnessProblems(text)).toEqual([]);
  });

  it('escapes the failing reason too', () => {
    expect(text).toContain(`- suite:a&#124;b &lt;script&gt;@&#8203;team/a&#124;b &lt;script&gt;@&#8203;team acc dropped`);
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
    expect(
      parseTables(text)
        .slice(0, 2)
        .reduce((n, table) => n + table.rows.length, 0),
    ).toBe(totalRows);
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
    const shortestRow = Math.min(
      ...text
        .split('\n')
        .filter((line) => line.startsWith('| task_'))
        .map((line) => line.length + 1),
    );
    expect(budget - text.length).toBeLessThan(shortestRow + 2);
    expect(omitted).toBeGreaterThan(40);
  });

  it('keeps the regressions while they fit, and past that the headline and a pointer to the full report', () => {
    const budget = 1500;
    const text = renderComment(big, facts, { budget });
    expect(text.length).toBeLessThanOrEqual(budget);
    expect(text.split('\n')[0]).toBe('### ❌ ftbench: 2 regressions');
    expect(text).toMatch(/rows omitted to stay within the size limit.*job summary/);
  });
});

describe('renderJobSummary and regressionMessage', () => {
  it('the job summary is the same report as the comment when nothing had to be left out', () => {
    const summary = renderJobSummary(comparison, facts);
    expect(summary.startsWith('### ❌ ftbench')).toBe(true);
    expect(summary).toBe(comment);
  });

  it('prints one line per failing gate with its limit', () => {
    expect(regressionMessage(comparison).split('\n')).toEqual([
      'mmlu acc dropped 15.2 points (limit 3.0) (p < 0.001)',
      expect.stringMatching(/^arc_challenge acc: arc_challenge is in neither run's results/),
    ]);
  });
});

describe('hostile text through every report', () => {
  // Every corpus entry as a task name, a suite category, a task version (quoted in the
  // not-comparable reason) and a gate target; a few only in one run, one gate on a missing target.
  const corpus = HOSTILE_TEXT.slice(0, -1); // the last entry is long, the size tests cover length
  const specs = (side: 'baseline' | 'candidate'): Record<string, TaskSpec> =>
    Object.fromEntries(
      corpus.map((name, i) => [
        i % 3 === 0 ? `suite:${name}` : name,
        i % 3 === 0
          ? {
              values: { acc: side === 'baseline' ? [1, 1] : [0, 1] },
              categories: [name, HOSTILE_TEXT[(i + 1) % corpus.length]],
              categoryResults: {
                [name]: { n: 1, metrics: { acc: { value: side === 'baseline' ? 1 : 0, stderr: null } } },
                [HOSTILE_TEXT[(i + 1) % corpus.length]]: { n: 1, metrics: { acc: { value: 1, stderr: null } } },
              },
            }
          : {
              values: { acc: side === 'baseline' ? [1, 1, 0] : [0, 1, 0] },
              ...(i % 3 === 1 && side === 'candidate' ? { version: name, hash: 'changed' } : {}),
            },
      ]),
    );
  const baselineRun = makeRun({ ...specs('baseline'), [`only-baseline ${corpus[0]}`]: { values: { acc: [1] } } });
  const candidateRun = makeRun({ ...specs('candidate'), [`only-candidate ${corpus[1]}`]: { values: { acc: [1] } } });
  const hostileGates: GateConfig[] = [
    ...corpus.map((name, i): GateConfig => ({ target: i % 3 === 0 ? `suite:${name}/${name}` : name, metric: 'acc', maxDrop: 1 })),
    { target: `missing ${corpus[2]}`, metric: 'acc', min: 0.5 },
  ];
  const hostileComparison = compareResults(baselineRun, candidateRun, hostileGates);
  const hostileFacts: RunFacts = {
    baseline: { modelFingerprint: corpus[0], seconds: 1 },
    candidate: { modelFingerprint: 'deadbeefcafe0000', seconds: 2 },
    device: corpus[16],
    baselineCacheHit: false,
  };
  const why = `No baseline yet: no results saved by runs on ${corpus.join(' ')}`;
  const reports: Record<string, string> = {
    comment: renderComment(hostileComparison, hostileFacts),
    'job summary': renderJobSummary(hostileComparison, hostileFacts),
    'comment, cut to a small budget': renderComment(hostileComparison, hostileFacts, { budget: 8000 }),
    'no-baseline comment': renderScoresComment(candidateRun, why),
    'no-baseline job summary': renderScoresSummary(candidateRun, why),
    'no-baseline comment, cut to a small budget': renderScoresComment(candidateRun, why, { budget: 6000 }),
  };

  it('the comparison has something hostile in every part: failing reasons, not-comparable notes, categories, added/removed', () => {
    expect(hostileComparison.reasons.length).toBeGreaterThan(corpus.length / 2);
    expect(reports.comment).toContain('**Not comparable**');
    expect(reports.comment).toContain('<details>');
    expect(reports.comment).toContain('**Only in the candidate run:**');
  });

  it.each(Object.keys(reports))('%s is inert: no link, image, mention, reference, HTML, code, hidden text or broken table', (name) => {
    expect(inertnessProblems(reports[name])).toEqual([]);
  });

  it('still shows every name readably', () => {
    const text = decodeCell(reports.comment).replace(/\u200b/g, '');
    expect(text).toContain('[click me](https://evil.example/login)');
    expect(text).toContain('cc @octocat and @org/security-team');
    expect(text).toContain('<!-- everything after this is hidden');
  });
});

describe('size: every report fits however many rows fail', () => {
  const count = 3000;
  const failingTasks = (side: 'baseline' | 'candidate'): Record<string, TaskSpec> =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`task_with_a_long_name_${String(i).padStart(5, '0')}`, { values: { acc: mmlu[side] } }]));
  const manyGates: GateConfig[] = Array.from({ length: count }, (_, i) => ({
    target: `task_with_a_long_name_${String(i).padStart(5, '0')}`,
    metric: 'acc',
    maxDrop: 1,
  }));
  const failing = compareResults(makeRun(failingTasks('baseline')), makeRun(failingTasks('candidate')), manyGates);

  it(`${count} regressions: the comment stays under GitHub's limit, keeps the verdict and points to the job summary`, () => {
    const text = renderComment(failing, facts);
    expect(failing.reasons).toHaveLength(count);
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(COMMENT_BUDGET).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(text.split('\n')[0]).toBe(`### ❌ ftbench: ${count} regressions`);
    expect(text).toMatch(/- … and \d+ more failing gates, listed in this run's job summary/);
    expect(text).toMatch(/rows omitted to stay within the size limit, \d+ of them failing\. All rows are in this run's job summary\./);
    expect(text).toContain('#### Run');
    expect(inertnessProblems(text)).toEqual([]);
  });

  it('the job summary budget counts UTF-8 bytes, as GitHub does (✅, — and Δ take 2 to 3 each)', () => {
    const passing = compareResults(makeRun(failingTasks('baseline')), makeRun(failingTasks('baseline')), manyGates);
    const text = renderJobSummary(passing, facts, { budget: 20_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(20_000);
    expect(text).toMatch(/rows omitted/);
    expect(text.split('\n')[0]).toBe(`### ✅ ftbench passed: ${count} gates, no regressions`);
  });

  it('the job summary has room for all of them', () => {
    const text = renderJobSummary(failing, facts);
    expect(text).not.toContain('omitted');
    expect(parseTables(text)[0].rows).toHaveLength(count);
  });

  it('a report with a tiny budget keeps the headline and says where the rest is', () => {
    const text = renderComment(failing, facts, { budget: 300 });
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.split('\n')[0]).toBe(`### ❌ ftbench: ${count} regressions`);
    expect(text).toMatch(/full report is in this run's job summary/);
  });

  it('thousands of names only in one run are counted, not all listed', () => {
    const names = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`only_here_${i}`, { values: { acc: [1] } }]));
    const added = compareResults(makeRun({}), makeRun(names), []);
    const text = renderComment(added, facts);
    expect(text).toMatch(/\*\*Only in the candidate run:\*\* .* and 480 more/);
    expect(text.length).toBeLessThan(10_000);
  });

  it('a huge no-baseline table (4,000 suites of 5 categories) is cut to the budget, categories first, with a pointer', () => {
    const suiteCategories = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`category ${i}`, { n: 1, metrics: { acc: { value: 1, stderr: null } } }]));
    const tasks = Object.fromEntries(
      Array.from({ length: 4000 }, (_, i) => [`suite:task_${i}`, { values: { acc: [1, 0] }, categoryResults: suiteCategories } satisfies TaskSpec]),
    );
    const results = makeRun(tasks);
    const text = renderScoresComment(results, 'No baseline yet.');
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(text.split('\n')[0]).toBe('### ftbench: scores only, no baseline to compare with');
    expect(text).toMatch(/⚠️ \d+ rows omitted to stay within the size limit\. All scores are in this run's job summary\./);
    const [table] = parseTables(text);
    expect(table.rows.every((row) => !decodeCell(row[0]).includes(' / '))).toBe(true);
    expect(renderScoresSummary(results, 'No baseline yet.').length).toBeLessThanOrEqual(1_000_000);
  });
});

describe('renderScoresComment', () => {
  it('shows why and one row per task metric and suite category, with the model and device', () => {
    const text = renderScoresComment(candidate, 'No baseline yet: main has no results.');
    const [table] = parseTables(text);
    expect(table.header).toEqual(['Task', 'Version', 'n-shot', 'Metric', 'Value', 'Stderr', 'n']);
    const rows = table.rows.map((row) => row.map(shown));
    expect(rows).toContainEqual(['mmlu', '1.0', '0', 'acc', '0.6080', '—', '500']);
    expect(rows).toContainEqual(['suite:support / billing', '', '', 'acc', '1.0000', '—', '2']);
    expect(text).toContain('No baseline yet: main has no results.');
    expect(text).toContain('Device: cpu.');
  });
});
