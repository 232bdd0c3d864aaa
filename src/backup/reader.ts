import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { BackupError } from "./errors.ts";

function readFailure(file: string, err: unknown): BackupError {
  const code = (err as { code?: string }).code;
  if (code === "ENOENT") return new BackupError(`There is no file ${file}.`);
  if (code === "EISDIR") return new BackupError(`${file} is a directory, not a backup file.`);
  if (code === "Z_BUF_ERROR") return new BackupError(`${file} is truncated: it ends in the middle of its compressed data.`);
  if (code === "Z_DATA_ERROR") return new BackupError(`${file} is not a Triarchy backup: it is not gzip data, or it is corrupt.`);
  return new BackupError(`Cannot read ${file}: ${(err as Error).message}`);
}

/** The backup's lines, decompressed as they stream in, so a large backup never sits in memory whole. */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const size = await stat(file).then(
    (s) => s.size,
    (err) => {
      throw readFailure(file, err);
    },
  );
  if (size === 0) throw new BackupError(`${file} is empty: it is not a backup.`);
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on("error", (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  gunzip.setEncoding("utf8");
  let rest = "";
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      yield* lines;
    }
  } catch (err) {
    throw readFailure(file, err);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  // Every line the dump writes ends with a newline; anything after the last one was cut off.
  if (rest) throw new BackupError(`${file} is truncated: its last line is incomplete.`);
}
