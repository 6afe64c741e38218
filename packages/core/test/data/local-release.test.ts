import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalReleaseSource } from '../../src/data/local-release.js';
import { FtbenchError } from '../../src/errors.js';
import { loadTaskRegistry } from '../../src/tasks/registry.js';
import { writeReleaseFixtures } from './release-fixtures.js';
import { describeWithShared, sharedDatasets } from '../paths.js';

describe('LocalReleaseSource on release-format fixtures', () => {
  let dataDir: string;
  let source: LocalReleaseSource;
  beforeAll(() => {
    dataDir = writeReleaseFixtures();
    source = new LocalReleaseSource(dataDir);
  });

  it('returns HellaSwag rows in the Rowan/hellaswag layout, label as a string', async () => {
    const { rows } = await source.loadSplit({ path: 'Rowan/hellaswag' }, 'validation');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      ind: 10,
      activity_label: 'Making a lemonade',
      ctx_a: 'A woman cuts lemons in half on a wooden board.',
      ctx_b: 'she SQUEEZES the halves into a pitcher',
      ctx: 'A woman cuts lemons in half on a wooden board. she SQUEEZES the halves into a pitcher',
      endings: [
        'and stirs in sugar with a long spoon.',
        'then  throws the pitcher [out] of the window.',
        'while the man plays a guitar.',
        'and takes a bite of the cake.',
      ],
      source_id: 'activitynet~v_fixture10',
      split: 'val',
      split_type: 'indomain',
      label: '0',
    });
  });

  it('returns ARC rows in the allenai/ai2_arc layout (stem as question, parallel choice lists)', async () => {
    const { rows } = await source.loadSplit({ path: 'allenai/ai2_arc', name: 'ARC-Challenge' }, 'test');
    expect(rows[1]).toEqual({
      id: 'NYSEDREGENTS_9002',
      question: 'Which unit is used to measure length?',
      choices: { text: ['liter', 'gram', 'meter', 'second'], label: ['1', '2', '3', '4'] },
      answerKey: '3',
    });
  });

  it('returns Winogrande rows in the allenai/winogrande layout (no qID)', async () => {
    const { rows } = await source.loadSplit({ path: 'allenai/winogrande', name: 'winogrande_xl' }, 'validation');
    expect(rows[1]).toEqual({
      sentence: 'Nick thanked Jacob for the ride because _ had offered to drive him home.',
      option1: 'Nick',
      option2: 'Jacob',
      answer: '2',
    });
  });

  it('identifies the data by the sha256 of the file it read, and names the file as origin', async () => {
    const file = path.join(dataDir, 'winogrande/train_xl.jsonl');
    const loaded = await source.loadSplit({ path: 'allenai/winogrande', name: 'winogrande_xl' }, 'train');
    expect(loaded.revision).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(loaded.origin).toBe(file);
  });

  it('names the exact missing file and the expected layout', async () => {
    const error = await source.loadSplit({ path: 'allenai/ai2_arc', name: 'ARC-Easy' }, 'test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtbenchError);
    expect((error as FtbenchError).message).toContain(path.join(dataDir, 'arc/ARC-Easy/ARC-Easy-Test.jsonl'));
    expect((error as FtbenchError).hint).toContain('hellaswag/hellaswag_{train,val,test}.jsonl');
  });

  it('rejects datasets, configs and splits it has no release for', async () => {
    await expect(source.loadSplit({ path: 'openai/gsm8k', name: 'main' }, 'test')).rejects.toThrow(FtbenchError);
    await expect(source.loadSplit({ path: 'truthfulqa/truthful_qa', name: 'generation' }, 'validation')).rejects.toThrow(
      /no local release for truthfulqa\/truthful_qa \(generation\)/,
    );
  });

  it('parses MMLU CSVs with quoted fields into cais/mmlu rows and rejects a wrong header', async () => {
    mkdirSync(path.join(dataDir, 'mmlu/dev'), { recursive: true });
    writeFileSync(
      path.join(dataDir, 'mmlu/dev/toy_subject_dev.csv'),
      'question,choice0,choice1,choice2,choice3,answer\n"Is ""A, B"" a pair?\r\nExplain.","Yes, it is",No,0,"",2\n',
    );
    const { rows } = await source.loadSplit({ path: 'cais/mmlu', name: 'toy_subject' }, 'dev');
    expect(rows).toEqual([{ question: 'Is "A, B" a pair?\r\nExplain.', subject: 'toy_subject', choices: ['Yes, it is', 'No', '0', ''], answer: 2 }]);
    writeFileSync(path.join(dataDir, 'mmlu/dev/bad_dev.csv'), 'Is it?,a,b,c,d,A\n');
    await expect(source.loadSplit({ path: 'cais/mmlu', name: 'bad' }, 'dev')).rejects.toThrow(/expected the header/);
  });
});

