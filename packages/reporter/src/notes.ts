/**
 * Notes on how each side's scores were produced that a reader must see beside the verdict: signs of a
 * broken model (its scores mean nothing), MT-Bench turns the judge gave no rating, and requests
 * whose prompts were cut to the model's length.
 */
import { DEGENERATE_SIGN_TEXT, type DegenerateSign } from '@ftbench/core';
import { escapeMarkdown } from './escape.js';
import type { RunFacts, RunSide } from './facts.js';

/** Task names listed per note; the rest are counted. */
const LISTED_TASKS = 10;

function taskList(names: readonly string[]): string {
  const listed = names
    .slice(0, LISTED_TASKS)
    .map((name) => escapeMarkdown(name))
    .join(', ');
  return names.length > LISTED_TASKS ? `${listed} and ${names.length - LISTED_TASKS} more` : listed;
}

const SIDES = ['candidate', 'baseline'] as const;

function degenerateNote(side: (typeof SIDES)[number], run: RunSide): string[] {
  const bySign = new Map<DegenerateSign, string[]>();
  for (const { task, signs } of run.degenerate ?? []) for (const sign of signs) bySign.set(sign, [...(bySign.get(sign) ?? []), task]);
  return [...bySign].map(
    ([sign, tasks]) =>
      `> ⚠️ **Degenerate output:** the ${side} model gave ${DEGENERATE_SIGN_TEXT[sign]} in ${taskList(tasks)}. A broken model looks like this; its scores there mean nothing.`,
  );
}

function truncationNote(run: RunSide): string {
  return taskList((run.truncated ?? []).map(({ task, requests }) => `${task} ${requests}`));
}

/** Judgments without a rating are left out of MT-Bench's score: a reader must know how many, on which side. */
function failedJudgmentNote(side: (typeof SIDES)[number], run: RunSide): string[] {
  return (run.mtBench ?? [])
    .filter((facts) => facts.failedJudgments > 0)
    .map(
      (facts) =>
        `> ⚠️ **Failed judgments:** the judge gave no rating for ${facts.failedJudgments} of the ${side}'s ${facts.judgments} turns in ${escapeMarkdown(facts.task)}; they are left out of its score, as FastChat does.`,
    );
}

/** The notes as Markdown (empty when there are none), every task name escaped. */
export function runNotes(facts: RunFacts): string {
  const degenerate = SIDES.flatMap((side) => [...degenerateNote(side, facts[side]), ...failedJudgmentNote(side, facts[side])]);
  const truncated = SIDES.filter((side) => (facts[side].truncated ?? []).length > 0).map((side) => `${side}: ${truncationNote(facts[side])}`);
  const truncation =
    truncated.length > 0 ? [`> ℹ️ Left-truncated requests (prompts longer than the model's maximum length, cut at the start): ${truncated.join('; ')}.`] : [];
  return [...degenerate, ...truncation].join('\n>\n');
}
