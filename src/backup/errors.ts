/** A refusal or failure the person running the command can act on; its message is one line, with no stack. */
export class BackupError extends Error {
  override name = "BackupError";
}
