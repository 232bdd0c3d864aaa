import { Command } from "commander";
import { requireSupportedNode } from "../../bin/require-node.mjs";

requireSupportedNode();

/**
 * Each command's module, loaded only when that command runs: the server's modules (and everything
 * they import) take seconds to load, which `ledger verify` or `backup` would otherwise pay at every
 * start. Help, and anything unknown, loads them all so commander can list and suggest every command.
 */
type Register = (program: Command) => void;
const serve = async (): Promise<Register> => (await import("./serve.ts")).registerServeCommands;
const backup = async (): Promise<Register> => (await import("./backup.ts")).registerBackupCommands;
const COMMANDS: Record<string, () => Promise<Register>> = {
  serve,
  migrate: serve,
  admin: async () => (await import("./admin.ts")).registerAdminCommands,
  demo: async () => (await import("./demo.ts")).registerDemoCommands,
  backup,
  restore: backup,
  ledger: async () => (await import("./ledger.ts")).registerLedgerCommands,
  import: async () => (await import("./import.ts")).registerImportCommands,
  mail: async () => (await import("./mail.ts")).registerMailCommands,
  pb: async () => (await import("./pb.ts")).registerPbCommands,
  federation: async () => (await import("./federation.ts")).registerFederationCommands,
};

const program = new Command()
  .name("triarchy")
  .description("Triarchy: the infrastructure of cooperation for commons-based peer production.")
  .showHelpAfterError();

const named = COMMANDS[process.argv[2] ?? ""];
// serve and migrate, backup and restore, share a module: each module registers once.
for (const load of named ? [named] : new Set(Object.values(COMMANDS))) (await load())(program);

await program.parseAsync(process.argv);
