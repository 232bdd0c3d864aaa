import { createRouter } from "../../http/router.ts";

export const phyleRoutes = createRouter();
