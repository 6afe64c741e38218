import { FtbenchError } from '@ftbench/core';

/** A user mistake prints its message and hint; anything else is a bug and keeps its stack. */
export function failureMessage(error: unknown): string {
  if (error instanceof FtbenchError) return error.hint ? `${error.message}\n${error.hint}` : error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
