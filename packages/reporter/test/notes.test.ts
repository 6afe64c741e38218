/**
 * Signs of a broken model and left-truncated requests, from each side's results into the comment:
 * shown beside the verdict, task names escaped.
 */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../core/src/compare/compare.js';
import { binaryOutcomes, makeRun } from '../../core/test/compare/fixtures.js';
import { escapeMarkdown } from '../src/escape.js';
import { runFactsFrom } from '../src/facts.js';
import { renderComment, renderJobSummary } from '../src/render.js';

const outcomes = binaryOutcomes({ b: 3, c: 5, bothRight: 20, bothWrong: 12 });
const HOSTILE = 'suite:<img src=x>@team|`x`';

function runs() {
  const baseline = makeRun({ mmlu: { values: { acc: outcomes.baseline } }, [HOSTILE]: { values: { acc: outcomes.baseline } } });
  const candidate = makeRun({ mmlu: { values: { acc: outcomes.candidate } }, [HOSTILE]: { values: { acc: outcomes.candidate } } });
  return { baseline, candidate };
}

describe('run notes in the comment', () => {
  it('flag degenerate output per side and sign, with escaped task names', () => {
    const { baseline, candidate } = runs();
    candidate.tasks[HOSTILE].degenerate = ['same-answer', 'equal-loglikelihoods'];
    candidate.tasks.mmlu.degenerate = ['same-answer'];
    const comparison = compareResults(baseline, candidate, [{ target: 'mmlu', metric: 'acc', maxDrop: 50 }]);
    const comment = renderComment(comparison, runFactsFrom(baseline, candidate, false));
    const lines = comment.split('\n').filter((line) => line.includes('Degenerate output'));
    expect(lines).toEqual([
      `> ⚠️ **Degenerate output:** the candidate model gave the same answer for every document in mmlu, ${escapeMarkdown(HOSTILE)}. A broken model looks like this; its scores there mean nothing.`,
      `> ⚠️ **Degenerate output:** the candidate model gave the same log-likelihood for every choice in ${escapeMarkdown(HOSTILE)}. A broken model looks like this; its scores there mean nothing.`,
    ]);
    // Beside the verdict: before the delta table.
    expect(comment.indexOf('Degenerate output')).toBeLessThan(comment.indexOf('| Task'));
    expect(renderJobSummary(comparison, runFactsFrom(baseline, candidate, false))).toContain('Degenerate output');
  });

  it('count left-truncated requests per side and task', () => {
    const { baseline, candidate } = runs();
    baseline.tasks.mmlu.truncatedRequests = 4;
    candidate.tasks.mmlu.truncatedRequests = 4;
    candidate.tasks[HOSTILE].truncatedRequests = 12;
    const comment = renderComment(compareResults(baseline, candidate, []), runFactsFrom(baseline, candidate, false));
    expect(comment).toContain(
      `> ℹ️ Left-truncated requests (prompts longer than the model's maximum length, cut at the start): candidate: mmlu 4, ${escapeMarkdown(HOSTILE)} 12; baseline: mmlu 4.`,
    );
  });

  it('are absent when there is nothing to say', () => {
    const { baseline, candidate } = runs();
    const comment = renderComment(compareResults(baseline, candidate, []), runFactsFrom(baseline, candidate, false));
    expect(comment).not.toMatch(/Degenerate|truncated/);
  });
});
