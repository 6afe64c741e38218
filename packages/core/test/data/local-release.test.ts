import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalReleaseSource } from '../../src/data/local-release.js';
import { FtbenchError } from '../../src/errors.js';
import { loadTaskRegistry } from '../../src/tasks/registry.js';
import { writeReleaseFixtures } from './release-fixtures.js';
import { hasSharedFile, SHARED_DATASETS } from './shared-datasets.js';

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
    expect(rows).toEqual([
      { question: 'Is "A, B" a pair?\r\nExplain.', subject: 'toy_subject', choices: ['Yes, it is', 'No', '0', ''], answer: 2 },
    ]);
    writeFileSync(path.join(dataDir, 'mmlu/dev/bad_dev.csv'), 'Is it?,a,b,c,d,A\n');
    await expect(source.loadSplit({ path: 'cais/mmlu', name: 'bad' }, 'dev')).rejects.toThrow(/expected the header/);
  });
});

describe.skipIf(!hasSharedFile('mmlu/test'))('LocalReleaseSource on the real MMLU release in ../shared/datasets', () => {
  const source = new LocalReleaseSource(SHARED_DATASETS);

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

describe.skipIf(!hasSharedFile('truthfulqa/v0/mc_task.json'))('LocalReleaseSource on the real TruthfulQA release', () => {
  it('reads 817 questions, choices in the release key order', async () => {
    const { rows } = await new LocalReleaseSource(SHARED_DATASETS).loadSplit(
      { path: 'truthfulqa/truthful_qa', name: 'multiple_choice' },
      'validation',
    );
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

// The original releases of these are not in ../shared yet; each check runs once its file is there.
const releaseCounts: [string, { path: string; name?: string }, string, number][] = [
  ['hellaswag/hellaswag_val.jsonl', { path: 'Rowan/hellaswag' }, 'validation', 10042],
  ['arc/ARC-Challenge/ARC-Challenge-Test.jsonl', { path: 'allenai/ai2_arc', name: 'ARC-Challenge' }, 'test', 1172],
  ['arc/ARC-Easy/ARC-Easy-Test.jsonl', { path: 'allenai/ai2_arc', name: 'ARC-Easy' }, 'test', 2376],
  ['winogrande/dev.jsonl', { path: 'allenai/winogrande', name: 'winogrande_xl' }, 'validation', 1267],
];
for (const [file, ref, split, count] of releaseCounts) {
  describe.skipIf(!hasSharedFile(file))(`real release ${file} (skipped: not present in ../shared/datasets)`, () => {
    it(`has ${count} rows`, async () => {
      expect((await new LocalReleaseSource(SHARED_DATASETS).loadSplit(ref, split)).rows).toHaveLength(count);
    });
  });
}

describe('LocalReleaseSource input checks', () => {
  it('reports malformed JSON Lines with the file and line', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ftbench-bad-'));
    mkdirSync(path.join(dataDir, 'winogrande'));
    writeFileSync(path.join(dataDir, 'winogrande/dev.jsonl'), '{"sentence": "A _ b.", "option1": "x", "option2": "y", "answer": "1"}\n{oops\n');
    await expect(
      new LocalReleaseSource(dataDir).loadSplit({ path: 'allenai/winogrande', name: 'winogrande_xl' }, 'validation'),
    ).rejects.toThrow(/dev\.jsonl line 2: invalid JSON/);
  });
});
