/**
 * MT-Bench in the PR comment: scores on FastChat's 1–10 scale (7.42, deltas −0.31 in rating
 * points), per-category rows, and the judge, failed judgments, judge calls and tokens in the run
 * facts; the judge's name is PR-controlled text like any other, so it is escaped.
 */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../core/src/compare/compare.js';
import type { GateConfig } from '../../core/src/compare/types.js';
import { lowerCategory, type MtBenchQuestionSpec, mtBenchQuestions, mtBenchRun } from '../../core/test/compare/fixtures.js';
import { runFactsFrom } from '../src/facts.js';
import { renderComment, renderScoresComment } from '../src/render.js';
import { HOSTILE_TEXT } from './hostile.js';
import { decodeCell, inertnessProblems, parseTables } from './markdown.js';

const shown = (cell: string) => decodeCell(cell).replace(/\u200b/g, '');
const rowsByLabel = (table: { rows: string[][] }) => new Map(table.rows.map((row) => [shown(row[0]), row.map(shown)]));

const questions = mtBenchQuestions();
// The candidate: writing 3 points lower on both turns, and one reasoning turn (question 93's second) unrated.
const candidateQuestions = lowerCategory(questions, 'writing', 3).map(
  (question, i): MtBenchQuestionSpec => (i === 12 ? { ...question, ratings: [question.ratings[0], -1] } : question),
);
const baseline = mtBenchRun({ questions });
const candidate = mtBenchRun({ questions: candidateQuestions });
const gates: GateConfig[] = [
  { target: 'mt_bench', metric: 'score', maxDrop: 0.5 },
  { target: 'mt_bench/writing', metric: 'score', maxDrop: 1 },
];
const comment = renderComment(compareResults(baseline, candidate, gates), runFactsFrom(baseline, candidate, true));

describe('MT-Bench in the PR comment', () => {
  it('shows the score and its delta on the 1–10 scale, with the gate in rating points', () => {
    const [main] = parseTables(comment);
    const rows = rowsByLabel(main);
    // 539/80 = 6.7375 → (539 − 30 − 5)/79 = 6.380 (writing 3 lower, one 5 unrated): −0.36 points, within 0.5.
    expect(rows.get('mt_bench')?.slice(1, 5)).toEqual(['score', '6.74', '6.38', '-0.36']);
    expect(rows.get('mt_bench')?.[6]).toBe('max −0.50');
    expect(rows.get('mt_bench')?.[7]).toMatch(/^✅ pass \(p = /);
    // The gated category stays in the main table: 6.50 → 3.50 on all five questions.
    expect(rows.get('mt_bench / writing')?.slice(1, 8)).toEqual(['score', '6.50', '3.50', '-3.00', '[-3.00, -3.00]', 'max −1.00', '❌ regression (p < 0.001)']);
    expect(comment).toContain('- mt&#95;bench/writing score dropped 3.00 points (limit 1.00) (p &lt; 0.001)');
    expect(comment).toContain("MT-Bench's score is FastChat's 1–10 rating, 1 point = 1 rating step");
    expect(comment).toContain('General: mt&#95;bench −0.36');
  });

  it('lists the other categories in a breakdown, paired per question', () => {
    const details = comment.slice(comment.indexOf('<details>'), comment.indexOf('</details>'));
    expect(details).toContain('<summary>Per-category breakdown: mt&#95;bench</summary>');
    const rows = rowsByLabel(parseTables(details)[0]);
    expect([...rows.keys()]).toEqual(['coding', 'extraction', 'humanities', 'math', 'reasoning', 'roleplay', 'stem']);
    expect(rows.get('math')?.slice(2, 5)).toEqual(['6.80', '6.80', '0.00']);
    // Reasoning's unrated turn was a 5: without it the candidate's reasoning mean rises, 69/10 → 64/9.
    expect(rows.get('reasoning')?.slice(2, 5)).toEqual(['6.90', '7.11', '+0.21']);
  });

  it('names the judge, the failed judgments and what judging cost, per side, and warns about the unrated turn', () => {
    const tables = parseTables(comment);
    const facts = rowsByLabel(tables[tables.length - 1]);
    expect(facts.get('MT-Bench judge')).toEqual(['MT-Bench judge', 'gpt-4, greedy temperatures', 'gpt-4, greedy temperatures']);
    expect(facts.get('Failed judgments')).toEqual(['Failed judgments', '0 of 80', '1 of 80']);
    expect(facts.get('Judge calls')?.[2]).toBe('80 new, 0 from the cache; 40,000 prompt + 8,000 completion tokens');
    expect(comment).toContain("the judge gave no rating for 1 of the candidate's 80 turns in mt&#95;bench");
  });

  it('a different judge: every MT-Bench row is not comparable, with the reason', () => {
    const otherJudge = mtBenchRun({ questions, judge: 'local:qwen-judge' });
    const text = renderComment(compareResults(baseline, otherJudge, gates), runFactsFrom(baseline, otherJudge, false));
    expect(text.split('\n')[0]).toBe('### ❌ ftbench: 2 failing gates (2 not comparable)');
    expect(text).toContain('- mt&#95;bench score cannot be compared: judged by gpt-4 for the baseline but local:qwen-judge for the candidate');
    const rows = rowsByLabel(parseTables(text)[0]);
    expect(rows.get('mt_bench')?.slice(2, 5)).toEqual(['6.74', '6.74', '—']);
    expect(rows.get('mt_bench')?.[7]).toBe('❌ not comparable');
  });

  it('shows the judging facts in the scores-only report too', () => {
    const text = renderScoresComment(candidate, 'No baseline yet.');
    expect(text).toContain(
      'MT-Bench mt&#95;bench: judged by gpt-4 (greedy temperatures); ⚠️ 1 of 80 judgments gave no rating (left out of the score); judge calls: 80 new, 0 from the cache;',
    );
  });

  it('escapes a hostile judge name everywhere', () => {
    const corpus = HOSTILE_TEXT.slice(0, -1);
    for (const judge of corpus) {
      const hostileBaseline = mtBenchRun({ questions, judge, temperature: 'fastchat' });
      const hostileCandidate = mtBenchRun({ questions: candidateQuestions, judge: `${judge}-2` });
      const facts = runFactsFrom(hostileBaseline, hostileCandidate, false);
      for (const text of [renderComment(compareResults(hostileBaseline, hostileCandidate, gates), facts), renderScoresComment(hostileBaseline, 'why')]) {
        expect(inertnessProblems(text)).toEqual([]);
      }
    }
  });
});
