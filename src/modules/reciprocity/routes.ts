import { createRoute, z } from "@hono/zod-openapi";
import { Slug, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { endAgreement, offerAgreement, respondToAgreement, reviseAgreement } from "./agreements.ts";
import { AgreementInput, AgreementPatch, EndInput, InvoiceInput, PayInvoiceInput, UseInput, UsePatch } from "./inputs.ts";
import { payInvoice, raiseInvoice } from "./invoices.ts";
import { getAgreement, getUse, listCommonsUses, listOrgAgreements, listOrgUses } from "./read.ts";
import { declareUse, updateUse } from "./uses.ts";
import { AgreementDetailSchema, AgreementListSchema, UseSchema } from "./views.ts";

const TAGS = ["Reciprocity"];
const SlugParam = z.object({ slug: Slug });
const IdParam = z.object({ id: Uuid });
const refusals = problems(401, 403, 404, 409);

const commonsUses = createRoute({
  method: "get",
  path: "/commons/{slug}/uses",
  tags: TAGS,
  summary: "Who builds on this commons, with each use's compliance with its licence (public)",
  request: { params: SlugParam, query: PageQuery },
  responses: { 200: jsonContent(pageOf(UseSchema), "Declared uses, newest first"), ...problems(404) },
});

const declare = createRoute({
  method: "post",
  path: "/commons/{slug}/uses",
  tags: TAGS,
  summary: "Declare that an enterprise builds on this commons (its stewards or treasurers)",
  security: signedIn,
  request: { params: SlugParam, body: jsonBody(UseInput) },
  responses: { 201: jsonContent(UseSchema, "The declared use and its compliance"), ...refusals },
});

const orgUses = createRoute({
  method: "get",
  path: "/organizations/{slug}/uses",
  tags: TAGS,
  summary: "What an enterprise builds on, or what is built on the commons an association stewards, with each use's compliance (public)",
  request: { params: SlugParam, query: PageQuery },
  responses: { 200: jsonContent(pageOf(UseSchema), "Declared uses, newest first"), ...problems(404) },
});

const useGet = createRoute({
  method: "get",
  path: "/uses/{id}",
  tags: TAGS,
  summary: "One declared use and its compliance (public)",
  request: { params: IdParam },
  responses: { 200: jsonContent(UseSchema, "The use"), ...problems(404) },
});

const usePatch = createRoute({
  method: "patch",
  path: "/uses/{id}",
  tags: TAGS,
  summary: "Change or end a declared use (the enterprise's stewards or treasurers)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(UsePatch) },
  responses: { 200: jsonContent(UseSchema, "The use"), ...refusals },
});

const offer = createRoute({
  method: "post",
  path: "/uses/{id}/agreements",
  tags: TAGS,
  summary: "Offer a reciprocity agreement on a use (either side's stewards or treasurers); the other side answers",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(AgreementInput) },
  responses: { 201: jsonContent(AgreementDetailSchema, "The offer"), ...refusals },
});

const orgAgreements = createRoute({
  method: "get",
  path: "/organizations/{slug}/agreements",
  tags: TAGS,
  summary: "An enterprise's or a steward association's agreements, with what is outstanding and in arrears (public)",
  request: { params: SlugParam },
  responses: { 200: jsonContent(AgreementListSchema, "Agreements, newest first"), ...problems(404) },
});

const agreementGet = createRoute({
  method: "get",
  path: "/agreements/{id}",
  tags: TAGS,
  summary: "An agreement with its invoices (public)",
  request: { params: IdParam },
  responses: { 200: jsonContent(AgreementDetailSchema, "The agreement"), ...problems(404) },
});

const agreementPatch = createRoute({
  method: "patch",
  path: "/agreements/{id}",
  tags: TAGS,
  summary: "Change an offer before it is answered (the offering side); terms in force are fixed",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(AgreementPatch) },
  responses: { 200: jsonContent(AgreementDetailSchema, "The offer"), ...refusals },
});

