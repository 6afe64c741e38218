import { describe, expect, it } from 'vitest';
import { formatGateTarget, formatTaskRef, parseGateTarget, parseTaskRef, suiteTaskName } from '../src/task-ref.js';

describe('task references', () => {
  it('tell a suite location from a registered task, and write both back as given', () => {
    for (const text of ['mmlu', 'suite:suites/pharmacy.jsonl', 'suite:hf://org/evals/legal.jsonl', 'suite:/abs/path/x.jsonl']) {
      expect(formatTaskRef(parseTaskRef(text))).toBe(text);
    }
    expect(parseTaskRef('arc_easy')).toEqual({ kind: 'registered', name: 'arc_easy' });
    expect(parseTaskRef('suite:a/b.jsonl')).toEqual({ kind: 'suite', location: 'a/b.jsonl' });
  });

  it('split a gate target into the task and its category at the first slash', () => {
    expect(parseGateTarget('mmlu')).toEqual({ task: 'mmlu' });
    expect(parseGateTarget(suiteTaskName('pharmacy'))).toEqual({ task: 'suite:pharmacy' });
    expect(parseGateTarget('suite:pharmacy/dosing/adults')).toEqual({ task: 'suite:pharmacy', category: 'dosing/adults' });
    expect(formatGateTarget({ task: 'suite:pharmacy', category: 'dosing' })).toBe('suite:pharmacy/dosing');
    expect(parseGateTarget('mt_bench/writing')).toEqual({ task: 'mt_bench', category: 'writing' });
    expect(formatGateTarget({ task: 'mt_bench', category: 'writing' })).toBe('mt_bench/writing');
  });
});
