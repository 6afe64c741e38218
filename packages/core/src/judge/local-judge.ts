/**
 * A judge that ftbench runs itself, for runners that may not send outputs to any API: an ONNX instruct model in
 * `modelDir`, its prompt built by its own chat template (model/chat-template.ts), answered by ftbench's batched
 * generation, greedily as FastChat's judge at temperature 0, with up to 2048 new tokens (FastChat's max_tokens)
 * or as many as the model's maximum length leaves after the prompt, stopping at EOS.
 *
 * judge() calls that arrive together (MT-Bench asks many at once) are gathered into one generate() call, which
 * runs them in batches; calls that arrive while it runs form the next one. Greedy text does not depend on the
 * batch, so neither does a judgment. The model's name, part of every cache key, is `local:` and the first 16 hex
 * digits of sha256 over the weights', the tokenizer's and the chat template's fingerprints: the same weights
 * with another template are another judge.
 */
import { FtbenchError } from '../errors.js';
import { sha256Hex } from '../hash.js';
import { OnnxCausalLM, type GenerationRequest, type ModelCounters } from '../model/causal-lm.js';
import { loadChatTemplate } from '../model/chat-template.js';
import type { ChatMessage } from '../tasks/messages.js';
import type { Judge, JudgeReply, JudgeStats } from './types.js';

/** FastChat's judge max_tokens. */
const JUDGE_MAX_NEW_TOKENS = 2048;

export interface LocalJudgeOptions {
  modelDir: string;
  /** `cpu` (default), `cuda` or `cuda:N`. */
  device?: string;
  /** Which of the model's chat templates (as --apply-chat-template NAME); default: its only or default one. */
  chatTemplate?: string;
  /** Rows per generation batch (default `auto`: 16). */
  batchSize?: number | 'auto';
  /** Hears of one-line warnings (a template without a system role; default: stderr). */
  onWarning?: (message: string) => void;
}

interface Pending {
  request: GenerationRequest;
  resolve: (reply: JudgeReply) => void;
  reject: (error: unknown) => void;
}

export interface LocalJudge extends Judge {
  /** The judge model's forward passes and runs (for timings). */
  readonly counters: ModelCounters;
  dispose(): Promise<void>;
}

export async function loadLocalJudge(opts: LocalJudgeOptions): Promise<LocalJudge> {
  const template = loadChatTemplate(opts.modelDir, opts.chatTemplate);
  const warn = opts.onWarning ?? ((message: string) => console.warn(`ftbench: warning: ${message}`));
  const model = await OnnxCausalLM.load(opts.modelDir, { device: opts.device, batchSize: opts.batchSize ?? 'auto', onWarning: warn });
  const name = `local:${sha256Hex(`${model.record.fingerprint}\0${model.tokenizer.fingerprint}\0${template.sha256}`).slice(0, 16)}`;
  const stats: JudgeStats = { calls: 0, cacheHits: 0, failures: 0, promptTokens: 0, completionTokens: 0 };
  let warnedSystemDropped = false;
  let queue: Pending[] = [];
  let running: Promise<void> | null = null;

  /** Generates for everything queued, batch after batch, until the queue is empty. */
  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        const generations = await model.generateWithCounts(batch.map((pending) => pending.request));
        batch.forEach((pending, i) => {
          const { text, contextTokens, newTokens } = generations[i];
          stats.promptTokens += contextTokens;
          stats.completionTokens += newTokens;
          pending.resolve({ text, promptTokens: contextTokens, completionTokens: newTokens, cached: false });
        });
      } catch (error) {
        stats.failures += batch.length;
        for (const pending of batch) pending.reject(error);
      }
    }
  }

  /** Calls made in the same turn of the event loop join one batch: generation starts on the next turn. */
  function schedule(): void {
    if (running) return;
    running = new Promise<void>((resolve) => setImmediate(resolve)).then(drain).finally(() => {
      running = null;
      // A call that came after drain's last look at the queue, before this ran.
      if (queue.length > 0) schedule();
    });
  }

  /** The generation request for a judge prompt, or an FtbenchError when the prompt leaves the model no room to answer. */
  function requestFor(messages: ChatMessage[]): GenerationRequest {
    const context = template.render(messages, (reason) => {
      if (warnedSystemDropped) return;
      warnedSystemDropped = true;
      warn(`the local judge's chat template rejects a system message (${reason}); judge prompts go without it`);
    });
    const promptTokens = model.contextTokenCount(context);
    const room = model.record.maxLength - promptTokens;
    if (room < 1) {
      throw new FtbenchError(
        `the judge prompt is ${promptTokens} tokens, leaving no room to answer within the local judge's maximum length ${model.record.maxLength}`,
        'Use a judge model with a longer context.',
      );
    }
    return { context, until: [], maxNewTokens: Math.min(JUDGE_MAX_NEW_TOKENS, room) };
  }

  return {
    model: name,
    judge(messages) {
      stats.calls++;
      let request: GenerationRequest;
      try {
        request = requestFor(messages);
      } catch (error) {
        stats.failures++;
        return Promise.reject(error);
      }
      const reply = new Promise<JudgeReply>((resolve, reject) => queue.push({ request, resolve, reject }));
      schedule();
      return reply;
    },
    stats: () => ({ ...stats }),
    counters: model.counters,
    async dispose() {
      while (running) await running;
      await model.dispose();
    },
  };
}
