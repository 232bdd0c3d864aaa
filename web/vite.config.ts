import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    // The server's request-body schemas import `z` from @hono/zod-openapi; the browser gets zod
    // with a no-op `.openapi()` instead of Hono and the OpenAPI generator (see src/zod-openapi-shim.ts).
    alias: { "@hono/zod-openapi": fileURLToPath(new URL("./src/zod-openapi-shim.ts", import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // React and the router are most of the bundle (~380 kB, ~120 kB gzipped); one file is fine for this app.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
