import { createRouter } from "../../http/router.ts";

export const valueRoutes = createRouter();
