/**
 * `ftbench compare`'s report: names come from results files (a `--name` anyone can set), so they
 * are inert in Markdown, in the Mermaid block, in the SVG and on a terminal.
 */
import { compareVariants, variantsTradeoff, type EvalResults, type GateConfig } from '@ftbench/core';
import { describe, expect, it } from 'vitest';
import { markdownForTerminal, renderVariants } from '../src/compare.js';
import { tradeoffSvg } from '../src/chart.js';
import { inertnessProblems, parseTables } from './markdown.js';

function run(domain: number, general: number): EvalResults {
  const task = (name: string, correct: number) => ({
    name,
    kind: 'standard' as const,
    version: '1',
    hash: `h-${name}`,
    numFewshot: 0,
    n: 10,
    metrics: { acc: { value: correct / 10, stderr: null } },
    dataset: { source: 'local' as const, path: name, split: 'test', revision: 'r' },
  });
  const samples = (name: string, correct: number) =>
    Array.from({ length: 10 }, (_, i) => ({
      docId: i,
      promptHash: `${name}${i}`,
      gold: 0,
      loglikelihoods: [],
      isGreedy: [],
      metrics: { acc: i < correct ? 1 : 0 },
      prediction: 0,
    }));
  return {
    schemaVersion: 1,
    ftbenchVersion: '0.1.0',
    createdAt: '2026-01-01T00:00:00Z',
    config: { tasks: [], numFewshot: null, batchSize: 1, device: 'cpu', limit: null, fewshotSeed: 1234, logSamples: true },
    model: {
      path: 'm',
      fingerprint: 'f'.repeat(64),
      tokenizerFingerprint: 't',
      maxLength: 64,
      hasPastKeyValues: false,
      logitsType: 'float32',
      addBosToken: false,
    },
    tasks: { 'suite:domain': task('suite:domain', domain), general: task('general', general) },
    groups: {},
    timings: { totalSeconds: 1, perTaskSeconds: {}, requests: 0, forwardPasses: 0, tokensForwarded: 0 },
    samples: { 'suite:domain': samples('suite:domain', domain), general: samples('general', general) },
  };
}

const GATES: GateConfig[] = [
  { target: 'suite:domain', metric: 'acc', targetValue: 0.9 },
  { target: 'general', metric: 'acc', maxDrop: 10 },
];
const evil = 'v1 <img src=x> @team | `x` \u001b[31m"]\nnext';

describe('renderVariants', () => {
  const table = compareVariants(
    { name: 'base', results: run(3, 6) },
    [
      { name: evil, results: run(6, 5) },
      { name: 'v2', results: run(8, 3) },
    ],
    GATES,
  );
  const tradeoff = variantsTradeoff(table, GATES, { minGain: 1, bestBalance: 'within-limits' });

  it('is inert Markdown whatever a variant is named, with one table row per model', () => {
    const markdown = renderVariants(table, tradeoff, 'markdown');
    const mermaid = markdown.slice(markdown.indexOf('```mermaid'), markdown.indexOf('```', markdown.indexOf('```mermaid') + 3) + 3);
    expect(mermaid).toContain('x-axis ["v1 _img src_x_ _team _ …", "v2"]');
    expect(
      inertnessProblems(
        markdown
          .replace(mermaid, '')
          .replace(/^#{3,4} .*$/gm, '')
          .replace(/\*\*[^*\n]+\*\*/g, 'X'),
      ),
    ).toEqual([]);
    expect(parseTables(markdown)[0].rows).toHaveLength(3);
  });

  it('shows control characters on a terminal instead of running them', () => {
    const text = renderVariants(table, tradeoff, 'terminal');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('v1 <img src=x> @team | `x` ?[31m"]?next');
  });

  it('escapes names in the SVG', () => {
    const svg = tradeoffSvg(tradeoff.points, tradeoff.pareto);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('v1 &lt;img src=x&gt;');
  });
});

describe('markdownForTerminal', () => {
  it('decodes character references and drops the zero-width spaces, but never lets an escape sequence through', () => {
    expect(markdownForTerminal('adverse&#95;effects 9f5883&#8203;0ab768 a &lt;b&gt; &amp;#96; &#27;[31m')).toBe(
      'adverse_effects 9f58830ab768 a <b> &#96; ?[31m',
    );
  });
});
