import type { Command } from "commander";
import { AppError } from "../http/errors.ts";
import { NewPersonInput } from "../modules/accounts/inputs.ts";
import { createAdmin } from "../modules/instance/service.ts";
import { english } from "../text/messages.ts";
import { fail, withDatabase } from "./context.ts";

export function registerAdminCommands(program: Command) {
  const admin = program.command("admin").description("Instance administration");
  admin
    .command("create")
    .description("Create an instance admin (the password is read from TRIARCHY_ADMIN_PASSWORD or --password)")
    .requiredOption("--handle <handle>", "their handle")
    .requiredOption("--email <email>", "their email")
    .option("--name <name>", "their display name")
    .option("--password <password>", "their password (prefer TRIARCHY_ADMIN_PASSWORD, which stays out of shell history)")
    .action(async (opts: { handle: string; email: string; name?: string; password?: string }) => {
      const parsed = NewPersonInput.safeParse({
        handle: opts.handle,
        email: opts.email,
        name: opts.name ?? opts.handle,
        password: opts.password ?? process.env.TRIARCHY_ADMIN_PASSWORD ?? "",
      });
      if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      await withDatabase(async (database) => {
        try {
          const person = await createAdmin(database.db, parsed.data);
          process.stdout.write(`Created admin @${person.handle}.\n`);
        } catch (err) {
          if (err instanceof AppError) fail(err.errors[0] ? english(err.errors[0].message) : err.message);
          throw err;
        }
      });
    });
}
