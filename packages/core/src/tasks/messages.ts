/**
 * A prompt as lm-evaluation-harness v0.4.13 builds it: a list of messages (`lm_eval/api/utils.py` `Message`,
 * `Task.build_qa_turn`) that is either joined as plain text (each message followed by its delimiter) or
 * handed to a chat template, as alternating turns or collapsed into one user message.
 */
import { isPySpace } from './python-str.js';

export type ChatRole = 'system' | 'user' | 'assistant';

/** What a chat template receives. */
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A message and the delimiter that follows it in plain text (dropped when the message goes to a chat template). */
export interface PromptMessage extends ChatMessage {
  delimiter: string;
}

/** A chat template applied with `add_generation_prompt=True`: messages to the model's prompt text. */
export type RenderChat = (messages: ChatMessage[]) => string;

/** How prompts go through a chat template (`--apply-chat-template`, `--fewshot-as-multiturn`). */
export interface ChatFormat {
  render: RenderChat;
  /** Few-shot examples as alternating user/assistant turns; else shots and question form one user message. */
  fewshotAsMultiturn: boolean;
}

/** lm-eval `maybe_delimit`: prefix + delimiter + suffix, without the delimiter when either side has whitespace at the join. */
export function maybeDelimit(prefix: string | undefined, suffix: string | undefined, delimiter: string): string {
  if (!prefix) return suffix ?? '';
  if (!suffix) return prefix;
  return isPySpace(prefix.at(-1) as string) || isPySpace(suffix[0]) ? prefix + suffix : prefix + delimiter + suffix;
}

/**
 * lm-eval `build_qa_turn` without `gen_prefix` (no ftbench task sets one): the question as a user message
 * followed by `targetDelimiter`, and the answer as an assistant message followed by `fewshotDelimiter`.
 * No answer (the evaluated doc, or a doc whose target is "") gives the user message alone, followed by nothing.
 */
export function qaTurn(question: string, answer: string | undefined, targetDelimiter: string, fewshotDelimiter: string): PromptMessage[] {
  if (answer === undefined) return [{ role: 'user', content: question, delimiter: '' }];
  return [
    { role: 'user', content: question, delimiter: targetDelimiter },
    { role: 'assistant', content: answer, delimiter: fewshotDelimiter },
  ];
}

/** lm-eval `Message.to_text`, joined: the plain-text prompt. */
export function messagesToText(messages: readonly PromptMessage[]): string {
  return messages.map((m) => m.content + m.delimiter).join('');
}

/**
 * lm-eval `multiturn_to_singleturn` (for prompts that end with the user's question): the system message
 * stays apart, everything after it becomes one user message in its plain-text form.
 */
export function singleTurn(messages: readonly PromptMessage[]): ChatMessage[] {
  const [first, ...rest] = messages;
  const system = first?.role === 'system' ? [first] : [];
  const turns = first?.role === 'system' ? rest : messages;
  const content = messagesToText(turns.map((m, i) => (i === turns.length - 1 ? { ...m, delimiter: '' } : m)));
  return [...system.map(({ role, content: text }) => ({ role, content: text })), { role: 'user', content }];
}

/** The context of a prompt: plain text, or the chat template's rendering of its turns. */
export function renderPrompt(messages: readonly PromptMessage[], chat: ChatFormat | undefined): string {
  if (!chat) return messagesToText(messages);
  return chat.render(chat.fewshotAsMultiturn ? messages.map(({ role, content }) => ({ role, content })) : singleTurn(messages));
}
