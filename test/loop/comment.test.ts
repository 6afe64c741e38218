/**
 * The PR comment on a realistic check (MMLU's 57 subjects at their real sizes, HellaSwag, ARC,
 * TruthfulQA and a suite with categories): readable in ten seconds, and within GitHub's limit
 * with 20 pushes of history.
 */
import { GITHUB_COMMENT_LIMIT } from '@ftbench/reporter';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCell, inertnessProblems, parseTables } from '../../packages/reporter/test/markdown.js';
import { emptyHistory, type EvalResults, type PrHistory } from '@ftbench/core';
import { buildReports, type ReportInput } from '../../packages/action/src/report.js';
import { FINE_TUNE, GATES, MMLU_TEST_SIZES, SUITE, realisticRuns } from './realistic.js';

let runs: { baseline: EvalResults; candidate: EvalResults };
let comment: string;
const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  ...runs,
  gates: GATES,
  baselineCacheHit: true,
  withoutBaseline: [],
  why: '',
  ...overrides,
});

beforeAll(async () => {
  runs = await realisticRuns();
  comment = buildReports(input()).comment;
});

const mainTable = (text: string) => parseTables(text)[0];
const labelsOf = (text: string) => mainTable(text).rows.map((row) => decodeCell(row[0]));

describe('the comment on a realistic fine-tune', () => {
  it('says the trade-off on the line under the headline: task gain and goal, then each general benchmark', () => {
    const [headline, , tradeoff] = comment.split('\n');
    expect(headline).toBe('### ❌ ftbench: 1 regression');
    expect(decodeCell(tradeoff)).toMatch(
      /^Task: suite:pharmacy \d+\.\d → \d+\.\d % \(\+\d+\.\d; goal 80 % not reached\) · General: mmlu −\d\.\d, arc_challenge [−+±]\d\.\d, hellaswag −\d\.\d, truthfulqa_mc2 −\d\.\d ⚠️$/,
    );
  });

  it('keeps tasks and groups in the main table (MMLU by its groups), subjects and categories in collapsed breakdowns', () => {
    const labels = labelsOf(comment);
    expect(labels.length).toBeLessThanOrEqual(15);
    expect(new Set(labels)).toEqual(
      new Set(['mmlu', 'mmlu_humanities', 'mmlu_other', 'mmlu_social_sciences', 'mmlu_stem', 'hellaswag', 'arc_challenge', 'truthfulqa_mc2', SUITE]),
    );
    const subjects = comment.slice(comment.indexOf('<summary>Tasks of mmlu'));
    expect(parseTables(subjects.slice(0, subjects.indexOf('</details>')))[0].rows).toHaveLength(Object.keys(MMLU_TEST_SIZES).length);
    expect(comment).toContain(`<summary>Per-category breakdown: ${SUITE}</summary>`);
    // A benchmark's other metric (HellaSwag's acc beside its acc_norm) is a breakdown too.
    expect(
      mainTable(comment)
        .rows.filter((row) => decodeCell(row[0]) === 'hellaswag')
        .map((row) => decodeCell(row[1])),
    ).toEqual(['acc_norm']);
  });

  it('sorts failing gates first, then significant drops, then the rest', () => {
    const labels = labelsOf(comment);
    expect(labels[0]).toBe('hellaswag');
    const rank = (label: string) => labels.indexOf(label);
    // truthfulqa_mc2 drops significantly and no gate covers it; arc_challenge and the suite do not drop significantly.
    expect(rank('truthfulqa_mc2')).toBeLessThan(rank('arc_challenge'));
    expect(rank('truthfulqa_mc2')).toBeLessThan(rank(SUITE));
  });

  it('flags a significant drop no gate covers, and names the tests in a legend', () => {
    const truthfulqa = mainTable(comment).rows.find((row) => decodeCell(row[0]) === 'truthfulqa_mc2') as string[];
    expect(decodeCell(truthfulqa[7])).toMatch(/^⚠️ significant drop, no gate \(p < 0\.001\)$/);
    // mmlu's gate covers its category groups: their drops are shown, not flagged.
    const stem = mainTable(comment).rows.find((row) => decodeCell(row[0]) === 'mmlu_stem') as string[];
    expect(decodeCell(stem[7])).not.toContain('⚠️');
    expect(comment).toMatch(/McNemar exact test .*paired bootstrap/);
    expect(comment).toContain('CI in points');
  });

  it('states the goal on its own line, reached or not', () => {
    expect(comment).toMatch(/^🎯 Goal suite:pharmacy acc ≥ 80\.0%: not reached \(\d+\.\d%\)$/m);
    const reached = buildReports(input({ gates: [{ target: SUITE, metric: 'acc', targetValue: 0.7 }] })).comment;
    expect(reached).toMatch(/^🎯 Goal suite:pharmacy acc ≥ 70\.0%: reached /m);
  });

  it('keeps gate descriptions short in the table; the full limits are in the reasons', () => {
    const gateCells = mainTable(comment).rows.map((row) => decodeCell(row[6]));
    expect(Math.max(...gateCells.map((cell) => cell.length))).toBeLessThanOrEqual(24);
    expect(gateCells).toContain('floor 60 %, goal 80 %');
  });

  it('says "below floor" for a floor miss, never "regression (p = …)"', async () => {
    const { baseline, candidate } = await realisticRuns({ ...FINE_TUNE, suite: { base: 0.632, cand: 0.55 } });
    const text = buildReports(input({ baseline, candidate })).comment;
    const suite = mainTable(text).rows.find((row) => decodeCell(row[0]) === SUITE) as string[];
    expect(decodeCell(suite[7])).toBe('❌ below floor');
    expect(text.split('\n')[0]).toMatch(/below floor/);
  });

  it('says "inconclusive" with its n for a drop past the limit whose CI crosses the limit', async () => {
    const { baseline, candidate } = await realisticRuns({ ...FINE_TUNE, arc: { base: 0.47, cand: 0.455 } });
    const text = buildReports(input({ baseline, candidate })).comment;
    const arc = mainTable(text).rows.find((row) => decodeCell(row[0]) === 'arc_challenge') as string[];
    const ci = decodeCell(arc[5]).match(/\[(-?\d+\.\d), ([-+]?\d+\.\d)\]/) as RegExpMatchArray;
    expect(Number(arc[4].replace(' pts', ''))).toBeLessThan(-2);
    expect(Number(ci[2])).toBeGreaterThan(-2);
    expect(decodeCell(arc[7])).toBe('❌ inconclusive: past the limit, CI crosses it (n = 1172)');
    expect(text.split('\n')[0]).toMatch(/inconclusive/);
    expect(decodeCell(text)).toMatch(
      /^- arc_challenge acc_norm dropped \d\.\d points \(limit 2\.0\) \(p [<=] [\d.]+\) — inconclusive: the 95 % CI \[-\d\.\d, -\d\.\d\] reaches back within the limit \(n = 1172\)$/m,
    );
    // With its CI wholly past the limit, the same drop is a plain regression.
    const { baseline: b, candidate: c } = await realisticRuns({ ...FINE_TUNE, arc: { base: 0.47, cand: 0.447 } });
    const clear = mainTable(buildReports(input({ baseline: b, candidate: c })).comment).rows.find((row) => decodeCell(row[0]) === 'arc_challenge') as string[];
    expect(decodeCell(clear[7])).toBe('❌ regression (p < 0.001)');
  });

  it('names the run facts: models, ftbench version, n-shot per task, data revisions, baseline source', () => {
    const facts = comment.slice(comment.indexOf('#### Run'));
    expect(facts).toContain('base (');
    expect(facts).toContain('r8-ep3 (');
    expect(decodeCell(facts)).toContain('n-shot: 5 (57 tasks); 10 (hellaswag); 25 (arc_challenge); 0 (truthfulqa_mc2, suite:pharmacy).');
    expect(decodeCell(facts)).toContain('Baseline: cache hit, results reused.');
    expect(decodeCell(facts)).toMatch(/cais\/mmlu@\u200b?c30699/);
  });

  it('links the commit and the workflow run and names the runtime, in CI; a URL that is not plain is left out', () => {
    const sha = 'c0ffee'.repeat(7).slice(0, 40);
    const context = {
      commit: { sha, url: `https://github.com/acme/llm/commit/${sha}` },
      runUrl: 'https://github.com/acme/llm/actions/runs/42',
      onnxruntimeVersion: '1.29.0',
    };
    const facts = buildReports(input(), { context }).comment.slice(comment.indexOf('#### Run'));
    expect(facts).toContain(
      `Commit [c0ffeec](https://github.com/acme/llm/commit/${sha}) · [workflow run](https://github.com/acme/llm/actions/runs/42) · onnxruntime-node 1&#46;29.0.`,
    );
    const hostile = buildReports(input(), { context: { ...context, runUrl: 'https://x.example/a) [y](https://evil.example' } }).comment;
    expect(hostile).not.toContain('evil');
    expect(hostile).not.toContain('[workflow run]');
  });

  it('is inert Markdown', () => {
    expect(inertnessProblems(comment)).toEqual([]);
  });
});

