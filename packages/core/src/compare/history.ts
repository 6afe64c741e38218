/**
 * A PR's iterations: one record per pushed commit, each the trade-off point of that push's check.
 * The action keeps them where it alone writes (the Actions cache, keyed by PR), never in comment
 * text a user can edit; whatever is read back is validated here before it is used. A re-run of
 * a commit replaces that commit's record, so re-runs and force-pushes never duplicate a row.
 */
import { FtbenchError } from '../errors.js';
import { checkAgainstSchema, type JsonSchema } from '../schema-check.js';
import type { TradeoffPoint } from './tradeoff.js';

export const HISTORY_FORMAT = 'ftbench-pr-history';
export const HISTORY_VERSION = 1;

/** Records kept; the comment shows the newest of them. */
export const MAX_HISTORY_RECORDS = 50;

export interface IterationRecord {
  /** The pushed commit, 40 hex digits. */
  sha: string;
  /** When its check ran, ISO 8601. */
  time: string;
  passed: boolean;
  point: TradeoffPoint;
}

export interface PrHistory {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  pullRequest: number;
  /** Oldest first. */
  iterations: IterationRecord[];
}

const nullableNumber = { anyOf: [{ type: 'number' }, { type: 'null' }] } as const;
const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] } as const;
const nullableBoolean = { anyOf: [{ type: 'boolean' }, { type: 'null' }] } as const;
const change = {
  type: 'object',
  required: ['target', 'metric', 'points', 'significant'],
  additionalProperties: false,
  properties: { target: { type: 'string' }, metric: { type: 'string' }, points: nullableNumber, significant: nullableBoolean, value: nullableNumber },
} as const;

export const HISTORY_JSON_SCHEMA = {
  type: 'object',
  required: ['format', 'version', 'pullRequest', 'iterations'],
  additionalProperties: false,
  properties: {
    format: { enum: [HISTORY_FORMAT] },
    version: { enum: [HISTORY_VERSION] },
    pullRequest: { type: 'integer', minimum: 1 },
    iterations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['sha', 'time', 'passed', 'point'],
        additionalProperties: false,
        properties: {
          sha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
          time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' },
          passed: { type: 'boolean' },
          point: {
            type: 'object',
            required: ['name', 'taskGain', 'generalDrop', 'worstGeneral', 'tasks', 'general', 'goals', 'limits'],
            additionalProperties: false,
            properties: {
              name: { type: 'string' },
              taskGain: nullableNumber,
              generalDrop: { type: 'number', minimum: 0 },
              worstGeneral: nullableString,
              tasks: { type: 'array', items: change },
              general: { type: 'array', items: change },
              goals: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['label', 'value', 'goal', 'pointsScale', 'reached'],
                  additionalProperties: false,
                  properties: {
                    label: { type: 'string' },
                    value: nullableNumber,
                    goal: { type: 'number' },
                    pointsScale: { type: 'number' },
                    reached: { type: 'boolean' },
                  },
                },
              },
              limits: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['label', 'points', 'limits', 'within'],
                  additionalProperties: false,
                  properties: { label: { type: 'string' }, points: nullableNumber, limits: { type: 'string' }, within: { type: 'boolean' } },
                },
              },
            },
          },
        },
      },
    },
  },
} as const satisfies JsonSchema;

export function emptyHistory(pullRequest: number): PrHistory {
  return { format: HISTORY_FORMAT, version: HISTORY_VERSION, pullRequest, iterations: [] };
}

/** A stored history, validated: anything else, or another PR's, is refused with the reason. */
export function parseHistory(text: string, pullRequest: number, source: string): PrHistory {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FtbenchError(`${source} is not JSON: ${(error as Error).message}`);
  }
  const problems = [...checkAgainstSchema(value, HISTORY_JSON_SCHEMA)];
  if (problems.length > 0)
    throw new FtbenchError(
      `${source} is not an ftbench PR history: ${problems
        .slice(0, 3)
        .map((p) => `${p.path || '(top level)'}: ${p.message}`)
        .join('; ')}`,
    );
  const history = value as PrHistory;
  if (history.pullRequest !== pullRequest) throw new FtbenchError(`${source} is the history of PR #${history.pullRequest}, not of #${pullRequest}`);
  return { ...history, iterations: history.iterations.slice(-MAX_HISTORY_RECORDS) };
}

/** The history with this push's record: replacing the same commit's (a re-run) in place, else appended; the oldest dropped past the cap. */
export function recordIteration(history: PrHistory, record: IterationRecord): PrHistory {
  const at = history.iterations.findIndex((iteration) => iteration.sha === record.sha);
  const iterations = at >= 0 ? history.iterations.map((iteration, i) => (i === at ? record : iteration)) : [...history.iterations, record];
  return { ...history, iterations: iterations.slice(-MAX_HISTORY_RECORDS) };
}
