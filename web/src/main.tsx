import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { queryClient } from "./api/query.ts";
// Initialises the catalogues and the language (and <html lang>) before the first render.
import "./i18n/i18n.ts";
import { router } from "./router.tsx";
import "./styles/base.css";
import "./styles/forms.css";
import "./styles/components.css";
import "./styles/pages.css";
import "./styles/commons.css";
import "./styles/responsive.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
