import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { type RunningServer, startServer } from "../server.ts";
import { createTestDatabase } from "../test/database.ts";

/**
 * Over a real socket: a request whose body the server answers without reading (a refusal) must not
 * cost the client its kept-alive connection, or the next request on it fails.
 */
let server: RunningServer;
beforeAll(async () => {
  const database = await createTestDatabase();
  server = await startServer(loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent", PORT: "0", HOST: "127.0.0.1" }), { database });
});
afterAll(async () => {
  await server?.close();
  await server?.database.close();
});

interface Answer {
  status: number;
  connection: string | undefined;
  socket: unknown;
}

function send(agent: Agent, method: string, path: string, body?: { type: string; data: Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${server.url}${path}`,
      { method, agent, headers: body ? { "content-type": body.type, "content-length": String(body.data.length) } : {} },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, socket: req.socket }));
      },
    );
    req.on("error", reject);
    req.end(body?.data);
  });
}

describe("a kept-alive connection", () => {
  it("survives requests whose bodies the server refuses unread: each follow-up on it is answered", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const unread = [
      { path: "/api/organizations", body: { type: "text/plain", data: Buffer.alloc(200_000, "a") } }, // 415 before reading
      { path: "/api/no-such-route", body: { type: "application/json", data: Buffer.from(`{"a":"${"b".repeat(100_000)}"}`) } }, // 404
      { path: "/api/organizations", body: { type: "application/json", data: Buffer.alloc(2_000_000, " ") } }, // 413, over the limit
    ];
    const failures: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { path, body } = unread[i % unread.length] as (typeof unread)[number];
      const first = await send(agent, "POST", path, body).catch((e: Error) => e);
      const next = await send(agent, "GET", "/api/instance").catch((e: Error) => e);
      if (first instanceof Error) failures.push(`${path}: ${first.message}`);
      if (next instanceof Error) failures.push(`follow-up after ${path}: ${next.message}`);
      else if (next.status !== 200) failures.push(`follow-up after ${path}: ${next.status}`);
    }
    agent.destroy();
    expect(failures).toEqual([]);
  });

  it("is kept after a POST that has no body at all (no Content-Length, not chunked)", async () => {
    // Written by hand: Node's own client would add a Content-Length of 0.
    const { port } = new URL(server.url);
    const socket = connect(Number(port), "127.0.0.1");
    const received: string[] = [];
    socket.on("data", (d) => received.push(d.toString()));
    const answers = () => received.join("").match(/HTTP\/1\.1 \d{3}/g) ?? [];
    socket.write("POST /api/organizations/no-such-org/join HTTP/1.1\r\nHost: x\r\n\r\n");
    await expect.poll(() => answers().length).toBe(1);
    expect(received.join("")).not.toMatch(/connection: close/i);
    socket.write("GET /api/instance HTTP/1.1\r\nHost: x\r\n\r\n");
    await expect.poll(() => answers()).toEqual(["HTTP/1.1 401", "HTTP/1.1 200"]);
    socket.destroy();
  });
});
