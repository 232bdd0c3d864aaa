import { and, eq, inArray, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { prepared, preparedSql } from "../../db/prepared.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { memberships } from "../memberships/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { standingOf } from "../organizations/service.ts";
import { ballotCount } from "./ballots.ts";
import { type Call, districtsOf, findCall, findCallById } from "./calls.ts";
import { accountability } from "./grants.ts";
import { t } from "./messages.ts";
import { canPayGrants, canReview, canRunCalls, isTeam } from "./policy.ts";
import { findProject, type Project, projectsOf } from "./projects.ts";
import { pbSupports } from "./schema.ts";
import { callView, grantView, projectView } from "./views.ts";

export async function readCall(db: Executor, call: Call, viewer: Actor | null) {
  const [org] = await db.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, call.organizationId));
  const standing = await standingOf(db, call.organizationId, viewer);
  const can = { run: canRunCalls(viewer, standing), review: canReview(viewer, standing), pay: canPayGrants(viewer, standing) };
  return callView(call, org?.slug ?? "", await districtsOf(db, call.id), await ballotCount(db, call.id), can);
}

/** Projects with the names they point to, in one round of look-ups for the whole list. */
async function withNames(db: Executor, call: Call, projects: Project[], viewer: Actor | null) {
  const ids = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const [districts, authors, orgs, made, supported] = await Promise.all([
    districtsOf(db, call.id),
    ids(projects.map((p) => p.authorId)).length
      ? db
          .select({ id: people.id, handle: people.handle, name: people.name })
          .from(people)
          .where(inArray(people.id, ids(projects.map((p) => p.authorId))))
      : [],
    ids(projects.map((p) => p.organizationId)).length
      ? db
          .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
          .from(organizations)
          .where(inArray(organizations.id, ids(projects.map((p) => p.organizationId))))
      : [],
    ids(projects.map((p) => p.commonsId)).length
      ? db
          .select({ id: commons.id, slug: commons.slug })
          .from(commons)
          .where(inArray(commons.id, ids(projects.map((p) => p.commonsId))))
      : [],
    viewer && projects.length
      ? db
          .select({ id: pbSupports.projectId })
          .from(pbSupports)
          .where(
            and(
              eq(pbSupports.personId, viewer.id),
              inArray(
                pbSupports.projectId,
                projects.map((p) => p.id),
              ),
            ),
          )
      : [],
  ]);
  const mine = new Set(supported.map((s) => s.id));
  return projects.map((p) => {
    const author = authors.find((a) => a.id === p.authorId);
    const org = orgs.find((o) => o.id === p.organizationId);
    return projectView(p, {
      call: call.slug,
      district: districts.find((d) => d.id === p.districtId)?.name ?? null,
      commons: made.find((c) => c.id === p.commonsId)?.slug ?? null,
      author: author ? { handle: author.handle, name: author.name } : null,
      organization: org ? { slug: org.slug, name: org.name } : null,
      supported: mine.has(p.id),
    });
  });
}

export async function readProjects(db: Executor, slug: string, viewer: Actor | null) {
  const call = await findCall(db, slug);
  return { items: await withNames(db, call, await projectsOf(db, call.id), viewer) };
}

export async function readProject(db: Executor, id: string, viewer: Actor | null) {
  const project = await findProject(db, id);
  const call = await findCallById(db, project.callId);
  const [view] = await withNames(db, call, [project], viewer);
  return view!;
}

/**
 * A call's results page as PostgreSQL writes it: the stored results and their explanations (tens of KB
 * of JSON) go out as the text the database built, never parsed into objects and written out again by
 * Node (2 ms of the server's CPU per request). Its shape is ResultsSchema; null when there is no such call.
 */
const resultsStatement = () => sql`
  select json_build_object('call', c.slug, 'results', coalesce((
    select json_agg(json_build_object(
      'rule', r.rule,
      'official', r.official,
      'winners', (select coalesce(json_agg(p.number order by w.ord), '[]') from unnest(r.winners) with ordinality w(id, ord) join pb_projects p on p.id = w.id),
      'cost', r.cost::text,
      'ballots', r.ballots,
      'explanation', r.explanation,
      'computedAt', to_char(r.computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    ) order by r.official desc, r.rule)
    from pb_results r where r.call_id = c.id), '[]'))::text as body
  from pb_calls c where c.slug = ${sql.placeholder("slug")}`;

/** When a call's results were last computed (null before voting closes): what the page's text depends on. */
const versionStatement = () => sql`
  select (select max(r.computed_at) from pb_results r where r.call_id = c.id)::text as version
  from pb_calls c where c.slug = ${sql.placeholder("slug")}`;

/**
 * Pages written, by call (per database handle): results change only when they are computed again (a new computed_at), and a
 * project's number never changes, so a page is served again while its version is the current one. Each
 * request still asks the database for the version (one indexed read), so every process serves a
 * recomputation as soon as it commits.
 */
const pagesOf = (db: Executor) =>
  prepared(db, "pb_results_pages", () => new LRUCache<string, { version: string; body: string }>({ max: 200 }));

export async function resultsJson(db: Executor, slug: string): Promise<string> {
  const [current] = await preparedSql<{ version: string | null }>(db, "pb_results_version", versionStatement).execute({ slug });
  if (!current) throw AppError.notFound(t("call"));
  const pages = pagesOf(db);
  const kept = pages.get(slug);
  if (kept && current.version !== null && kept.version === current.version) return kept.body;
  const [row] = await preparedSql<{ body: string }>(db, "pb_results_json", resultsStatement).execute({ slug });
  if (!row) throw AppError.notFound(t("call"));
  if (current.version !== null) pages.set(slug, { version: current.version, body: row.body });
  return row.body;
}

export async function readAccountability(db: Executor, slug: string, viewer: Actor | null) {
  const call = await findCall(db, slug);
  const grants = await accountability(db, call.id);
  const teams = new Set(
    viewer
      ? (
          await db
            .select({ id: memberships.organizationId })
            .from(memberships)
            .where(and(eq(memberships.personId, viewer.id), eq(memberships.status, "active")))
        ).map((m) => m.id)
      : [],
  );
  const commonsIds = grants.map((g) => g.project.commonsId).filter((x): x is string => !!x);
  const made = commonsIds.length
    ? await db.select({ id: commons.id, slug: commons.slug }).from(commons).where(inArray(commons.id, commonsIds))
    : [];
  const onTeam = (g: (typeof grants)[number]) =>
    isTeam(
      viewer,
      g.project.authorId,
      g.grant.recipientOrganizationId && teams.has(g.grant.recipientOrganizationId) ? { role: "member", status: "active" } : null,
    );
  const views = grants.map((g) => grantView(g, made.find((c) => c.id === g.project.commonsId)?.slug ?? null, onTeam(g)));
  const sum = (xs: string[]) => String(xs.reduce((s, x) => s + BigInt(x), 0n));
  return {
    call: call.slug,
    currency: call.currency,
    granted: sum(views.map((v) => v.amount)),
    paid: sum(views.map((v) => v.paid)),
    grants: views,
  };
}
