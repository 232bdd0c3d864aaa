/** How a long backup or restore shows how far it has got; tests pass the silent one. */
export interface ProgressReporter {
  begin(table: string, total: number): void;
  update(done: number): void;
  end(): void;
}

export const silentProgress: ProgressReporter = { begin() {}, update() {}, end() {} };

interface Output {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR = 24;
const fmt = (n: number) => n.toLocaleString("en-US");

/**
 * On a terminal, one bar per table that redraws in place; elsewhere (logs, cron mail) a
 * line when a table is done and, for long tables, one every `intervalMs` meanwhile.
 */
export function streamProgress(verb: string, out: Output = process.stderr, opts: { intervalMs?: number } = {}): ProgressReporter {
  const interval = opts.intervalMs ?? (out.isTTY ? 100 : 10_000);
  let table = "";
  let total = 0;
  let done = 0;
  let lastDraw = 0;
  const line = () => `${verb} ${table}: ${fmt(done)}/${fmt(total)} rows`;
  const draw = () => {
    const filled = total ? Math.round((BAR * done) / total) : BAR;
    const text = `${verb} ${table} [${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${fmt(done)}/${fmt(total)}`;
    out.write(`\r${text.slice(0, (out.columns ?? 120) - 1)}\x1b[K`);
  };
  return {
    begin(name, rows) {
      table = name;
      total = rows;
      done = 0;
      lastDraw = Date.now();
      if (out.isTTY) draw();
    },
    update(rows) {
      done = rows;
      if (Date.now() - lastDraw < interval) return;
      lastDraw = Date.now();
      if (out.isTTY) draw();
      else out.write(`${line()}\n`);
    },
    end() {
      if (out.isTTY) {
        draw();
        out.write("\n");
      } else out.write(`${line()}\n`);
    },
  };
}
