/**
 * The machine's limit: the smallest Hono + pg endpoint doing the same kind of work as a read
 * (one indexed query, JSON out), with a pool the size of the server's default (DB_POOL_SIZE=10).
 * Started by run.ts as a child process: DATABASE_URL and PORT come from the environment.
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("error", () => {});

const app = new Hono();
app.get("/org/:id", async (c) => {
  const { rows } = await pool.query("select * from organizations where id = $1", [c.req.param("id")]);
  return rows[0] ? c.json(rows[0]) : c.json({ error: "not found" }, 404);
});

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3999), hostname: "127.0.0.1" });
const stop = () => {
  server.close(() => void pool.end().finally(() => process.exit(0)));
  // Keep-alive connections from the load generator would otherwise hold close() open.
  if ("closeAllConnections" in server) server.closeAllConnections();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
