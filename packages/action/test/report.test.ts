/** The action's reports, built from results as the action and the fork-safe commenter build them. */
import { describe, expect, it } from 'vitest';
import { makeRun } from '../../core/test/compare/fixtures.js';
import { buildReports, fullReportAt, runUrlFromEnv } from '../src/report.js';
import { GITHUB_COMMENT_LIMIT } from '../../reporter/src/render.js';
import { HOSTILE_TEXT } from '../../reporter/test/hostile.js';
import { inertnessProblems } from '../../reporter/test/markdown.js';

describe('buildReports without a baseline', () => {
  // Task and category names, a branch name in `why`: all from the PR.
  const candidate = makeRun(
    Object.fromEntries(
      HOSTILE_TEXT.map((name, i) => [
        `suite:${name}`,
        { values: { acc: [1, 0] }, categoryResults: { [HOSTILE_TEXT[(i + 7) % HOSTILE_TEXT.length]]: { n: 1, metrics: { acc: { value: 1, stderr: null } } } } },
      ]),
    ),
  );
  const why = 'No baseline yet: no results saved by runs on `release/@org/team <!-- x` with this configuration.';
  const reports = buildReports({ candidate, baseline: null, baselineCacheHit: false, gates: [], withoutBaseline: [], why });

  it('escapes every name and the reason in the comment and the job summary', () => {
    expect(inertnessProblems(reports.comment)).toEqual([]);
    expect(inertnessProblems(reports.summary)).toEqual([]);
    expect(reports.comment).toContain('No baseline yet');
  });

  it('passes, with nothing to list as a regression', () => {
    expect(reports).toMatchObject({ passed: true, regressions: [], failure: '' });
  });

  it("stays within GitHub's limit with thousands of tasks, and points to the run's job summary", () => {
    const big = makeRun(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`task_${i}_${'x'.repeat(40)}`, { values: { acc: [1, 0] } }])));
    const fullReport = fullReportAt(runUrlFromEnv({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/repo', GITHUB_RUN_ID: '99' }));
    const { comment } = buildReports(
      { candidate: big, baseline: null, baselineCacheHit: false, gates: [], withoutBaseline: [], why: 'No baseline yet.' },
      { fullReport },
    );
    expect(comment.length).toBeLessThan(GITHUB_COMMENT_LIMIT - 100);
    expect(comment.split('\n')[0]).toBe('### ftbench: scores only, no baseline to compare with');
    expect(comment).toContain('All scores are in the [job summary of this run](https://github.com/owner/repo/actions/runs/99).');
  });
});

describe('fullReportAt', () => {
  it('links only a plain http(s) URL', () => {
    expect(fullReportAt('https://github.com/o/r/actions/runs/1')).toBe('the [job summary of this run](https://github.com/o/r/actions/runs/1)');
    expect(fullReportAt('https://x/y) ![img](https://evil')).toBeUndefined();
    expect(fullReportAt('javascript:alert(1)')).toBeUndefined();
    expect(fullReportAt(null)).toBeUndefined();
  });
});
