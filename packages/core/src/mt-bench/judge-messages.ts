/**
 * The messages a judge gets, built as FastChat's `run_judge_single` builds them (fastchat/llm_judge/common.py): the
 * prompt template filled with Python's `str.format`, sent as the system prompt and one user message
 * (`Conversation.to_openai_api_messages` after `set_system_message`), and the rating read back with its two patterns.
 */
import { FtbenchError } from '../errors.js';
import type { ChatMessage } from '../tasks/messages.js';
import { NEED_REF_CATEGORIES, type JudgePrompt, type MtBenchQuestion } from './data.js';

/**
 * Python's `template.format(**fields)` for templates of plain `{name}` fields: `{{` and `}}` are literal braces,
 * a field the template names but `fields` lacks is an error (Python's KeyError), extra fields are ignored.
 * Values are inserted as they are, never read as templates themselves.
 */
export function pyFormat(template: string, fields: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}|[{}]/g, (token, name: string | undefined) => {
    if (token === '{{') return '{';
    if (token === '}}') return '}';
    if (name === undefined) throw new FtbenchError(`judge prompt template has a single "${token}" (Python's str.format refuses it)`);
    if (!Object.hasOwn(fields, name)) throw new FtbenchError(`judge prompt template names the field {${name}}, which single-answer grading does not fill`);
    return fields[name];
  });
}

/** Which of FastChat's four judges grades a turn of a question (gen_judgment.py make_judge_single). */
export function judgePromptName(category: string, turn: 1 | 2): string {
  const math = NEED_REF_CATEGORIES.includes(category);
  return `single-${math ? 'math-' : ''}v1${turn === 2 ? '-multi-turn' : ''}`;
}

/** One judgment to ask for: FastChat's MatchSingle for one turn. */
export interface JudgmentInput {
  question: MtBenchQuestion;
  /** The model's answers so far: turn 1's for a turn-1 judgment, both for turn 2. */
  answers: readonly string[];
  turn: 1 | 2;
  /** GPT-4's answers, for reference-judged categories. */
  reference?: readonly [string, string];
}

/** The judge prompt's name and the system + user messages FastChat sends for this judgment. */
export function judgeMessages(input: JudgmentInput, prompts: ReadonlyMap<string, JudgePrompt>): { prompt: string; messages: ChatMessage[] } {
  const { question, answers, turn, reference } = input;
  const name = judgePromptName(question.category, turn);
  const prompt = prompts.get(name);
  if (!prompt) throw new FtbenchError(`the judge prompts have no "${name}"`);
  const refFields: Record<string, string> = reference ? { ref_answer_1: reference[0], ref_answer_2: reference[1] } : {};
  const fields =
    turn === 2
      ? { question_1: question.turns[0], question_2: question.turns[1], answer_1: answers[0], answer_2: answers[1], ...refFields }
      : { question: question.turns[0], answer: answers[0], ...refFields };
  const user = pyFormat(prompt.promptTemplate, fields);
  return {
    prompt: name,
    messages: [
      { role: 'system', content: prompt.systemPrompt },
      { role: 'user', content: user },
    ],
  };
}

/** FastChat's one_score_pattern and its backup (`[[N]]`, then `[N]`); Python's `\d` on str patterns also takes non-ASCII digits, which ast.literal_eval then refuses. */
const RATING_PATTERNS = [/\[\[(\d+\.?\d*)\]\]/, /\[(\d+\.?\d*)\]/];

/** FastChat's score for a judgment without a rating. */
export const NO_RATING = -1;

/**
 * The rating in a judgment, as FastChat reads it: the first `[[N]]`, else the first `[N]` (N an integer or a
 * decimal such as `7.5` or `8.`); none is NO_RATING. A rating off the 1–10 scale the prompt asks for is also
 * NO_RATING: FastChat would average it in, but an answer that talks the judge into "[[100]]" must not lift a score.
 */
export function parseRating(judgment: string): number {
  for (const pattern of RATING_PATTERNS) {
    const match = pattern.exec(judgment);
    if (match) {
      const rating = Number(match[1]);
      return rating >= 1 && rating <= 10 ? rating : NO_RATING;
    }
  }
  return NO_RATING;
}
