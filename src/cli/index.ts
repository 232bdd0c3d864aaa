import { Command } from "commander";
import { requireSupportedNode } from "../../bin/require-node.mjs";
import { registerAdminCommands } from "./admin.ts";
import { registerBackupCommands } from "./backup.ts";
import { registerDemoCommands } from "./demo.ts";
import { registerImportCommands } from "./import.ts";
import { registerLedgerCommands } from "./ledger.ts";
import { registerServeCommands } from "./serve.ts";

requireSupportedNode();

const program = new Command()
  .name("triarchy")
  .description("Triarchy: the infrastructure of cooperation for commons-based peer production.")
  .showHelpAfterError();

registerServeCommands(program);
registerAdminCommands(program);
registerDemoCommands(program);
registerBackupCommands(program);
registerLedgerCommands(program);
registerImportCommands(program);

await program.parseAsync(process.argv);