describe('the comment with 20 pushes of history', () => {
  const sha = (i: number) => i.toString(16).padStart(2, '0').repeat(20);
  let history: PrHistory;
  let text: string;

  beforeAll(() => {
    history = emptyHistory(42);
    for (let i = 0; i < 20; i++) {
      const reports = buildReports(
        input({
          history: {
            before: history,
            sha: sha(i),
            time: `2026-12-01T${String(i).padStart(2, '0')}:00:00.000Z`,
            stop: { minGain: 1, bestBalance: 'within-limits' },
            commitBaseUrl: 'https://github.com/acme/llm/commit/',
          },
        }),
      );
      history = reports.history as PrHistory;
      text = reports.comment;
    }
  });

  it('shows one row per push, newest first, with the trajectory and the stop advice, within the comment limit', () => {
    expect(history.iterations).toHaveLength(20);
    const table = parseTables(text.slice(text.indexOf('#### Iterations')))[0];
    expect(table.rows).toHaveLength(20);
    expect(decodeCell(table.rows[0][0])).toBe(`[${sha(19).slice(0, 7)}](https://github.com/acme/llm/commit/${sha(19)})`);
    expect(text).toContain('```mermaid\nxychart-beta');
    expect(text).toMatch(/#### Stop advice\n\n\*\*.+\*\*\n\n- (❌|✅|➖) Target: /);
    expect(text.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    // Everything of the check itself is still there.
    expect(labelsOf(text)).toContain('truthfulqa_mc2');
    expect(text).toContain('<summary>Tasks of mmlu');
  });

  it('a re-run of the same commit replaces its row', () => {
    const again = buildReports(
      input({ history: { before: history, sha: sha(19), time: '2026-12-01T23:00:00.000Z', stop: { minGain: 1, bestBalance: 'within-limits' } } }),
    );
    expect(again.history?.iterations).toHaveLength(20);
    expect(again.history?.iterations[19].time).toBe('2026-12-01T23:00:00.000Z');
  });
});
