/** The workflows shipped as examples, and this project's CI, use only inputs the actions declare. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, { steps: Step[] }>;
}

/** The inputs of action.yml (the action) and comment/action.yml (the fork-safe commenter). */
const declaredInputs = (file: string) => (parse(readFileSync(path.join(repoRoot, file), 'utf8')) as { inputs: Record<string, { required?: boolean }> }).inputs;
const ACTIONS: Record<string, Record<string, { required?: boolean }>> = {
  action: declaredInputs('action.yml'),
  comment: declaredInputs('comment/action.yml'),
};

/** Which of our actions a `uses:` names: ./ or OWNER/ftbench@tag, or OWNER/ftbench/comment@tag. */
function ourAction(uses: string | undefined): string | null {
  if (uses === './') return 'action';
  const match = /^[^/]+\/ftbench(\/comment)?@/.exec(uses ?? '');
  return match ? (match[1] ? 'comment' : 'action') : null;
}

const workflowFiles = [
  ...readdirSync(path.join(repoRoot, 'examples/workflows')).map((file) => `examples/workflows/${file}`),
  ...readdirSync(path.join(repoRoot, '.github/workflows'))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => `.github/workflows/${file}`),
];

describe.each(workflowFiles)('%s', (file) => {
  const workflow = parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('passes our actions only declared inputs, and every required one', () => {
    const ours = steps.filter((step) => ourAction(step.uses) !== null);
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      const inputs = ACTIONS[ourAction(step.uses) as string];
      const given = Object.keys(step.with ?? {});
      expect(
        given.filter((name) => !Object.hasOwn(inputs, name)),
        `${step.uses}: unknown inputs`,
      ).toEqual([]);
      const required = Object.entries(inputs)
        .filter(([, input]) => input.required)
        .map(([name]) => name);
      expect(
        required.filter((name) => !given.includes(name)),
        `${step.uses}: missing required inputs`,
      ).toEqual([]);
    }
  });
});

it('the fork-safe commenter runs on workflow_run of the evaluating workflow by its name', () => {
  const read = (file: string) =>
    parse(readFileSync(path.join(repoRoot, 'examples/workflows', file), 'utf8')) as { name: string; on: Record<string, { workflows?: string[] }> };
  expect(read('ftbench-fork-comment.yml').on.workflow_run.workflows).toEqual([read('ftbench-fork-evaluate.yml').name]);
});

describe('examples/workflows/ftbench-matrix.yml', () => {
  interface MatrixJob {
    needs?: string | string[];
    if?: string;
    'runs-on': unknown;
    'timeout-minutes'?: number;
    permissions?: Record<string, string>;
    strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown[]> };
    steps: Step[];
  }
  const workflow = parse(readFileSync(path.join(repoRoot, 'examples/workflows/ftbench-matrix.yml'), 'utf8')) as {
    concurrency?: { group: string; 'cancel-in-progress'?: boolean };
    permissions: Record<string, string>;
    jobs: { shard: MatrixJob; merge: MatrixJob };
  };
  const { shard, merge } = workflow.jobs;
  const step = (job: MatrixJob, uses: RegExp) => job.steps.find((s) => uses.test(s.uses ?? '')) as Step;
  /** A GitHub expression as the workflow writes it. */
  const expression = (inner: string) => `$\{{ ${inner} }}`;

  it('shards over 4 GPU legs, each uploading its shard-dir under a name of its own', () => {
    expect(shard.strategy?.matrix.index).toEqual([1, 2, 3, 4]);
    expect(shard['runs-on']).toEqual(expect.arrayContaining(['self-hosted', 'gpu']));
    expect(step(shard, /\/ftbench@/).with).toMatchObject({ shard: `${expression('matrix.index')}/4`, device: 'cuda' });
    expect(step(shard, /^actions\/upload-artifact@v\d+$/).with).toMatchObject({
      name: `ftbench-shard-${expression('matrix.index')}`,
      path: expression('steps.ftbench.outputs.shard-dir'),
    });
  });

  it('merges in a job that needs the legs, runs even when one failed (so a partial set fails loudly), and downloads every leg', () => {
    expect(merge.needs).toBe('shard');
    expect(merge.if).toBe(expression('!cancelled()'));
    expect(step(merge, /^actions\/download-artifact@v\d+$/).with).toMatchObject({ pattern: 'ftbench-shard-*', path: 'ftbench-shards' });
    const ours = step(merge, /\/ftbench@/).with ?? {};
    expect(ours.merge).toBe('ftbench-shards');
    // The setup the cache keys and gates depend on is the legs'.
    const legs = step(shard, /\/ftbench@/).with ?? {};
    for (const input of ['baseline-model', 'config', 'device']) expect(ours[input], input).toBe(legs[input]);
  });

  it('bounds every job, cancels superseded runs, and grants write access only to the merge job, for the comment', () => {
    expect(workflow.concurrency).toMatchObject({ 'cancel-in-progress': true });
    expect(workflow.concurrency?.group).toContain('github.event.pull_request.number');
    for (const job of [shard, merge]) expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(shard.permissions).toEqual({ contents: 'read' });
    expect(merge.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });
});
