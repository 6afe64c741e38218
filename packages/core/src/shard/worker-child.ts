/** One worker of `evaluateOnWorkers`: scores its shard on its device and sends the results back. */
import { FtbenchError } from '../errors.js';
import { evaluate } from '../evaluator.js';
import type { WorkerReply, WorkerTask } from './workers.js';

function reply(message: WorkerReply): void {
  process.send?.(message, () => process.disconnect());
}

process.once('message', (task: WorkerTask) => {
  evaluate({ ...task.options, shard: task.shard, device: task.device, progress: false, onWarning: task.warn ? undefined : () => {} }).then(
    ({ results }) => reply({ ok: true, results }),
    (error: unknown) => {
      if (error instanceof FtbenchError) reply({ ok: false, message: error.message, hint: error.hint });
      else reply({ ok: false, bug: true, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    },
  );
});
