/**
 * The machine's limit: the smallest Hono + pg endpoint doing the same kind of work as a read
 * (one indexed query, JSON out), with a pool the size of the server's default (DB_POOL_SIZE=10).
 * Started by run.ts as a child process: DATABASE_URL and PORT come from the environment.
 *
 * `POST /join/:org/:person` is the write's limit, for information: the same two rows a join
 * writes (membership + activity), in one statement, without authentication or checks.
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

app.post("/join/:org/:person", async (c) => {
  const { rows } = await pool.query(
    `with m as (
       insert into memberships (organization_id, person_id, status) values ($1, $2, 'active') returning id, role, status
     ), a as (
       insert into activities (actor_id, verb, object_type, object_id, target_type, target_id, organization_id, data)
       select $2, 'membership.joined', 'membership', m.id, 'organization', $1, $1, jsonb_build_object('role', m.role) from m
     )
     select * from m`,
    [c.req.param("org"), c.req.param("person")],
  );
  return c.json(rows[0], 201);
});

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3999), hostname: "127.0.0.1" });
const stop = () => {
  server.close(() => void pool.end().finally(() => process.exit(0)));
  // Keep-alive connections from the load generator would otherwise hold close() open.
  if ("closeAllConnections" in server) server.closeAllConnections();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
