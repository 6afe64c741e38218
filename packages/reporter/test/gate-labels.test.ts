/** How floors and tasks without a baseline read in the comment: labelled as what they are, never as a regression or a silent pass. */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../core/src/compare/compare.js';
import { binaryOutcomes, makeRun } from '../../core/test/compare/fixtures.js';
import type { RunFacts } from '../src/facts.js';
import { renderComment } from '../src/render.js';
import { decodeCell, parseTables } from './markdown.js';

const facts: RunFacts = {
  baseline: { modelFingerprint: 'a'.repeat(64), seconds: 1 },
  candidate: { modelFingerprint: 'b'.repeat(64), seconds: 1 },
  device: 'cpu',
  baselineCacheHit: true,
};

// 50 % → 52 %: a gain, McNemar p = 0.625.
const gain = binaryOutcomes({ b: 1, c: 3, bothRight: 49, bothWrong: 47 });

describe('gate labels', () => {
  it('a floor miss after a gain is headlined and marked "below floor", with no p-value on it', () => {
    const comparison = compareResults(makeRun({ mmlu: { values: { acc: gain.baseline } } }), makeRun({ mmlu: { values: { acc: gain.candidate } } }), [
      { target: 'mmlu', metric: 'acc', min: 0.6 },
    ]);
    const comment = renderComment(comparison, facts);
    expect(comment.split('\n')[0]).toBe('### ❌ ftbench: 1 failing gate (1 below floor)');
    expect(comment).not.toMatch(/regression/);
    const [main] = parseTables(comment);
    expect(main.rows.map((row) => decodeCell(row[7]))).toEqual(['❌ below floor']);
  });

  it('names the tasks that had no baseline and marks their drop gates as unchecked', () => {
    const baseline = makeRun({ mmlu: { values: { acc: gain.baseline } } });
    const candidate = makeRun({ mmlu: { values: { acc: gain.candidate } }, arc_easy: { values: { acc: [1, 0] } } });
    const comparison = compareResults(baseline, candidate, [{ target: 'arc_easy', metric: 'acc', maxDrop: 2 }], { withoutBaseline: ['arc_easy'] });
    const comment = renderComment(comparison, facts);
    expect(comment).toMatch(/^> ⚠️ \*\*No baseline\*\* for arc(?:\\?_|&#95;)easy: their drop limits are not checked \(floors are\)\.$/m);
    const [main] = parseTables(comment);
    const arc = main.rows.find((row) => decodeCell(row[0]) === 'arc_easy');
    expect(arc?.map(decodeCell).at(-1)).toBe('⚠️ no baseline');
  });
});
