import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ForkInput } from "../../../../src/modules/commons/inputs.ts";
import { ApiError, client } from "../../api/client.ts";
import { personKey } from "../../api/foundation.ts";
import { apiKey, data, invalidate } from "../../api/query.ts";
import type { ApiBody, CommonsProfile } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { slugify } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { CommunityField, WithStewardedCommunities } from "./CommunityField.tsx";
import { invalidateCommons } from "./queries.ts";

type ForkRequest = ApiBody<"/api/commons/{slug}/forks", "post">;

const FIELDS = ["source", "slug", "title", "community", "newCommunitySlug", "newCommunityName"] as const;

/** The API names a new community's fields "body.newCommunity.slug"; the form has one field for each. */
function blameNewCommunityFields(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => {
    const m = /^body\.newCommunity\.(slug|name)$/.exec(e.path);
    return m ? { ...e, path: `body.newCommunity${m[1] === "slug" ? "Slug" : "Name"}` } : e;
  });
  return new ApiError({ status: err.status, type: err.type, title: err.title, detail: err.detail, errors });
}

/**
 * Fork a commons, with every document and its history, into a community the person stewards or a new
 * one: `from`, a commons here (its forks page), or else one on another instance, whose address the
 * form asks for first (the server fetches and checks it; its refusal lands at that field).
 */
export function ForkForm({ from }: { from?: CommonsProfile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const [home, setHome] = useState<"existing" | "new">("existing");
  const [newName, setNewName] = useState("");
  const [newSlug, setNewSlug] = useState("");
  const fork = useMutation({
    mutationFn: ({ body, source }: { body: ForkRequest; source: string }) =>
      from
        ? data(client.POST("/api/commons/{slug}/forks", { params: { path: { slug: from.slug } }, body }))
        : data(client.POST("/api/federation/forks", { body: { ...body, source } })),
    // A new community makes the person its steward: their profile and the organizations change too.
    onSuccess: () =>
      Promise.all([
        from ? invalidateCommons(from.slug) : invalidate(apiKey("/api/commons")),
        invalidate(personKey(), apiKey("/api/organizations")),
      ]),
  });

  return (
    <WithStewardedCommunities allowNone>
      {(communities) => {
        const where = communities.length === 0 ? "new" : home;
        return (
          <form
            className="card form form--limited"
            noValidate
            onSubmit={form.onSubmit(async (v) => {
              const body: ForkRequest = {
                slug: v.slug ?? "",
                ...(v.title?.trim() ? { title: v.title.trim() } : {}),
                ...(where === "new"
                  ? { newCommunity: { slug: v.newCommunitySlug ?? "", name: v.newCommunityName ?? "" } }
                  : { community: v.community ?? "" }),
              };
              try {
                const forked = await fork.mutateAsync({ body: validate(ForkInput, body), source: (v.source ?? "").trim() });
                navigate(`/commons/${forked.slug}`);
              } catch (err) {
                throw blameNewCommunityFields(err);
              }
            })}
          >
            <FormAlert messages={form.summary} />
            {from ? null : (
              <Field
                label={t("federation.fork.source")}
                name="source"
                type="url"
                required
                maxLength={2000}
                autoCapitalize="none"
                spellCheck={false}
                placeholder="https://other.example/commons/open-seed-drill"
                hint={t("federation.fork.sourceHint")}
                error={form.error("source")}
              />
            )}
            <Field
              label={t("commons.fork.slug")}
              name="slug"
              required
              maxLength={50}
              autoCapitalize="none"
              spellCheck={false}
              hint={t("commons.fork.slugHint")}
              error={form.error("slug")}
            />
            <Field
              label={t("commons.fields.title")}
              name="title"
              optional
              maxLength={200}
              placeholder={from?.title}
              hint={t("commons.fork.titleHint")}
              error={form.error("title")}
            />
            <fieldset>
              <legend>{t("commons.fork.where")}</legend>
              {communities.length > 0 ? (
                <div className="choice-list">
                  <label className="choice">
                    <input type="radio" name="home" value="existing" checked={where === "existing"} onChange={() => setHome("existing")} />
                    {t("commons.fork.existing")}
                  </label>
                  <label className="choice">
                    <input type="radio" name="home" value="new" checked={where === "new"} onChange={() => setHome("new")} />
                    {t("commons.fork.new")}
                  </label>
                </div>
              ) : (
                <p className="field-hint">{t("commons.fork.noCommunity")}</p>
              )}
              {where === "existing" ? (
                <CommunityField form={form} communities={communities} hint={t("commons.fork.communityHint")} />
              ) : (
                <div className="form-row">
                  <Field
                    label={t("commons.fork.communityName")}
                    name="newCommunityName"
                    required
                    maxLength={120}
                    value={newName}
                    onChange={(e) => {
                      setNewName(e.target.value);
                      setNewSlug(slugify(e.target.value));
                    }}
                    error={form.error("newCommunityName")}
                  />
                  <Field
                    label={t("commons.fork.communityAddress")}
                    name="newCommunitySlug"
                    required
                    maxLength={50}
                    autoCapitalize="none"
                    spellCheck={false}
                    value={newSlug}
                    onChange={(e) => setNewSlug(e.target.value)}
                    error={form.error("newCommunitySlug")}
                  />
                </div>
              )}
            </fieldset>
            <SubmitButton busy={form.busy} busyLabel={from ? t("commons.fork.busy") : t("federation.fork.busy")}>
              {from ? t("commons.fork.submit") : t("federation.fork.submit")}
            </SubmitButton>
          </form>
        );
      }}
    </WithStewardedCommunities>
  );
}
