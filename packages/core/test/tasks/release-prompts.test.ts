/**
 * HellaSwag, ARC and Winogrande prompts on small release-format fixtures (see ../data/release-fixtures.ts), where
 * the expected strings are written by hand from lm-eval's task definitions; then ARC and Winogrande on the real
 * releases in ../shared against the exact requests lm-eval itself builds. The few-shot orders come from
 * CPython 3.11.7 run here:
 *   r = random.Random(1234); [r.sample(range(6), 3) for _ in range(2)]  -> [[3, 0, 4], [0, 4, 5]]   (hellaswag, k=2, draws k+1)
 *   r = random.Random(1234); [r.sample(range(5), 2) for _ in range(3)]  -> [[3, 0], [0, 4], [4, 0]]  (arc, k=2, draws k)
 *   r = random.Random(1234); [r.sample(range(5), 2) for _ in range(2)]  -> [[3, 0], [0, 4]]          (winogrande, k=1, draws k+1)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalReleaseSource } from '../../src/data/local-release.js';
import { buildDocRequests, type DocRequests } from '../../src/tasks/prompt.js';
import { loadTaskRegistry, type TaskRegistry } from '../../src/tasks/registry.js';
import { evaluationSplit, fewshotSplit } from '../../src/tasks/splits.js';
import { writeReleaseFixtures } from '../data/release-fixtures.js';
import { describeWithShared, sharedDatasets } from '../paths.js';

let registry: TaskRegistry;
let source: LocalReleaseSource;
beforeAll(async () => {
  registry = await loadTaskRegistry();
  source = new LocalReleaseSource(writeReleaseFixtures());
});

async function build(taskName: string, numFewshot: number, limit?: number): Promise<DocRequests[]> {
  const task = registry.getTask(taskName);
  const evalRows = (await source.loadSplit(task.dataset, evaluationSplit(task))).rows;
  const fewshotRows = numFewshot > 0 ? (await source.loadSplit(task.dataset, fewshotSplit(task))).rows : [];
  return buildDocRequests(task, evalRows, fewshotRows, numFewshot, { limit });
}

const contexts = (doc: DocRequests) => doc.requests.map((request) => request.context);
const continuations = (doc: DocRequests) => doc.requests.map((request) => request.continuation);

describe('hellaswag', () => {
  const LEMONADE = 'Making a lemonade: A woman cuts lemons in half on a wooden board. She squeezes the halves into a pitcher';
  const GRILL = 'Home and Garden: How to clean a grill. Heat the grill. Turn the burners to high for fifteen minutes.';

  it('0-shot: capitalize() lowercases the rest of ctx_b; brackets go, non-greedily; double spaces collapse once', async () => {
    const [lemonade, grill] = await build('hellaswag', 0);
    expect(contexts(lemonade)).toEqual([LEMONADE, LEMONADE, LEMONADE, LEMONADE]);
    expect(continuations(lemonade)).toEqual([
      ' and stirs in sugar with a long spoon.',
      ' then throws the pitcher of the window.',
      ' while the man plays a guitar.',
      ' and takes a bite of the cake.',
    ]);
    expect(lemonade.gold).toBe(0);
    // " [title]" becomes ". "; an ending keeps the space left where its leading tag was (strip runs first);
    // a triple space becomes a double one, as Python's single-pass replace("  ", " ") leaves it.
    expect(contexts(grill)[0]).toBe(GRILL);
    expect(continuations(grill)).toEqual([
      '  This loosens grease and food residue.',
      '  Paint the grill red. Use a brush.',
      ' Buy a new  grill.',
      '  Call a friend to eat.',
    ]);
  });

  it('2-shot from train with the seeded sampler: docs 3, 0 then 0, 4', async () => {
    const [lemonade, grill] = await build('hellaswag', 2);
    const walking = "Walking the dog: A woman clips a leash to a dog's collar. They walk down the street together.\n\n";
    const washing = 'Washing dishes: A boy stands at the sink. He turns on the tap.\n\n';
    const baking = 'Baking cookies: A child mixes flour and butter in a bowl. The child adds chocolate chips to the dough.\n\n';
    expect(contexts(lemonade)[0]).toBe(walking + washing + LEMONADE);
    expect(contexts(grill)[0]).toBe(washing + baking + GRILL);
  });
});

describe('arc_challenge', () => {
  it('0-shot with numeric answer labels: the gold is the position of answerKey "3" among "1".."4"', async () => {
    const [, lengthUnit] = await build('arc_challenge', 0);
    expect(contexts(lengthUnit)[0]).toBe('Question: Which unit is used to measure length?\nAnswer:');
    expect(continuations(lengthUnit)).toEqual([' liter', ' gram', ' meter', ' second']);
    expect(lengthUnit.gold).toBe(2);
  });

  it('2-shot from train with the seeded sampler (k draws: test_split is set): docs 3, 0 / 0, 4 / 4, 0', async () => {
    const docs = await build('arc_challenge', 2);
    const balance = 'Question: Which tool measures mass?\nAnswer: a balance\n\n';
    const plants = 'Question: Which gas do plants take in from the air?\nAnswer: carbon dioxide\n\n';
    const bees = 'Question: What do bees make?\nAnswer: honey\n\n';
    expect(docs.map((doc) => contexts(doc)[0])).toEqual([
      balance + plants + 'Question: A student mixes baking soda and vinegar. Which observation shows a chemical change?\nAnswer:',
      plants + bees + 'Question: Which unit is used to measure length?\nAnswer:',
      bees + plants + 'Question: Which of these is a renewable resource?\nAnswer:',
    ]);
    expect(continuations(docs[2])).toEqual([' coal', ' oil', ' natural gas', ' wind', ' uranium']);
    expect(docs[2].gold).toBe(3);
  });
});

describe('winogrande (partial scoring)', () => {
  it('0-shot: each option fills the blank in the context, the rest of the sentence is the continuation', async () => {
    const [emma, nick] = await build('winogrande', 0);
    expect(emma.requests).toEqual([
      { context: 'Emma asked Olivia for directions because Emma', continuation: ' had never been to the city before.' },
      { context: 'Emma asked Olivia for directions because Olivia', continuation: ' had never been to the city before.' },
    ]);
    expect(emma.gold).toBe(0);
    expect(nick.gold).toBe(1);
  });

  it('1-shot: the example is the sentence completed with its correct option (docs 3 then 0)', async () => {
    const [emma, nick] = await build('winogrande', 1);
    const kevin = 'Kevin could not lift the box that Tom carried easily, since Kevin is weaker.\n\n';
    const trophy = "The trophy doesn't fit into the suitcase because the trophy is too large.\n\n";
    expect(contexts(emma)).toEqual([kevin + 'Emma asked Olivia for directions because Emma', kevin + 'Emma asked Olivia for directions because Olivia']);
    expect(contexts(nick)).toEqual([trophy + 'Nick thanked Jacob for the ride because Nick', trophy + 'Nick thanked Jacob for the ride because Jacob']);
    expect(continuations(nick)).toEqual([' had offered to drive him home.', ' had offered to drive him home.']);
  });
});

describe('few-shot prompts do not depend on --limit', () => {
  it.each(['arc_challenge', 'hellaswag', 'winogrande'])('%s: doc i is the same built alone with limit i+1 or with all docs', async (taskName) => {
    const all = await build(taskName, 2);
    for (let i = 0; i < all.length; i++) {
      const limited = await build(taskName, 2, i + 1);
      expect(limited).toHaveLength(i + 1);
      expect(limited[i]).toEqual(all[i]);
    }
  });
});

interface GoldenCase {
  task: string;
  num_fewshot: number;
  docs: { doc_id: number; gold: number; requests: { context: string; continuation: string }[] }[];
}

// The exact requests lm-evaluation-harness builds on the real releases, written by ../reference/lm_eval_release_prompts.py.
const golden: { generator: string; cases: GoldenCase[] } = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../reference/lm-eval-release-prompts.json'), 'utf8'),
);

describeWithShared(`lm-eval's exact prompts on the real releases (${golden.generator})`, ['datasets/arc', 'datasets/winogrande'], () => {
  const real = new LocalReleaseSource(sharedDatasets);

  it.each(golden.cases.map((c) => [c.task, c.num_fewshot, c] as const))('%s, %i-shot', async (taskName, numFewshot, expected) => {
    const task = registry.getTask(taskName);
    const evalRows = (await real.loadSplit(task.dataset, evaluationSplit(task))).rows;
    const fewshotRows = numFewshot > 0 ? (await real.loadSplit(task.dataset, fewshotSplit(task))).rows : [];
    const limit = Math.max(...expected.docs.map((doc) => doc.doc_id)) + 1;
    const docs = buildDocRequests(task, evalRows, fewshotRows, numFewshot, { limit });
    for (const doc of expected.docs) {
      expect(docs[doc.doc_id].requests, `doc ${doc.doc_id}`).toEqual(doc.requests);
      expect(docs[doc.doc_id].gold, `doc ${doc.doc_id}`).toBe(doc.gold);
    }
  });

  it('covers ARC docs with 3 and 5 choices and numeric labels, and few-shot counts of 25 and 5', () => {
    const arc = golden.cases.filter((c) => c.task.startsWith('arc_'));
    const choiceCounts = new Set(arc.flatMap((c) => c.docs.map((doc) => doc.requests.length)));
    expect([...choiceCounts].sort()).toEqual([3, 4, 5]);
    expect(golden.cases.map((c) => `${c.task}:${c.num_fewshot}`)).toEqual(
      expect.arrayContaining(['arc_easy:25', 'arc_challenge:25', 'winogrande:5', 'arc_easy:0', 'arc_challenge:0', 'winogrande:0']),
    );
  });
});
