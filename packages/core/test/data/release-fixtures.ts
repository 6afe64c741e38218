/**
 * Small invented rows in the original release formats of HellaSwag, ARC and Winogrande (whose real data
 * is not in ../shared), written to a temporary --data-dir.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function hellaswagRow(ind: number, split: string, activity: string, ctxA: string, ctxB: string, endings: string[], label: number) {
  return {
    ind,
    activity_label: activity,
    ctx_a: ctxA,
    ctx_b: ctxB,
    ctx: ctxB === '' ? ctxA : `${ctxA} ${ctxB}`,
    split,
    split_type: 'indomain',
    endings,
    source_id: `activitynet~v_fixture${ind}`,
    label,
  };
}

export const HELLASWAG_TRAIN = [
  hellaswagRow(
    0,
    'train',
    'Washing dishes',
    'A boy stands at the sink.',
    'he',
    ['turns on the tap.', 'eats a sandwich.', 'jumps on the bed.', 'reads a book.'],
    0,
  ),
  hellaswagRow(
    1,
    'train',
    'Playing guitar',
    'A man sits on a stool holding a guitar.',
    'he',
    ['strums the strings slowly.', 'throws the guitar away.', 'starts to cook pasta.', 'paints the wall.'],
    0,
  ),
  hellaswagRow(
    2,
    'train',
    'Brushing teeth',
    'A girl puts toothpaste on a brush.',
    'she',
    ['sings a song.', 'brushes her teeth carefully.', 'drives a car.', 'closes the window.'],
    1,
  ),
  hellaswagRow(
    3,
    'train',
    'Walking the dog',
    "A woman clips a leash to a dog's collar.",
    'they',
    ['fly a kite.', 'swim in a lake.', 'walk down the street together.', 'read the news.'],
    2,
  ),
  hellaswagRow(
    4,
    'train',
    'Baking cookies',
    'A child mixes flour and butter in a bowl.',
    'the child',
    ['sleeps.', 'runs outside.', 'paints a fence.', 'adds chocolate chips to the dough.'],
    3,
  ),
  hellaswagRow(
    5,
    'train',
    'Mowing the lawn',
    'A man pushes a mower across the yard.',
    'he',
    ['cooks dinner.', 'empties the grass bag.', 'swims.', 'sings.'],
    1,
  ),
];

export const HELLASWAG_VAL = [
  // ctx_b needs Python's capitalize(): first letter up, the rest down.
  hellaswagRow(
    10,
    'val',
    'Making a lemonade',
    'A woman cuts lemons in half on a wooden board.',
    'she SQUEEZES the halves into a pitcher',
    [
      'and stirs in sugar with a long spoon.',
      'then  throws the pitcher [out] of the window.',
      'while the man plays a guitar.',
      'and takes a bite of the cake.',
    ],
    0,
  ),
  // WikiHow-style artifacts: [title], [step], [substeps], an empty ctx_b, a triple space.
  hellaswagRow(
    11,
    'val',
    'Home and Garden',
    '[header] How to clean a grill [title] Heat the grill. [step] Turn the burners to high for fifteen minutes.',
    '',
    [
      '[substeps] This loosens grease and food residue.',
      '[title] Paint the grill red. [step] Use a brush.',
      'Buy a new   grill.',
      '[title] Call a friend [step] to eat.',
    ],
    0,
  ),
];

function arcRow(id: string, stem: string, labels: string[], texts: string[], answerKey: string) {
  return { id, question: { stem, choices: texts.map((text, i) => ({ text, label: labels[i] })) }, answerKey };
}
const ABCD = ['A', 'B', 'C', 'D'];

export const ARC_CHALLENGE_TRAIN = [
  arcRow('Mercury_7001', 'Which gas do plants take in from the air?', ABCD, ['oxygen', 'carbon dioxide', 'helium', 'neon'], 'B'),
  arcRow('Mercury_7002', 'What is the boiling point of water at sea level?', ABCD, ['50 °C', '100 °C', '150 °C', '200 °C'], 'B'),
  arcRow('Mercury_7003', 'Which planet is closest to the Sun?', ABCD, ['Venus', 'Earth', 'Mercury', 'Mars'], 'C'),
  arcRow('NYSEDREGENTS_7004', 'Which tool measures mass?', ['1', '2', '3', '4'], ['a ruler', 'a balance', 'a thermometer', 'a clock'], '2'),
  arcRow('Mercury_7005', 'What do bees make?', ABCD, ['honey', 'milk', 'silk', 'cotton'], 'A'),
];

export const ARC_CHALLENGE_TEST = [
  arcRow(
    'Mercury_9001',
    'A student mixes baking soda and vinegar. Which observation shows a chemical change?',
    ABCD,
    ['the mixture gets wet', 'bubbles of gas form', 'the cup is cold', 'the liquid is clear'],
    'B',
  ),
  arcRow('NYSEDREGENTS_9002', 'Which unit is used to measure length?', ['1', '2', '3', '4'], ['liter', 'gram', 'meter', 'second'], '3'),
  arcRow('Mercury_9003', 'Which of these is a renewable resource?', ['A', 'B', 'C', 'D', 'E'], ['coal', 'oil', 'natural gas', 'wind', 'uranium'], 'D'),
];

function winograndeRow(qID: string, sentence: string, option1: string, option2: string, answer: string) {
  return { qID, sentence, option1, option2, answer };
}

export const WINOGRANDE_TRAIN = [
  winograndeRow('fx-0', "The trophy doesn't fit into the suitcase because _ is too large.", 'the trophy', 'the suitcase', '1'),
  winograndeRow('fx-1', 'Sarah lent her umbrella to Maria because _ was going out in the rain.', 'Sarah', 'Maria', '2'),
  winograndeRow('fx-2', 'The cup fell off the shelf because _ was too close to the edge.', 'the cup', 'the shelf', '1'),
  winograndeRow('fx-3', 'Kevin could not lift the box that Tom carried easily, since _ is weaker.', 'Kevin', 'Tom', '1'),
  winograndeRow('fx-4', 'The ice melted faster than the butter because _ was in the sun.', 'the ice', 'the butter', '1'),
];

export const WINOGRANDE_DEV = [
  winograndeRow('fx-10', 'Emma asked Olivia for directions because _ had never been to the city before.', 'Emma', 'Olivia', '1'),
  winograndeRow('fx-11', 'Nick thanked Jacob for the ride because _ had offered to drive him home.', 'Nick', 'Jacob', '2'),
];

const jsonl = (rows: readonly object[]): string => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

/** A fresh --data-dir holding the fixtures in the release layout. */
export function writeReleaseFixtures(): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ftbench-release-'));
  const write = (relativePath: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dataDir, relativePath)), { recursive: true });
    writeFileSync(path.join(dataDir, relativePath), text);
  };
  write('hellaswag/hellaswag_train.jsonl', jsonl(HELLASWAG_TRAIN));
  write('hellaswag/hellaswag_val.jsonl', jsonl(HELLASWAG_VAL));
  write('arc/ARC-Challenge/ARC-Challenge-Train.jsonl', jsonl(ARC_CHALLENGE_TRAIN));
  write('arc/ARC-Challenge/ARC-Challenge-Test.jsonl', jsonl(ARC_CHALLENGE_TEST));
  write('winogrande/train_xl.jsonl', jsonl(WINOGRANDE_TRAIN));
  write('winogrande/dev.jsonl', jsonl(WINOGRANDE_DEV));
  return dataDir;
}
