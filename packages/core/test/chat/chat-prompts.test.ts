/**
 * Golden chat-template prompts: the exact requests lm-evaluation-harness 0.4.13 builds with
 * `--apply_chat_template`, `--system_instruction` and `--fewshot_as_multiturn` (true and false) for MMLU, ARC,
 * Winogrande and a custom suite, under four templates written from their public specifications (./templates:
 * Llama-3 header tokens, ChatML as Qwen2 uses it with its default-system branch, Mistral [INST] that refuses a
 * system message, Llama-2 folding the system message into the first turn), plus the token ids lm-eval's HF
 * backend gives some of them. Written by ../reference/lm_eval_chat_prompts.py; built here through prepareTasks,
 * with each template loaded from a model directory's chat_template.jinja, on the real releases in ../shared.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import type { ChatSettings } from '../../src/chat-settings.js';
import { prepareTasks } from '../../src/evaluator.js';
import { loadChatTemplate } from '../../src/model/chat-template.js';
import { tokenizeRequest } from '../../src/model/loglikelihood.js';
import { loadTokenizer, type TextTokenizer } from '../../src/model/tokenizer.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../paths.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SUITE = path.join(here, 'chat-suite.yaml');

interface GoldenRequest {
  context: string;
  continuation: string;
}
interface GoldenCase {
  task: string;
  num_fewshot: number;
  template: string | null;
  system_instruction: string | null;
  fewshot_as_multiturn: boolean;
  docs: { doc_id: number; requests: GoldenRequest[]; tokens?: { context_ids: number[]; continuation_ids: number[] }[] }[];
}

const golden = JSON.parse(readFileSync(path.join(here, '../reference/lm-eval-chat-prompts.json'), 'utf8')) as { cases: GoldenCase[] };

/** A model directory holding only what the template needs: stories260k's tokenizer files and the template as chat_template.jinja. */
function templateDir(family: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `ftbench-chat-${family}-`));
  for (const name of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(path.join(sharedModels, 'stories260k', name), path.join(dir, name));
  writeFileSync(path.join(dir, 'chat_template.jinja'), readFileSync(path.join(here, 'templates', `${family}.jinja`)));
  return dir;
}

function caseName(c: GoldenCase): string {
  const chat = c.template === null ? 'no template' : `${c.template}, multiturn ${c.fewshot_as_multiturn}`;
  return `${c.task} ${c.num_fewshot}-shot, ${chat}${c.system_instruction === null ? '' : ', system instruction'}`;
}

describeWithShared(
  'chat-template prompts as lm-eval builds them',
  ['datasets/mmlu/test', 'datasets/mmlu/dev', 'datasets/arc', 'datasets/winogrande', 'models/stories260k'],
  () => {
    let tokenizer: TextTokenizer;
    const dirs = new Map<string, string>();
    beforeAll(async () => {
      tokenizer = await loadTokenizer(path.join(sharedModels, 'stories260k'));
    });

    it('covers four template families, multiturn on and off, system instructions, and plain prompts', () => {
      expect(new Set(golden.cases.map((c) => c.template))).toEqual(new Set(['llama3', 'qwen2-chatml', 'mistral-inst', 'llama2-sys', null]));
      expect(new Set(golden.cases.map((c) => c.task))).toEqual(new Set(['mmlu_anatomy', 'arc_challenge', 'arc_easy', 'winogrande', 'suite']));
    });

    it.each(golden.cases.map((c) => [caseName(c), c] as const))('%s', async (_name, c) => {
      if (c.template !== null && !dirs.has(c.template)) dirs.set(c.template, templateDir(c.template));
      const chatSettings: ChatSettings = {
        template: c.template === null ? undefined : loadChatTemplate(dirs.get(c.template) as string),
        systemInstruction: c.system_instruction ?? undefined,
        fewshotAsMultiturn: c.fewshot_as_multiturn,
      };
      const { prepared, warnings } = await prepareTasks({
        tasks: [c.task === 'suite' ? `suite:${SUITE}` : c.task],
        numFewshot: c.num_fewshot,
        dataDir: sharedDatasets,
        limit: Math.max(...c.docs.map((d) => d.doc_id)) + 1,
        chatSettings,
      });
      const [task] = prepared;
      for (const doc of c.docs) {
        expect(task.docs[doc.doc_id].requests).toEqual(doc.requests);
        doc.tokens?.forEach((ids, i) => {
          expect(tokenizeRequest(tokenizer, task.docs[doc.doc_id].requests[i])).toEqual({ contextIds: ids.context_ids, continuationIds: ids.continuation_ids });
        });
      }
      // Mistral's template raises on a system message: lm-eval renders again without it, and so does ftbench, saying so.
      const refusesSystem = c.template === 'mistral-inst' && (c.system_instruction !== null || c.task.startsWith('mmlu') || c.task === 'suite');
      expect(warnings.some((w) => w.includes('refused the system message'))).toBe(refusesSystem);
    });
  },
);
