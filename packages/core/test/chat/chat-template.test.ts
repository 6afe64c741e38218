/**
 * Where a model's chat template comes from and how it renders, as transformers 5 and lm-eval 0.4.13 decide:
 * chat_template.jinja and additional_chat_templates/ over tokenizer_config.json, a string or named templates,
 * special tokens as variables, Jinja's trim_blocks/lstrip_blocks and dropped trailing newline, and lm-eval's
 * retry without the system message when a template raises on it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveChatSettings } from '../../src/chat-settings.js';
import { FtbenchError } from '../../src/errors.js';
import { loadChatTemplate } from '../../src/model/chat-template.js';

const SIMPLE = '{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}{% if add_generation_prompt %}<assistant>{% endif %}';
const USER = [{ role: 'user' as const, content: 'hi' }];

function modelDir(config: Record<string, unknown>, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ftbench-template-'));
  writeFileSync(path.join(dir, 'tokenizer_config.json'), JSON.stringify(config));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function errorOf(run: () => unknown): FtbenchError {
  try {
    run();
  } catch (err) {
    if (err instanceof FtbenchError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('finding the template', () => {
  it("tokenizer_config.json's string, rendered with add_generation_prompt and the special tokens", () => {
    const template = loadChatTemplate(
      modelDir({ chat_template: `{{ bos_token }}${SIMPLE}{{ eos_token }}`, bos_token: { content: '<s>', special: true }, eos_token: '</s>' }),
    );
    expect(template).toMatchObject({ name: 'default', file: 'tokenizer_config.json' });
    expect(template.render(USER)).toBe('<s><user>hi<assistant></s>');
    expect(template.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('chat_template.jinja beside the tokenizer wins over tokenizer_config.json; one trailing newline is dropped, as Jinja does', () => {
    const template = loadChatTemplate(modelDir({ chat_template: 'old' }, { 'chat_template.jinja': `${SIMPLE}\n` }));
    expect(template.file).toBe('chat_template.jinja');
    expect(template.render(USER)).toBe('<user>hi<assistant>');
  });

  it('named templates: the list form and additional_chat_templates/; NAME picks one, none picks "default"', () => {
    const listed = modelDir({
      chat_template: [
        { name: 'default', template: 'D' },
        { name: 'rag', template: 'R' },
      ],
    });
    expect(loadChatTemplate(listed).render(USER)).toBe('D');
    expect(loadChatTemplate(listed, 'rag')).toMatchObject({ name: 'rag', file: 'tokenizer_config.json' });
    expect(loadChatTemplate(listed, 'rag').render(USER)).toBe('R');
    const files = modelDir({}, { 'chat_template.jinja': 'D', 'additional_chat_templates/tool_use.jinja': 'T' });
    expect(loadChatTemplate(files, 'tool_use')).toMatchObject({ name: 'tool_use', file: 'additional_chat_templates/tool_use.jinja' });
    expect(loadChatTemplate(files, 'tool_use').render(USER)).toBe('T');
  });

  it('refuses what would be a guess: no template, an unknown name, several without a default, a name for a single template', () => {
    expect(errorOf(() => loadChatTemplate(modelDir({}))).message).toMatch(/has no chat template/);
    const listed = modelDir({
      chat_template: [
        { name: 'a', template: 'A' },
        { name: 'b', template: 'B' },
      ],
    });
    expect(errorOf(() => loadChatTemplate(listed)).message).toMatch(/several chat templates and none is named "default"/);
    expect(errorOf(() => loadChatTemplate(listed)).hint).toMatch(/a, b/);
    expect(errorOf(() => loadChatTemplate(listed, 'c')).message).toMatch(/no chat template named "c"/);
    expect(errorOf(() => loadChatTemplate(modelDir({ chat_template: SIMPLE }), 'rag')).message).toMatch(/single chat template/);
    expect(errorOf(() => loadChatTemplate(modelDir({ chat_template: '{% for %}' }))).message).toMatch(/does not parse/);
    expect(errorOf(() => loadChatTemplate(modelDir({ chat_template: 42 }))).message).toMatch(/neither a string nor a list/);
  });
});

describe('rendering', () => {
  it("trim_blocks and lstrip_blocks as transformers' environment sets them", () => {
    const template = loadChatTemplate(
      modelDir({ chat_template: '{% for m in messages %}\n    {% if m.role == "user" %}\n[{{ m.content }}]\n    {% endif %}\n{% endfor %}' }),
    );
    expect(template.render(USER)).toBe('[hi]\n');
  });

  it('a template that raises on the system message renders again without it, and says why', () => {
    const template = loadChatTemplate(
      modelDir({
        chat_template: "{% for m in messages %}{% if m.role == 'system' %}{{ raise_exception('no system role') }}{% endif %}[{{ m.content }}]{% endfor %}",
      }),
    );
    const reasons: string[] = [];
    expect(template.render([{ role: 'system', content: 'be brief' }, ...USER], (reason) => reasons.push(reason))).toBe('[hi]');
    expect(reasons).toEqual([expect.stringMatching(/no system role/)]);
  });

  it('a template that raises without a system message is an error naming the template', () => {
    const template = loadChatTemplate(modelDir({ chat_template: "{{ raise_exception('roles must alternate') }}" }));
    expect(errorOf(() => template.render(USER)).message).toMatch(/chat template "default" failed: .*roles must alternate/);
  });
});

describe('the options, as lm-eval 0.4.13 checks them', () => {
  const model = modelDir({ chat_template: SIMPLE });
  it('multiturn follows the template unless given; it is refused without one', () => {
    expect(resolveChatSettings({}, model)).toEqual({ systemInstruction: undefined, fewshotAsMultiturn: false });
    expect(() => resolveChatSettings({ applyChatTemplate: true }, model)).toThrow(/has no model\.onnx/);
    expect(errorOf(() => resolveChatSettings({ fewshotAsMultiturn: true }, model)).message).toMatch(/--fewshot-as-multiturn needs --apply-chat-template/);
    expect(errorOf(() => resolveChatSettings({ applyChatTemplate: true }, undefined)).message).toMatch(/needs the model/);
    expect(errorOf(() => resolveChatSettings({ applyChatTemplate: '' }, model)).message).toMatch(/empty template name/);
  });
});
