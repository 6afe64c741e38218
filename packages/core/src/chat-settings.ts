/**
 * `--apply-chat-template [NAME]`, `--system-instruction TEXT` and `--fewshot-as-multiturn [true|false]`, with
 * lm-evaluation-harness 0.4.13's rules (`EvaluatorConfig`): multiturn follows the template unless given, and is
 * refused without one. What they change in the prompts is part of each task's hash and recorded in the results.
 */
import { FtbenchError } from './errors.js';
import { loadChatTemplate, type ChatTemplate } from './model/chat-template.js';
import { assertModelDir } from './model/files.js';
import type { ChatFormat } from './tasks/messages.js';
import type { BuildOptions, DocRequests } from './tasks/prompt.js';
import type { TaskDefinition } from './tasks/types.js';

export interface ChatOptions {
  /** Render every prompt with the model's chat template; a string names one of several (lm-eval `--apply_chat_template`). */
  applyChatTemplate?: boolean | string;
  /** A system message before each task's description (lm-eval `--system_instruction`); plain text without a template. */
  systemInstruction?: string;
  /** Few-shot examples as user/assistant turns (default: on with a chat template, as lm-eval 0.4.13's CLI). */
  fewshotAsMultiturn?: boolean;
}

export interface ChatSettings {
  template?: ChatTemplate;
  systemInstruction?: string;
  fewshotAsMultiturn: boolean;
}

/** What a task hash and the results record of the settings: absent when none is set, so plain runs keep their hashes. */
export interface ChatRecord {
  chatTemplate?: { name: string; file: string; sha256: string; text: string };
  systemInstruction?: string;
  fewshotAsMultiturn?: boolean;
}

/** Checks the options and reads the template from `modelDir` (the model's directory); undefined when no model is known. */
export function resolveChatSettings(opts: ChatOptions, modelDir: string | undefined): ChatSettings {
  const { applyChatTemplate, systemInstruction, fewshotAsMultiturn } = opts;
  if (applyChatTemplate === '')
    throw new FtbenchError(
      '--apply-chat-template was given an empty template name',
      "Give a name of one of the model's templates, or no value for its default one.",
    );
  const wanted = applyChatTemplate !== undefined && applyChatTemplate !== false;
  if (fewshotAsMultiturn === true && !wanted) {
    throw new FtbenchError(
      '--fewshot-as-multiturn needs --apply-chat-template',
      'Few-shot turns are chat messages: add --apply-chat-template, or drop --fewshot-as-multiturn.',
    );
  }
  if (!wanted) return { systemInstruction, fewshotAsMultiturn: false };
  if (modelDir === undefined) throw new FtbenchError('--apply-chat-template needs the model, whose tokenizer holds the template', 'Pass --model DIR.');
  assertModelDir(modelDir);
  const template = loadChatTemplate(modelDir, typeof applyChatTemplate === 'string' ? applyChatTemplate : undefined);
  return { template, systemInstruction, fewshotAsMultiturn: fewshotAsMultiturn ?? true };
}

/** The prompt builder's chat format; `onSystemDropped` hears of each prompt rendered without its system message. */
function chatFormat(settings: ChatSettings, onSystemDropped: (reason: string) => void): ChatFormat | undefined {
  const { template } = settings;
  return template ? { render: (messages) => template.render(messages, onSystemDropped), fewshotAsMultiturn: settings.fewshotAsMultiturn } : undefined;
}

export function chatRecord(settings: ChatSettings): ChatRecord | undefined {
  const { template, systemInstruction } = settings;
  if (!template && systemInstruction === undefined) return undefined;
  return {
    ...(template
      ? {
          chatTemplate: { name: template.name, file: template.file, sha256: template.sha256, text: template.text },
          fewshotAsMultiturn: settings.fewshotAsMultiturn,
        }
      : {}),
    ...(systemInstruction !== undefined ? { systemInstruction } : {}),
  };
}

/** Builds one task's prompts with the chat settings, noting prompts that lost their system message. */
export function buildWithChat<Doc>(
  task: TaskDefinition<Doc>,
  build: (options: Pick<BuildOptions, 'systemInstruction' | 'chat'>) => DocRequests<Doc>[],
  settings: ChatSettings,
): { docs: DocRequests<Doc>[]; chat?: ChatRecord; chatWarning?: string } {
  const dropped = { prompts: 0, reason: '' };
  const chat = chatFormat(settings, (reason) => {
    dropped.prompts++;
    // The template's own message, which the model's files (so a PR) control: one line, bounded.
    dropped.reason = reason.split('\n')[0].slice(0, 200);
  });
  const docs = build({ systemInstruction: settings.systemInstruction, chat });
  const record = chatRecord(settings);
  return {
    docs,
    ...(record ? { chat: record } : {}),
    ...(dropped.prompts > 0 ? { chatWarning: systemDroppedWarning(task.name, dropped.prompts, dropped.reason) } : {}),
  };
}

/** What of a ChatRecord identifies the prompts' format in a task hash (the template by name and sha256). */
export function chatHashIdentity(record: ChatRecord): Omit<ChatRecord, 'chatTemplate'> & { chatTemplate?: { name: string; sha256: string } } {
  const { chatTemplate, ...rest } = record;
  return { ...rest, ...(chatTemplate ? { chatTemplate: { name: chatTemplate.name, sha256: chatTemplate.sha256 } } : {}) };
}

/** The warning for a task whose prompts lost their system message to a template that refuses one. */
function systemDroppedWarning(task: string, prompts: number, reason: string): string {
  return `${task}: the chat template refused the system message ("${reason}"), so, as lm-eval does, ${prompts} prompt${prompts === 1 ? ' was' : 's were'} rendered without it: the task description and --system-instruction are not in ${prompts === 1 ? 'it' : 'them'}`;
}
