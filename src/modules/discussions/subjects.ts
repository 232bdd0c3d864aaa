import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { pbCalls, pbProjects } from "../budgeting/schema.ts";
import { commons } from "../commons/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { proposals } from "../decisions/schema.ts";
import { documents } from "../documents/schema.ts";
import { needs } from "../needs/schema.ts";
import type { SubjectType } from "./inputs.ts";
import { t } from "./messages.ts";

/** What a thread is about, and where it belongs: the scope stored on the thread, and who moderates it. */
export interface Subject {
  title: string;
  commonsId: string | null;
  organizationId: string | null;
  moderatorOrgId: string;
}

function lookup(db: Executor, type: SubjectType, id: string) {
  switch (type) {
    case "commons":
      return db
        .select({ title: commons.title, commonsId: commons.id, organizationId: sql<null>`null`, moderatorOrgId: commons.communityId })
        .from(commons)
        .where(eq(commons.id, id));
    case "document":
      return db
        .select({ title: documents.title, commonsId: commons.id, organizationId: sql<null>`null`, moderatorOrgId: commons.communityId })
        .from(documents)
        .innerJoin(commons, eq(commons.id, documents.commonsId))
        .where(eq(documents.id, id));
    case "contribution":
      return db
        .select({ title: contributions.title, commonsId: commons.id, organizationId: sql<null>`null`, moderatorOrgId: commons.communityId })
        .from(contributions)
        .innerJoin(commons, eq(commons.id, contributions.commonsId))
        .where(eq(contributions.id, id));
    case "need":
      return db
        .select({
          title: needs.title,
          commonsId: needs.commonsId,
          organizationId: needs.organizationId,
          moderatorOrgId: sql<string>`coalesce(${commons.communityId}, ${needs.organizationId})`,
        })
        .from(needs)
        .leftJoin(commons, eq(commons.id, needs.commonsId))
        .where(eq(needs.id, id));
    case "proposal":
      return db
        .select({
          title: proposals.title,
          commonsId: sql<null>`null`,
          organizationId: proposals.organizationId,
          moderatorOrgId: proposals.organizationId,
        })
        .from(proposals)
        .where(eq(proposals.id, id));
    case "pb_project":
      // Public like everything in a participatory budget; the public body's stewards and maintainers moderate.
      // The project's row lock queues two first comments, so they share one thread (the unique index that
      // does this for contributions and needs cannot name an enum value added with it, in one migration run).
      return db
        .select({
          title: pbProjects.title,
          commonsId: sql<null>`null`,
          organizationId: pbCalls.organizationId,
          moderatorOrgId: pbCalls.organizationId,
        })
        .from(pbProjects)
        .innerJoin(pbCalls, eq(pbCalls.id, pbProjects.callId))
        .where(eq(pbProjects.id, id))
        .for("update", { of: pbProjects });
  }
}

/** The subject a new thread is about; it must exist. */
export async function findSubject(db: Executor, type: SubjectType, id: string): Promise<Subject> {
  const [found] = await lookup(db, type, id);
  if (!found) throw AppError.validation("body.subjectId", t("noSubject", { type }));
  return found;
}
