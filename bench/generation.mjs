// @ts-check
/**
 * Generation: new tokens per second of ftbench's batched greedy generation (OnnxCausalLM.generate, decoding on the
 * key/value cache) at several batch sizes, against naive generation (one token at a time, the whole sequence re-run
 * each step, no cache, batch 1; bench/baselines.mjs) on the same model and prompts, and the share of the time spent
 * in onnxruntime (the session.run calls ftbench made, recorded and replayed bare, as P2 does for scoring).
 *
 * One model load per model: a batch size b hands generate() b requests at a time, in the engine's own order
 * (longest prompt first), which is what loading it with --batch-size b does. The naive loop's greedy ids are the
 * reference: every ftbench text is compared with them, and they give the new-token counts.
 */
import { OnnxCausalLM } from '@ftbench/core';
import { naiveGeneration, recordRuns, replay } from './baselines.mjs';

const OPENINGS = [
  'Once upon a time, there was {who} who loved to play outside.',
  'One day, {who} went to the park with a big red ball.',
  'There was {who} who lived in a small house near the woods.',
  'Every morning, {who} woke up early to help in the garden.',
  'It was a sunny day, and {who} wanted to go to the beach.',
  'In a small town, there lived {who} with a very kind heart.',
  'Under the old tree, {who} found a shiny box.',
  'Last night, {who} heard a strange noise in the kitchen.',
];
const CHARACTERS = ['a little girl named Lily', 'a boy named Tom', 'a small cat named Max', 'a big dog named Ben'];
/** 32 TinyStories-style openings (stories260k was trained on such text), the same for every model. */
const GENERATION_PROMPTS = OPENINGS.flatMap((opening) => CHARACTERS.map((who) => opening.replace('{who}', who)));

const sum = (values) => values.reduce((a, b) => a + b, 0);

/**
 * @param {{ key: string, label: string, dir: string, past: { layers: number, heads: number, headDim: number } }} model
 * @param {{ prompts: number, maxNewTokens: number, batchSizes: number[], repeats: number, cacheDir: string }} settings
 * @param {(message: string) => void} log
 */
export async function measureGeneration(model, settings, log) {
  const prompts = GENERATION_PROMPTS.slice(0, settings.prompts);
  const ftbench = await OnnxCausalLM.load(model.dir, { batchSize: Math.max(...settings.batchSizes), cacheDir: settings.cacheDir });
  const { tokenizer } = ftbench;
  const requests = prompts.map((context) => ({ context, until: [], maxNewTokens: settings.maxNewTokens }));
  // The prompt ids ftbench's generation starts from (prompts are short: nothing is truncated).
  const bos = tokenizer.addBosToken && tokenizer.bosTokenId !== null ? [tokenizer.bosTokenId] : [];
  const promptIds = prompts.map((prompt) => [...bos, ...tokenizer.encode(prompt)]);

  log(`${model.key}: naive generation of ${prompts.length} prompts x ${settings.maxNewTokens} tokens`);
  const naive = await naiveGeneration(model.dir, promptIds, { maxNewTokens: settings.maxNewTokens, eosTokenId: tokenizer.eosTokenId, past: model.past });
  const expected = naive.generated.map((ids) => tokenizer.decode(ids));
  const newTokens = sum(naive.generated.map((ids) => ids.length));
  const order = prompts.map((_, i) => i).sort((a, b) => promptIds[b].length - promptIds[a].length || a - b);

  const batches = [];
  for (const batchSize of settings.batchSizes) {
    const chunks = [];
    for (let start = 0; start < order.length; start += batchSize) chunks.push(order.slice(start, start + batchSize));
    const generateAll = async () => {
      const texts = new Array(prompts.length);
      for (const chunk of chunks) (await ftbench.generate(chunk.map((i) => requests[i]))).forEach((text, k) => (texts[chunk[k]] = text));
      return texts;
    };
    // Warm-up run, recording the exact onnxruntime calls it makes.
    const before = { ...ftbench.counters };
    const { result: texts, calls } = await recordRuns(generateAll);
    const warmUp = Object.fromEntries(Object.entries(ftbench.counters).map(([key, value]) => [key, value - before[key]]));
    const ftbenchSeconds = [];
    const bareSeconds = [];
    for (let i = 0; i < settings.repeats; i++) {
      const start = performance.now();
      await generateAll();
      ftbenchSeconds.push((performance.now() - start) / 1000);
      bareSeconds.push(await replay(calls));
    }
    const row = {
      batchSize,
      sessionRuns: warmUp.sessionRuns,
      tokensForwarded: warmUp.tokensForwarded,
      paddedTokensForwarded: warmUp.paddedTokensForwarded,
      ftbenchSeconds: Math.min(...ftbenchSeconds),
      bareSeconds: Math.min(...bareSeconds),
      identicalTexts: texts.filter((text, i) => text === expected[i]).length,
    };
    log(
      `${model.key} generation at batch ${batchSize}: ${(newTokens / row.ftbenchSeconds).toFixed(1)} new tokens/s, ${row.identicalTexts}/${prompts.length} texts as naive`,
    );
    batches.push(row);
  }
  await ftbench.dispose();
  return {
    key: model.key,
    label: model.label,
    prompts: prompts.length,
    maxNewTokens: settings.maxNewTokens,
    promptTokens: sum(promptIds.map((ids) => ids.length)),
    newTokens,
    naive: { seconds: naive.seconds, tokensForwarded: naive.tokensForwarded, sessionRuns: naive.sessionRuns },
    batches,
    sample: { prompt: prompts[0], text: expected[0] },
  };
}

/**
 * @param {Awaited<ReturnType<typeof measureGeneration>>[]} results
 * @param {(header: string[], rows: unknown[][]) => string} table @param {(x: number, digits?: number) => string} fixed
 */
export function renderGeneration(results, table, fixed) {
  const thousands = (n) => n.toLocaleString('en-US');
  const parts = ['### Generation: greedy decoding, new tokens per second'];
  for (const r of results) {
    const naiveRate = r.newTokens / r.naive.seconds;
    parts.push(
      `**${r.label}**: ${r.prompts} prompts (${thousands(r.promptTokens)} prompt tokens), up to ${r.maxNewTokens} new tokens each, ${thousands(r.newTokens)} new tokens in all. ` +
        `First prompt: "${r.sample.prompt}" → "${r.sample.text}"`,
      table(
        ['Method', 'Batch', 'Runs', 'Tokens forwarded (padded)', 's', 'New tok/s', 'vs naive', 'bare ORT s', 'bare / ftbench', 'Texts = naive'],
        [
          [
            'naive (no cache, full re-run per token)',
            1,
            thousands(r.naive.sessionRuns),
            thousands(r.naive.tokensForwarded),
            fixed(r.naive.seconds),
            fixed(naiveRate, 1),
            '1.0×',
            '',
            '',
            '',
          ],
          ...r.batches.map((b) => [
            'ftbench generate (key/value cache)',
            b.batchSize,
            thousands(b.sessionRuns),
            `${thousands(b.tokensForwarded)} (${thousands(b.paddedTokensForwarded)})`,
            fixed(b.ftbenchSeconds),
            fixed(r.newTokens / b.ftbenchSeconds, 1),
            `${fixed(r.naive.seconds / b.ftbenchSeconds, 1)}×`,
            fixed(b.bareSeconds),
            `${fixed((100 * b.bareSeconds) / b.ftbenchSeconds, 1)} %`,
            `${b.identicalTexts}/${r.prompts}`,
          ]),
        ],
      ),
    );
  }
  return parts.join('\n\n');
}
