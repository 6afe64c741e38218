/**
 * The one reader of results files that ftbench did not just compute (a cached baseline, a
 * workflow artifact): it checks the text against the results schema before anything trusts a
 * field, so a file that parses but lacks fields (another ftbench version, a truncated or forged
 * file) is a clear error naming its key paths instead of a TypeError deep in a comparison.
 * Required fields are checked; unknown keys are allowed, so files with later optional fields read.
 */
import { FtbenchError } from './errors.js';
import { RESULTS_SCHEMA_VERSION, type EvalResults } from './schema.js';
import { checkAgainstSchema, describeValue, type JsonSchema, type SchemaProblem } from './schema-check.js';

const metricValue = {
  type: 'object',
  required: ['value', 'stderr'],
  properties: { value: { type: 'number' }, stderr: { type: ['number', 'null'] } },
} as const;

const metrics = { type: 'object', additionalProperties: { $ref: '#/$defs/metricValue' } } as const;

const count = { type: 'integer', minimum: 0 } as const;

/** MT-Bench's judging record (TaskResult.mtBench). */
const mtBench = {
  type: 'object',
  required: ['judge', 'judgePrompts', 'temperature', 'turns', 'failedJudgments', 'judgeCalls', 'judgeCacheHits', 'judgePromptTokens', 'judgeCompletionTokens'],
  properties: {
    judge: { type: 'string' },
    judgePrompts: { type: 'array', items: { type: 'string' } },
    temperature: { enum: ['fastchat', 'greedy'] },
    seed: { type: 'integer' },
    turns: { type: 'array', minItems: 2, maxItems: 2, items: { $ref: '#/$defs/metricValue' } },
    failedJudgments: count,
    judgeErrors: count,
    judgeCalls: count,
    judgeCacheHits: count,
    judgePromptTokens: count,
    judgeCompletionTokens: count,
  },
} as const;

/** One MT-Bench turn of a question (SampleRecord.turns): the rating is FastChat's, -1 for none. */
const mtBenchTurn = {
  type: 'object',
  required: ['answer', 'rating', 'judgment', 'judgePrompt'],
  properties: {
    answer: { type: 'string' },
    rating: { type: 'number' },
    judgment: { type: 'string' },
    judgePrompt: { type: 'string' },
    judgeError: { type: 'string' },
  },
} as const;

const task = {
  type: 'object',
  required: ['name', 'kind', 'version', 'hash', 'numFewshot', 'n', 'metrics', 'dataset'],
  properties: {
    name: { type: 'string' },
    kind: { enum: ['standard', 'suite', 'mt-bench'] },
    version: { type: 'string' },
    hash: { type: 'string', minLength: 1 },
    numFewshot: count,
    n: count,
    nOriginal: count,
    metrics: { $ref: '#/$defs/metrics' },
    categories: {
      type: 'object',
      additionalProperties: { type: 'object', required: ['n', 'metrics'], properties: { n: count, metrics: { $ref: '#/$defs/metrics' } } },
    },
    dataset: {
      type: 'object',
      required: ['source', 'path', 'split', 'revision'],
      properties: { source: { enum: ['local', 'hub'] }, path: { type: 'string' }, split: { type: 'string' }, revision: { type: 'string' } },
    },
    mtBench,
  },
} as const;

const group = {
  type: 'object',
  required: ['name', 'members', 'n', 'weightBySize', 'metrics'],
  properties: {
    name: { type: 'string' },
    members: { type: 'array', minItems: 1, items: { type: 'string' } },
    n: count,
    weightBySize: { type: 'boolean' },
    metrics: { $ref: '#/$defs/metrics' },
  },
} as const;

const sample = {
  type: 'object',
  required: ['docId', 'promptHash', 'gold', 'loglikelihoods', 'isGreedy', 'metrics', 'prediction'],
  properties: {
    docId: { type: ['integer', 'string'] },
    promptHash: { type: 'string' },
    gold: { type: 'integer' },
    loglikelihoods: { type: 'array', items: { type: 'number' } },
    isGreedy: { type: 'array', items: { type: 'boolean' } },
    metrics: { type: 'object', additionalProperties: { type: 'number' } },
    prediction: { type: 'integer' },
    category: { type: 'string' },
    turns: { type: 'array', items: mtBenchTurn },
  },
} as const;

/** What a results file must hold for the reporter and the comparison to read it (schema version 1). */
export const RESULTS_JSON_SCHEMA = {
  type: 'object',
  required: ['schemaVersion', 'ftbenchVersion', 'createdAt', 'config', 'model', 'tasks', 'groups', 'timings'],
  properties: {
    schemaVersion: { enum: [RESULTS_SCHEMA_VERSION] },
    ftbenchVersion: { type: 'string' },
    createdAt: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    config: {
      type: 'object',
      required: ['tasks', 'device'],
      properties: { tasks: { type: 'array', items: { type: 'string' } }, device: { type: 'string' } },
    },
    model: {
      type: 'object',
      required: ['path', 'fingerprint'],
      properties: { path: { type: 'string' }, fingerprint: { type: 'string' } },
    },
    tasks: { type: 'object', additionalProperties: { $ref: '#/$defs/task' } },
    groups: { type: 'object', additionalProperties: { $ref: '#/$defs/group' } },
    timings: {
      type: 'object',
      required: ['totalSeconds', 'requests'],
      properties: { totalSeconds: { type: 'number', minimum: 0 }, requests: count },
    },
    samples: { type: 'object', additionalProperties: { type: 'array', items: { $ref: '#/$defs/sample' } } },
  },
  $defs: { metricValue, metrics, task, group, sample },
} as const satisfies JsonSchema;

/** How many problems the one-line error names; the rest are counted. */
const PROBLEMS_SHOWN = 3;

/**
 * Results from a file's text (or from an already parsed value), checked against the results
 * schema. `source` names where they came from in the error, e.g. `cache entry <key>`.
 * Throws an FtbenchError naming each broken key path.
 */
export function parseResults(input: string | unknown, source: string): EvalResults {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new FtbenchError(`${source} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const problems = resultsProblems(value);
  if (problems.length > 0) {
    const shown = problems.slice(0, PROBLEMS_SHOWN).map(({ path, message }) => `${path || '(top level)'}: ${message}`);
    const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
    throw new FtbenchError(
      `${source} does not hold ftbench results of schema version ${RESULTS_SCHEMA_VERSION}: ${shown.join('; ')}${more}`,
      'Write it again with this version of ftbench (ftbench eval --output).',
    );
  }
  return value as EvalResults;
}

function resultsProblems(value: unknown): SchemaProblem[] {
  // A newer or older schema is named as such, not as a list of fields that moved.
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && version !== RESULTS_SCHEMA_VERSION) {
    return [
      {
        path: 'schemaVersion',
        message: `this ftbench reads version ${RESULTS_SCHEMA_VERSION}, got ${version === undefined ? 'none' : describeValue(version)}`,
      },
    ];
  }
  const problems = checkAgainstSchema(value, RESULTS_JSON_SCHEMA);
  return problems.length > 0 ? problems : referenceProblems(value as EvalResults);
}

/** What the schema cannot say: every group member is a task or group of the same file. */
function referenceProblems(results: EvalResults): SchemaProblem[] {
  return Object.entries(results.groups).flatMap(([name, group]) =>
    group.members
      .filter((member) => !Object.hasOwn(results.tasks, member) && !Object.hasOwn(results.groups, member))
      .map((member) => ({ path: `groups.${name}.members`, message: `names ${describeValue(member)}, which is neither a task nor a group of these results` })),
  );
}
