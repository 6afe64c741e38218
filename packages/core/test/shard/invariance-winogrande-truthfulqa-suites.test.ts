/** Shard-count invariance (invariance.ts) on Winogrande 5-shot, TruthfulQA mc2 and a suite in both scoring modes. */
import { describeShardInvariance, writeSuite } from './invariance.js';

describeShardInvariance(
  'sharded Winogrande, TruthfulQA and suites merge into the whole run',
  ['datasets/winogrande/dev.jsonl', 'datasets/truthfulqa/v0/mc_task.json'],
  (dir) => ({
    tasks: ['winogrande', 'truthfulqa_mc2', writeSuite(dir, 'mc', 'loglikelihood'), writeSuite(dir, 'gen', 'generate')],
    numFewshot: { winogrande: 5, 'suite:mc': 2, 'suite:gen': 2 },
  }),
);
