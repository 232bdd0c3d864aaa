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

const FIELDS = ["slug", "title", "community", "newCommunitySlug", "newCommunityName"] as const;

/** The API names a new community's fields "body.newCommunity.slug"; the form has one field for each. */
function blameNewCommunityFields(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => {
    const m = /^body\.newCommunity\.(slug|name)$/.exec(e.path);
    return m ? { ...e, path: `body.newCommunity${m[1] === "slug" ? "Slug" : "Name"}` } : e;
  });
  return new ApiError({ status: err.status, type: err.type, title: err.title, detail: err.detail, errors });
}

/** Fork a commons, with every document and its history, into a community the person stewards or a new one. */
export function ForkForm({ commons }: { commons: CommonsProfile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const [home, setHome] = useState<"existing" | "new">("existing");
  const [newName, setNewName] = useState("");
  const [newSlug, setNewSlug] = useState("");
  const fork = useMutation({
    mutationFn: (body: ForkRequest) => data(client.POST("/api/commons/{slug}/forks", { params: { path: { slug: commons.slug } }, body })),
    // A new community makes the person its steward: their profile and the organizations change too.
    onSuccess: () => Promise.all([invalidateCommons(commons.slug), invalidate(personKey(), apiKey("/api/organizations"))]),
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
                const forked = await fork.mutateAsync(validate(ForkInput, body));
                navigate(`/commons/${forked.slug}`);
              } catch (err) {
                throw blameNewCommunityFields(err);
              }
            })}
          >
            <FormAlert messages={form.summary} />
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
              placeholder={commons.title}
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
            <SubmitButton busy={form.busy} busyLabel={t("commons.fork.busy")}>
              {t("commons.fork.submit")}
            </SubmitButton>
          </form>
        );
      }}
    </WithStewardedCommunities>
  );
}
