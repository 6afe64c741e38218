/** Writes the openllm fixture release to a folder, for reference/lm_eval_openllm.py: `npx tsx write-openllm-release.ts` prints the folder. */
import { writeOpenllmRelease } from './openllm-release.js';

process.stdout.write(`${await writeOpenllmRelease()}\n`);
