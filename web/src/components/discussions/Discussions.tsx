import type { SubjectType } from "../../api/schema.ts";
import { SubjectThread } from "./SubjectThread.tsx";
import { ThreadList } from "./ThreadList.tsx";
import "../../styles/discussions.css";

/**
 * The discussion of anything that has one: a commons or a document holds many titled threads;
 * a contribution or a need holds one, shown inline, which its first comment creates.
 */
export function Discussions({ subjectType, subjectId }: { subjectType: SubjectType; subjectId: string }) {
  if (subjectType === "commons" || subjectType === "document") return <ThreadList subjectType={subjectType} subjectId={subjectId} />;
  return <SubjectThread subjectType={subjectType} subjectId={subjectId} />;
}
