import { describe, expect, it } from 'vitest';
import { assertPinsApply, parseRevisionPins, pinnedDataset } from '../../src/data/hub/pins.js';
import { FtbenchError } from '../../src/errors.js';
import type { TaskDefinition } from '../../src/tasks/types.js';

const task = (name: string, path: string, dataName?: string) => ({ name, dataset: { path, name: dataName } }) as TaskDefinition;
const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('--dataset-revision pins', () => {
  it('parses repeated and comma-separated KEY=REVISION pairs', () => {
    expect(parseRevisionPins(['cais/mmlu=v1.0, arc_easy=' + SHA, 'hellaswag=refs/convert/parquet'])).toEqual({
      'cais/mmlu': 'v1.0',
      arc_easy: SHA,
      hellaswag: 'refs/convert/parquet',
    });
  });

  it.each(['cais/mmlu', '=main', 'arc_easy='])('rejects "%s"', (value) => {
    expect(() => parseRevisionPins([value])).toThrow(FtbenchError);
  });

  it('rejects two different revisions for one key', () => {
    expect(() => parseRevisionPins(['arc_easy=a', 'arc_easy=b'])).toThrow('--dataset-revision pins arc_easy twice (a and b).');
  });

  it('gives a task its own pin before its dataset pin', () => {
    const pins = { 'cais/mmlu': 'v2', mmlu_anatomy: 'v1' };
    expect(pinnedDataset(task('mmlu_anatomy', 'cais/mmlu', 'anatomy'), pins)).toEqual({ path: 'cais/mmlu', name: 'anatomy', revision: 'v1' });
    expect(pinnedDataset(task('mmlu_virology', 'cais/mmlu', 'virology'), pins)).toEqual({ path: 'cais/mmlu', name: 'virology', revision: 'v2' });
    expect(pinnedDataset(task('arc_easy', 'allenai/ai2_arc', 'ARC-Easy'), pins)).toEqual({ path: 'allenai/ai2_arc', name: 'ARC-Easy' });
  });

  it('refuses a pin that matches no selected task', () => {
    const tasks = [task('arc_easy', 'allenai/ai2_arc', 'ARC-Easy')];
    expect(() => assertPinsApply({ arc_easy: 'x', 'allenai/ai2_arc': 'y' }, tasks)).not.toThrow();
    expect(() => assertPinsApply({ 'cais/mmlu': 'x' }, tasks)).toThrow('--dataset-revision names cais/mmlu, which is neither a selected task nor its dataset.');
  });
});
