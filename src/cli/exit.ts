// How a command stops on a failure: kept apart from context.ts, which loads the database drivers, so a
// command that opens no database (`pb winners`) can use them without loading those.

/** CLI failures print one clear line, not a stack. */
export function fail(message: string): never {
  process.stderr.write(`triarchy: ${message}\n`);
  process.exit(1);
}

/** A command that cannot start as asked (a missing setting, a malformed argument): exit 2, as for other usage errors, so scripts tell it from a failure. */
export function refuse(message: string): never {
  process.stderr.write(`triarchy: ${message}\n`);
  process.exit(2);
}
