/**
 * Golden MMLU prompts on the real release. Each expected string was written by hand from the CSV text and
 * lm-eval's `_default_template_yaml`: description "The following are multiple choice questions (with
 * answers) about {subject}.\n\n", doc_to_text "{{question.strip()}}\nA. ...\nD. ...\nAnswer:", choices
 * A-D after a " " delimiter, few-shot = the first k dev rows, each followed by " <letter>\n\n".
 */
import { beforeAll, expect, it } from 'vitest';
import { LocalReleaseSource } from '../../src/data/local-release.js';
import { buildDocRequests, type DocRequests } from '../../src/tasks/prompt.js';
import { loadTaskRegistry, type TaskRegistry } from '../../src/tasks/registry.js';
import { describeWithShared, sharedDatasets } from '../paths.js';

const LETTER_CONTINUATIONS = [' A', ' B', ' C', ' D'];

describeWithShared('MMLU prompts on ../shared/datasets/mmlu', ['datasets/mmlu/test', 'datasets/mmlu/dev'], () => {
  let registry: TaskRegistry;
  const source = new LocalReleaseSource(sharedDatasets);
  beforeAll(async () => {
    registry = await loadTaskRegistry();
  });

  async function build(subject: string, numFewshot: number, limit?: number): Promise<DocRequests[]> {
    const task = registry.getTask(`mmlu_${subject}`);
    const test = await source.loadSplit(task.dataset, 'test');
    const dev = await source.loadSplit(task.dataset, 'dev');
    return buildDocRequests(task, test.rows, dev.rows, numFewshot, { limit });
  }

  it('0-shot abstract_algebra docs 0 and 1', async () => {
    const [first, second] = await build('abstract_algebra', 0, 2);
    const description = 'The following are multiple choice questions (with answers) about abstract algebra.\n\n';
    const firstContext = description + 'Find the degree for the given field extension Q(sqrt(2), sqrt(3), sqrt(18)) over Q.\nA. 0\nB. 4\nC. 2\nD. 6\nAnswer:';
    expect(first.requests).toEqual(LETTER_CONTINUATIONS.map((continuation) => ({ context: firstContext, continuation })));
    expect(first.gold).toBe(1);
    expect(first.choices).toEqual(['A', 'B', 'C', 'D']);
    expect(second.requests[0].context).toBe(
      description + 'Let p = (1, 2, 5, 4)(2, 3) in S_5 . Find the index of <p> in S_5.\nA. 8\nB. 2\nC. 24\nD. 120\nAnswer:',
    );
    expect(second.gold).toBe(2);
  });

  it('strips the question as Python does, including a trailing U+0085 (sociology test doc 69, CSV line 71)', async () => {
    const docs = await build('sociology', 0, 70);
    expect(docs[69].requests[0].context).toBe(
      'The following are multiple choice questions (with answers) about sociology.\n\n' +
        'Role-learning theory suggests that\n' +
        'A. we internalise and take on social roles from a pre-existing framework\n' +
        'B. we create and negotiate our roles through interaction with others\n' +
        'C. social roles are not fixed or stable but fluid and pluralistic\n' +
        'D. roles have to be learned to suppress unconscious motivations\n' +
        'Answer:',
    );
    expect(docs[69].gold).toBe(0);
  });

  it('5-shot world_religions doc 0: the five dev rows in file order, questions stripped, quotes unescaped', async () => {
    const [doc] = await build('world_religions', 5, 1);
    const expected =
      'The following are multiple choice questions (with answers) about world religions.\n\n' +
      'What is the sign of the covenant for Jewish males?\nA. The rainbow\nB. Circumcision\nC. A son\nD. Bar mitzvah\nAnswer: B\n\n' +
      'What is the Second Gem in Buddhism?\nA. The Dharma\nB. The Sangha\nC. The Buddha\nD. The Bodhisattva\nAnswer: A\n\n' +
      'In which dynasty was the "Mandate of Heaven" developed to legitimatize the new rulers?\nA. Shang\nB. Zhou\nC. Han\nD. Xia\nAnswer: B\n\n' +
      'Which Japanese government promoted a kind of national cult based on the emperor and his associations with kami?\n' +
      'A. Honen\nB. Tanaka\nC. Tokugawa\nD. Meiji\nAnswer: D\n\n' +
      'How can the Upanishads be characterized?\nA. Ritual texts\nB. Philosophical texts\nC. Hymns\nD. Origin stories\nAnswer: B\n\n' +
      'What can murtis be translated as?\nA. Offerings\nB. Prayers\nC. Apparitions\nD. Idols\nAnswer:';
    expect(doc.requests).toEqual(LETTER_CONTINUATIONS.map((continuation) => ({ context: expected, continuation })));
    expect(doc.gold).toBe(3);
  });

  it('5-shot world_religions doc 1 reuses the same five examples (first_n)', async () => {
    const docs = await build('world_religions', 5, 2);
    const firstContext = docs[0].requests[0].context;
    const descriptionAndExamples = firstContext.slice(0, firstContext.indexOf('What can murtis'));
    expect(docs[1].requests[0].context).toBe(
      descriptionAndExamples +
        'Naturalists who concentrated on natural elements and processes are associated with which of the following?\n' +
        'A. Daoism\nB. Yin-Yang School\nC. Mengzi\nD. Humanistic Buddhism\nAnswer:',
    );
    expect(docs[1].gold).toBe(1);
  });

  it('keeps the \\r\\n inside a quoted dev question (college_mathematics dev row 3)', async () => {
    const [doc] = await build('college_mathematics', 3, 1);
    expect(doc.requests[0].context).toContain(
      'Let A be a real 2x2 matrix. Which of the following statements must be true?\r\n' +
        'I. All of the entries of A^2 are nonnegative.\r\nII. The determinant of A^2 is nonnegative.\r\n',
    );
  });

  it('asking for more shots than the 5 dev rows is a user error', async () => {
    await expect(build('anatomy', 6, 1)).rejects.toThrow(/few-shot split has 5/);
  });
});
