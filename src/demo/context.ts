import type { ReplayClock } from "../db/replay.ts";
import type { Db } from "../db/types.ts";
import type { Actor } from "../http/env.ts";

/**
 * What steps share: the transaction the world loads in, the clock of the story it replays (each
 * step starts at its own date and lets time pass between what people do), the people created so
 * far, and the ids of things a later step refers to (a proposal it comments on, a need it links to).
 */
export interface DemoContext {
  db: Db;
  clock: ReplayClock;
  people: Map<string, Actor>;
  ids: Map<string, string>;
}

/**
 * One part of the world. Each step acts only through the services, as the people
 * involved would, so every change writes its activity row. Later modules append steps.
 * `from` is the day the step's part of the story begins.
 */
export interface DemoStep {
  name: string;
  from: string | "present";
  run(ctx: DemoContext): Promise<void>;
}

export function actor(ctx: DemoContext, handle: string): Actor {
  const a = ctx.people.get(handle);
  if (!a) throw new Error(`demo data names @${handle}, who is not among the demo people`);
  return a;
}

/** An id an earlier step remembered under `key`. */
export function idOf(ctx: DemoContext, key: string): string {
  const id = ctx.ids.get(key);
  if (!id) throw new Error(`demo data refers to "${key}", which no earlier step created`);
  return id;
}
