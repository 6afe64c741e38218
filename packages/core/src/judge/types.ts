/**
 * What MT-Bench asks of a judge, whichever runs it: an OpenAI-compatible chat completions endpoint
 * (judge/http-judge.ts) or an ONNX instruct model run by ftbench's own engine (judge/local-judge.ts).
 * Both answer FastChat's judge prompts at temperature 0; a judgment cache sits in front of either.
 */
import type { ChatMessage } from '../tasks/messages.js';

export interface JudgeReply {
  /** The judge's whole reply, from which the rating is parsed. */
  text: string;
  /** Token counts the endpoint reported (the local judge counts its own); 0 where an endpoint reports none. */
  promptTokens: number;
  completionTokens: number;
  /** True when the reply came from the on-disk judgment cache, not a new call. */
  cached: boolean;
}

export interface JudgeStats {
  /** Judgments asked of the judge itself (the cache's hits are not), each once however many attempts it took. */
  calls: number;
  /** Judgments answered by the judgment cache (or shared with an identical one in flight) at no cost. */
  cacheHits: number;
  /** Calls that failed for good (after every retry). */
  failures: number;
  promptTokens: number;
  completionTokens: number;
}

export interface Judge {
  /** The judge model's name: recorded in results and part of every cache key. */
  readonly model: string;
  /** One judgment of one prompt (FastChat: a system message and one user message). Throws an FtbenchError once retries are spent. */
  judge(messages: ChatMessage[]): Promise<JudgeReply>;
  stats(): JudgeStats;
}
