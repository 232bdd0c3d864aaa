import { createRouter } from "../../http/router.ts";

export const reciprocityRoutes = createRouter();
