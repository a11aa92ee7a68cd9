/** An error the user can act on: printed as one line `candor: <message>`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The message of anything thrown, on one line. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\r?\n\s*/g, ' ').trim();
}
