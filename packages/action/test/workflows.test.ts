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
