/**
 * A mistake the user can fix (bad path, unknown task, malformed suite...).
 * The CLI prints `message` (and `hint`) without a stack trace and exits non-zero;
 * anything that is not an FtbenchError is a bug and keeps its stack.
 */
export class FtbenchError extends Error {
  constructor(
    message: string,
    /** What to do about it, e.g. "pass --data-dir pointing at ...". */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'FtbenchError';
  }
}
