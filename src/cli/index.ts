import { Command } from "commander";
import { requireSupportedNode } from "../../bin/require-node.mjs";

requireSupportedNode();

/**
 * Each command's module, loaded only when that command runs: the server's modules (and everything
 * they import) take seconds to load, which `ledger verify` or `backup` would otherwise pay at every
 * start. Help, and anything unknown, loads them all so commander can list and suggest every command.
 */
const COMMANDS: Record<string, () => Promise<{ register: (program: Command) => void }>> = {
  serve: async () => ({ register: (await import("./serve.ts")).registerServeCommands }),
  migrate: async () => ({ register: (await import("./serve.ts")).registerServeCommands }),
  admin: async () => ({ register: (await import("./admin.ts")).registerAdminCommands }),
  demo: async () => ({ register: (await import("./demo.ts")).registerDemoCommands }),
  backup: async () => ({ register: (await import("./backup.ts")).registerBackupCommands }),
  restore: async () => ({ register: (await import("./backup.ts")).registerBackupCommands }),
  ledger: async () => ({ register: (await import("./ledger.ts")).registerLedgerCommands }),
  import: async () => ({ register: (await import("./import.ts")).registerImportCommands }),
};

const program = new Command()
  .name("triarchy")
  .description("Triarchy: the infrastructure of cooperation for commons-based peer production.")
  .showHelpAfterError();

const named = COMMANDS[process.argv[2] ?? ""];
const loaders = named ? [named] : [...new Set(Object.values(COMMANDS))];
const registered = new Set<unknown>();
for (const load of loaders) {
  const { register } = await load();
  if (registered.has(register)) continue;
  registered.add(register);
  register(program);
}

await program.parseAsync(process.argv);