const answer = (verb: "accept" | "decline", summary: string) =>
  createRoute({
    method: "post",
    path: `/agreements/{id}/${verb}`,
    tags: TAGS,
    summary,
    security: signedIn,
    request: { params: IdParam },
    responses: { 200: jsonContent(AgreementDetailSchema, "The agreement"), ...refusals },
  });

const end = createRoute({
  method: "post",
  path: "/agreements/{id}/end",
  tags: TAGS,
  summary: "End an agreement on the last day of a period, or withdraw an offer (either side)",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(EndInput) },
  responses: { 200: jsonContent(AgreementDetailSchema, "The agreement"), ...refusals },
});

const invoice = createRoute({
  method: "post",
  path: "/agreements/{id}/invoices",
  tags: TAGS,
  summary: "Raise an ended period's invoice (treasurers; the enterprise's when it declares revenue): posts in both books",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(InvoiceInput) },
  responses: { 201: jsonContent(AgreementDetailSchema, "The agreement with its invoices"), ...refusals },
});

const pay = createRoute({
  method: "post",
  path: "/invoices/{id}/pay",
  tags: TAGS,
  summary: "Pay an invoice (the enterprise's treasurers) or record it received (the association's): posts in both books",
  security: signedIn,
  request: { params: IdParam, body: jsonBody(PayInvoiceInput) },
  responses: { 200: jsonContent(AgreementDetailSchema, "The agreement with its invoices"), ...refusals },
});

export const reciprocityRoutes = createRouter()
  .openapi(commonsUses, async (c) =>
    c.json(await listCommonsUses(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("query")), 200),
  )
  .openapi(declare, async (c) => {
    const use = await declareUse(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.json(await getUse(c.var.deps.db, c.var.actor, use.id), 201);
  })
  .openapi(orgUses, async (c) =>
    c.json(await listOrgUses(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("query")), 200),
  )
  .openapi(useGet, async (c) => c.json(await getUse(c.var.deps.db, c.var.actor, c.req.valid("param").id), 200))
  .openapi(usePatch, async (c) => {
    const use = await updateUse(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getUse(c.var.deps.db, c.var.actor, use.id), 200);
  })
  .openapi(offer, async (c) => {
    const a = await offerAgreement(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getAgreement(c.var.deps.db, c.var.actor, a.id), 201);
  })
  .openapi(orgAgreements, async (c) => c.json(await listOrgAgreements(c.var.deps.db, c.req.valid("param").slug), 200))
  .openapi(agreementGet, async (c) => c.json(await getAgreement(c.var.deps.db, c.var.actor, c.req.valid("param").id), 200))
  .openapi(agreementPatch, async (c) => {
    const a = await reviseAgreement(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getAgreement(c.var.deps.db, c.var.actor, a.id), 200);
  })
  .openapi(answer("accept", "Accept an offer (the other side's stewards or treasurers): the agreement is in force"), async (c) => {
    const a = await respondToAgreement(c.var.deps.db, c.var.actor, c.req.valid("param").id, "accept");
    return c.json(await getAgreement(c.var.deps.db, c.var.actor, a.id), 200);
  })
  .openapi(answer("decline", "Decline an offer (the other side's stewards or treasurers)"), async (c) => {
    const a = await respondToAgreement(c.var.deps.db, c.var.actor, c.req.valid("param").id, "decline");
    return c.json(await getAgreement(c.var.deps.db, c.var.actor, a.id), 200);
  })
  .openapi(end, async (c) => {
    const a = await endAgreement(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getAgreement(c.var.deps.db, c.var.actor, a.id), 200);
  })
  .openapi(invoice, async (c) => {
    const i = await raiseInvoice(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getAgreement(c.var.deps.db, c.var.actor, i.agreementId), 201);
  })
  .openapi(pay, async (c) => {
    const i = await payInvoice(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await getAgreement(c.var.deps.db, c.var.actor, i.agreementId), 200);
  });
