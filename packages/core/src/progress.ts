/**
 * Progress for long scoring runs: a live line (done/total, rate, ETA) on a terminal, and in
 * CI logs a plain line every 10 % or 30 s so the log shows life without flooding.
 */
export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): void;
}

export interface Progress {
  update(done: number): void;
  finish(): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function progressLine(label: string, done: number, total: number, elapsedSeconds: number, unit: string): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  const pct = total > 0 ? ((100 * done) / total).toFixed(1) : '100.0';
  return `${label} ${done}/${total} (${pct}%) ${rate.toFixed(1)} ${unit}/s ETA ${done >= total ? '0s' : formatDuration(eta)}`;
}

export function createProgress(label: string, total: number, opts: { sink?: ProgressSink; unit?: string; now?: () => number } = {}): Progress {
  const sink = opts.sink ?? process.stderr;
  const now = opts.now ?? (() => performance.now() / 1000);
  const unit = opts.unit ?? 'req';
  const start = now();
  let lastPrintedAt = start;
  let lastDecile = 0;
  let lastDone = 0;
  const line = (done: number) => progressLine(label, done, total, now() - start, unit);
  return {
    update(done) {
      lastDone = done;
      if (sink.isTTY) {
        sink.write(`\r\x1b[2K${line(done)}`);
        return;
      }
      const decile = Math.floor((10 * done) / Math.max(total, 1));
      if (decile > lastDecile || now() - lastPrintedAt >= 30) {
        lastDecile = decile;
        lastPrintedAt = now();
        if (done < total) sink.write(`${line(done)}\n`);
      }
    },
    finish() {
      sink.write(`${sink.isTTY ? '\r\x1b[2K' : ''}${line(Math.max(lastDone, total))} in ${formatDuration(now() - start)}\n`);
    },
  };
}
