/**
 * A model's chat template, found and applied as transformers (5.x) and lm-evaluation-harness do it:
 * `chat_template.jinja` (the default) and `additional_chat_templates/<name>.jinja` beside the tokenizer take
 * priority over tokenizer_config.json's `chat_template`, a string or a list of `{name, template}`; the template
 * renders with `add_generation_prompt=True`, the tokenizer's special tokens as variables, in Jinja with
 * trim_blocks and lstrip_blocks (@huggingface/jinja, which follows transformers' sandbox).
 */
import { Template } from '@huggingface/jinja';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import { sha256Hex } from '../hash.js';
import type { ChatMessage } from '../tasks/messages.js';
import { readOptionalJson } from './files.js';

/** The default template of a tokenizer with several (transformers' name for it). */
const DEFAULT_NAME = 'default';
const TEMPLATE_FILE = 'chat_template.jinja';
const TEMPLATE_DIR = 'additional_chat_templates';
/** Variables transformers passes from the tokenizer's special tokens map. */
export const SPECIAL_TOKENS = ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token'] as const;

export interface ChatTemplate {
  /** `default` for a tokenizer's only or default template, else the name picked. */
  name: string;
  /** Where it was read: `chat_template.jinja`, `additional_chat_templates/x.jinja` or `tokenizer_config.json`. */
  file: string;
  /** The template text (what lm-eval records as `chat_template`). */
  text: string;
  /** sha256 of the text (lm-eval's `chat_template_sha`). */
  sha256: string;
  /**
   * The prompt for these messages, with `add_generation_prompt=True`. A template that raises on them (one
   * without a system role) is rendered again without the system message, as lm-eval's HF backend does;
   * `onSystemDropped` is then told why.
   */
  render(messages: ChatMessage[], onSystemDropped?: (reason: string) => void): string;
}

/** The named templates of a model directory, and where they come from. */
function templatesIn(dir: string, config: Record<string, unknown>): { templates: Map<string, string>; file: (name: string) => string } {
  const templates = new Map<string, string>();
  const jinjaFile = path.join(dir, TEMPLATE_FILE);
  const extraDir = path.join(dir, TEMPLATE_DIR);
  if (existsSync(jinjaFile)) templates.set(DEFAULT_NAME, readFileSync(jinjaFile, 'utf8'));
  if (existsSync(extraDir) && statSync(extraDir).isDirectory()) {
    for (const entry of readdirSync(extraDir)
      .filter((name) => name.endsWith('.jinja'))
      .sort()) {
      templates.set(entry.slice(0, -'.jinja'.length), readFileSync(path.join(extraDir, entry), 'utf8'));
    }
  }
  if (templates.size > 0) {
    return { templates, file: (name) => (name === DEFAULT_NAME && existsSync(jinjaFile) ? TEMPLATE_FILE : `${TEMPLATE_DIR}/${name}.jinja`) };
  }
  const entry = config.chat_template;
  if (typeof entry === 'string') templates.set(DEFAULT_NAME, entry);
  else if (Array.isArray(entry)) {
    for (const item of entry) {
      const { name, template } = (item ?? {}) as { name?: unknown; template?: unknown };
      if (typeof name !== 'string' || typeof template !== 'string') {
        throw new FtbenchError(`tokenizer_config.json in ${dir} has a chat_template list entry that is not {"name": ..., "template": ...}`);
      }
      templates.set(name, template);
    }
  } else if (entry !== undefined && entry !== null) {
    throw new FtbenchError(`tokenizer_config.json in ${dir} has a chat_template that is neither a string nor a list of named templates`);
  }
  return { templates, file: () => 'tokenizer_config.json' };
}

/** A special token's text from tokenizer_config.json (a string, or an AddedToken `{content}`). */
export function tokenText(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  const content = (entry as { content?: unknown } | null | undefined)?.content;
  return typeof content === 'string' ? content : undefined;
}

/**
 * The chat template of the model in `dir`: `name` picks one of several (lm-eval `--apply_chat_template NAME`);
 * without it, the only one or the one named `default`. A model without a template is an error, since
 * scoring an instruction format the model does not declare would be a guess.
 */
export function loadChatTemplate(dir: string, name?: string): ChatTemplate {
  const config = readOptionalJson(path.join(dir, 'tokenizer_config.json'), 'tokenizer_config.json');
  const { templates, file } = templatesIn(dir, config);
  if (templates.size === 0) {
    throw new FtbenchError(
      `the model in ${dir} has no chat template (no ${TEMPLATE_FILE} and no chat_template in tokenizer_config.json)`,
      'Drop --apply-chat-template for a base model, or add the chat template its instruct version was trained with.',
    );
  }
  const names = [...templates.keys()];
  const single = templates.size === 1 && templates.has(DEFAULT_NAME);
  let picked: string;
  if (name !== undefined && !single) {
    if (!templates.has(name)) throw new FtbenchError(`the model in ${dir} has no chat template named "${name}"`, `Its templates: ${names.join(', ')}.`);
    picked = name;
  } else if (name !== undefined && name !== DEFAULT_NAME) {
    throw new FtbenchError(
      `--apply-chat-template ${name}: the model in ${dir} has a single chat template, not named ones`,
      'Pass --apply-chat-template without a name.',
    );
  } else if (templates.has(DEFAULT_NAME)) {
    picked = DEFAULT_NAME;
  } else {
    throw new FtbenchError(
      `the model in ${dir} has several chat templates and none is named "${DEFAULT_NAME}"`,
      `Name one: --apply-chat-template NAME, one of ${names.join(', ')}.`,
    );
  }
  const text = templates.get(picked) as string;
  let template: Template;
  try {
    template = new Template(text);
  } catch (err) {
    throw new FtbenchError(`the chat template "${picked}" in ${path.join(dir, file(picked))} does not parse: ${(err as Error).message}`);
  }
  const specialTokens = Object.fromEntries(SPECIAL_TOKENS.flatMap((key) => (tokenText(config[key]) === undefined ? [] : [[key, tokenText(config[key])]])));
  const renderOnce = (messages: ChatMessage[]) => template.render({ ...specialTokens, messages, tools: null, documents: null, add_generation_prompt: true });
  return {
    name: picked,
    file: file(picked),
    text,
    sha256: sha256Hex(text),
    render(messages, onSystemDropped) {
      try {
        return renderOnce(messages);
      } catch (err) {
        const reason = (err as Error).message;
        if (!messages.some((m) => m.role === 'system')) throw new FtbenchError(`the chat template "${picked}" failed: ${reason}`);
        onSystemDropped?.(reason);
        try {
          return renderOnce(messages.filter((m) => m.role !== 'system'));
        } catch (again) {
          throw new FtbenchError(`the chat template "${picked}" failed: ${(again as Error).message}`);
        }
      }
    },
  };
}