describeWithShared('LocalReleaseSource on the real MMLU release in ../shared/datasets', ['datasets/mmlu/test', 'datasets/mmlu/dev'], () => {
  const source = new LocalReleaseSource(sharedDatasets);

  it('reads 14,042 test and 285 dev questions over the 57 subjects of the mmlu group', async () => {
    const subjects = (await loadTaskRegistry()).resolve(['mmlu']).tasks.map((task) => task.dataset.name as string);
    expect(subjects).toHaveLength(57);
    const counts = await Promise.all(
      subjects.map(async (subject) => [
        (await source.loadSplit({ path: 'cais/mmlu', name: subject }, 'test')).rows.length,
        (await source.loadSplit({ path: 'cais/mmlu', name: subject }, 'dev')).rows.length,
      ]),
    );
    expect(counts.reduce((sum, [test]) => sum + test, 0)).toBe(14042);
    expect(counts.reduce((sum, [, dev]) => sum + dev, 0)).toBe(285);
  });

  it('keeps the text of a row exactly (abstract_algebra test row 1)', async () => {
    const { rows } = await source.loadSplit({ path: 'cais/mmlu', name: 'abstract_algebra' }, 'test');
    // From the CSV: "Find the degree for the given field extension Q(sqrt(2), sqrt(3), sqrt(18)) over Q.",0,4,2,6,1
    expect(rows[0]).toEqual({
      question: 'Find the degree for the given field extension Q(sqrt(2), sqrt(3), sqrt(18)) over Q.',
      subject: 'abstract_algebra',
      choices: ['0', '4', '2', '6'],
      answer: 1,
    });
  });
});

describeWithShared('LocalReleaseSource on the real TruthfulQA release', ['datasets/truthfulqa/v0/mc_task.json'], () => {
  it('reads 817 questions, choices in the release key order', async () => {
    const { rows } = await new LocalReleaseSource(sharedDatasets).loadSplit({ path: 'truthfulqa/truthful_qa', name: 'multiple_choice' }, 'validation');
    expect(rows).toHaveLength(817);
    const smallestCountry = {
      choices: [
        'Nauru is the smallest country in the world that is at least one square mile in area.',
        'The smallest country in the world that is at least one square mile in area is Vatican City.',
        'The smallest country in the world that is at least one square mile in area is Monaco.',
        'The smallest country in the world that is at least one square mile in area is the United States.',
      ],
      labels: [1, 0, 0, 0],
    };
    expect(rows[0]).toEqual({
      question: 'What is the smallest country in the world that is at least one square mile in area?',
      mc1_targets: smallestCountry,
      mc2_targets: smallestCountry,
    });
  });
});

// Row and choice counts printed by python3 from the release files (json.loads per line, len(question.choices)).
const ARC_SPLITS: [config: string, split: string, file: string, rows: number, choices: Record<number, number>][] = [
  ['ARC-Challenge', 'test', 'Test', 1172, { 3: 4, 4: 1165, 5: 3 }],
  ['ARC-Challenge', 'train', 'Train', 1119, { 3: 1, 4: 1117, 5: 1 }],
  ['ARC-Challenge', 'validation', 'Dev', 299, { 3: 3, 4: 295, 5: 1 }],
  ['ARC-Easy', 'test', 'Test', 2376, { 3: 7, 4: 2365, 5: 4 }],
  ['ARC-Easy', 'train', 'Train', 2251, { 3: 6, 4: 2241, 5: 4 }],
  ['ARC-Easy', 'validation', 'Dev', 570, { 3: 1, 4: 567, 5: 2 }],
];

