import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine } from '../../src/progress.js';

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { sink: { isTTY, write: (text: string) => void writes.push(text) }, writes };
}

describe('progress', () => {
  it('states done/total, percentage, rate and ETA', () => {
    expect(progressLine('scoring', 250, 1000, 10, 'req')).toBe('scoring 250/1000 (25.0%) 25.0 req/s ETA 30s');
    expect(formatDuration(3725)).toBe('1h02m');
    expect(formatDuration(75)).toBe('1m15s');
  });

  it('redraws one line on a terminal', () => {
    const { sink, writes } = recorder(true);
    let clock = 0;
    const progress = createProgress('scoring', 4, { sink, now: () => clock });
    for (let done = 1; done <= 4; done++) {
      clock += 1;
      progress.update(done);
    }
    progress.finish();
    expect(writes).toHaveLength(5);
    expect(writes.every((w) => w.startsWith('\r\x1b[2K'))).toBe(true);
    expect(writes[4]).toContain('scoring 4/4 (100.0%) 1.0 req/s ETA 0s in 4s\n');
  });

  it('prints a plain line per 10 % (or 30 s) in CI logs', () => {
    const { sink, writes } = recorder(false);
    let clock = 0;
    const progress = createProgress('scoring', 1000, { sink, now: () => clock });
    for (let done = 1; done <= 1000; done++) {
      clock += 0.01;
      progress.update(done);
    }
    progress.finish();
    // 100, 200, ... 900 (the 100 % line is the final summary)
    expect(writes).toHaveLength(10);
    expect(writes[0]).toMatch(/^scoring 100\/1000 \(10\.0%\)/);
    expect(writes.every((w) => !w.includes('\r'))).toBe(true);
  });
});
