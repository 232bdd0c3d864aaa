/**
 * @deprecated Treasury shapes come from api/schema.ts (generated). Kept only for the phyles area's
 * `Money` import until it is converted; delete this file then.
 */
export type { Money } from "../api/schema.ts";