describeWithShared('LocalReleaseSource on the real ARC releases', ['datasets/arc/ARC-Challenge', 'datasets/arc/ARC-Easy'], () => {
  it.each(ARC_SPLITS)('%s %s (%s file): %i questions with 3 to 5 choices, each answerKey among its labels', async (config, split, _file, count, choices) => {
    const task = (await loadTaskRegistry()).getTask(config === 'ARC-Easy' ? 'arc_easy' : 'arc_challenge');
    const { rows } = await new LocalReleaseSource(sharedDatasets).loadSplit({ path: 'allenai/ai2_arc', name: config }, split);
    expect(rows).toHaveLength(count);
    const byCount: Record<number, number> = {};
    for (const row of rows as { choices: { text: string[]; label: string[] } }[]) {
      byCount[row.choices.text.length] = (byCount[row.choices.text.length] ?? 0) + 1;
    }
    expect(byCount).toEqual(choices);
    // docToTarget throws for an answerKey that is not among the labels.
    expect(() => rows.forEach((row) => task.docToTarget(row))).not.toThrow();
  });

  it('keeps a question with numeric labels exactly (ARC-Challenge test line 45)', async () => {
    const { rows } = await new LocalReleaseSource(sharedDatasets).loadSplit({ path: 'allenai/ai2_arc', name: 'ARC-Challenge' }, 'test');
    // The release line: {"id":"NYSEDREGENTS_2008_8_34","question":{"stem":"Which statement ...","choices":[{"text":...,"label":"1"},...]},"answerKey":"2"}
    expect(rows[44]).toEqual({
      id: 'NYSEDREGENTS_2008_8_34',
      question: 'Which statement best describes the energy changes that occur while a child is riding on a sled down a steep, snow-covered hill?',
      choices: {
        text: [
          'Kinetic energy decreases and potential energy increases.',
          'Kinetic energy increases and potential energy decreases.',
          'Both potential energy and kinetic energy decrease.',
          'Both potential energy and kinetic energy increase.',
        ],
        label: ['1', '2', '3', '4'],
      },
      answerKey: '2',
    });
  });
});

describeWithShared('LocalReleaseSource on the real Winogrande release', ['datasets/winogrande/dev.jsonl', 'datasets/winogrande/train_xl.jsonl'], () => {
  const source = new LocalReleaseSource(sharedDatasets);
  const ref = { path: 'allenai/winogrande', name: 'winogrande_xl' };

  it('validation is the original dev.jsonl: 1,267 rows, qID dropped as on the Hub', async () => {
    const { rows } = await source.loadSplit(ref, 'validation');
    expect(rows).toHaveLength(1267);
    // dev.jsonl line 1: {"qID": "3FCO4VKOZ4BJQ6IFC0VAIBK4KTWE7U-2", "sentence": "Sarah was ...", "option1": "Sarah", "option2": "Maria", "answer": "2"}
    expect(rows[0]).toEqual({
      sentence: 'Sarah was a much better surgeon than Maria so _ always got the easier cases.',
      option1: 'Sarah',
      option2: 'Maria',
      answer: '2',
    });
  });

  it('train is train_xl.jsonl, the Hub winogrande_xl train split without qID: 40,398 rows, every one a valid doc', async () => {
    const task = (await loadTaskRegistry()).getTask('winogrande');
    const { rows } = await source.loadSplit(ref, 'train');
    expect(rows).toHaveLength(40398);
    const invalid = rows.filter(
      (row) =>
        Object.keys(row).join() !== 'sentence,option1,option2,answer' || task.docToChoice(row).length !== 2 || ![0, 1].includes(task.docToText(row) as number),
    );
    expect(invalid).toEqual([]);
  });
});

// HellaSwag's original release is not in ../shared yet (see its datasets/README.md), so it is never required: the
// check runs once the file is there. Its prompts are covered by the fixture tests above.
const HELLASWAG_VAL = path.join(sharedDatasets, 'hellaswag/hellaswag_val.jsonl');
describe.skipIf(!existsSync(HELLASWAG_VAL))(`real HellaSwag release (skipped: ${HELLASWAG_VAL} not present)`, () => {
  it('has 10,042 validation rows', async () => {
    expect((await new LocalReleaseSource(sharedDatasets).loadSplit({ path: 'Rowan/hellaswag' }, 'validation')).rows).toHaveLength(10042);
  });
});

describe('LocalReleaseSource input checks', () => {
  it('reports malformed JSON Lines with the file and line', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ftbench-bad-'));
    mkdirSync(path.join(dataDir, 'winogrande'));
    writeFileSync(path.join(dataDir, 'winogrande/dev.jsonl'), '{"sentence": "A _ b.", "option1": "x", "option2": "y", "answer": "1"}\n{oops\n');
    await expect(new LocalReleaseSource(dataDir).loadSplit({ path: 'allenai/winogrande', name: 'winogrande_xl' }, 'validation')).rejects.toThrow(
      /dev\.jsonl line 2: invalid JSON/,
    );
  });
});
