// @ts-check
/**
 * P3 child process: loads one model with the given options, scores the given requests task by task,
 * and prints its peak resident memory and the bytes onnxruntime handed back. A process of its own,
 * so its peak is this configuration's alone.
 * Usage: node bench/memory-probe.mjs '<json: { modelDir, options, requestsFile }>'
 */
import { readFileSync } from 'node:fs';
import { OnnxCausalLM } from '@ftbench/core';

const { modelDir, options, requestsFile } = JSON.parse(process.argv[2]);
const requestsByTask = JSON.parse(readFileSync(requestsFile, 'utf8'));
const model = await OnnxCausalLM.load(modelDir, options);
const rssAfterLoad = process.memoryUsage().rss;
const start = performance.now();
for (const requests of Object.values(requestsByTask)) await model.loglikelihood(requests);
const seconds = (performance.now() - start) / 1000;
await model.dispose();
process.stdout.write(
  JSON.stringify({ scoring: model.scoring, rssAfterLoad, peakRss: process.resourceUsage().maxRSS * 1024, seconds, counters: model.counters }),
);
