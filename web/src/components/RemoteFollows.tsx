import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../api/query.ts";
import type { RemoteFollow, RemoteFollowStatus } from "../api/schema.ts";
import { useForm } from "../form.ts";
import { formatDate } from "../format.ts";
import type { MessageKey } from "../i18n/resources.ts";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { actorPath } from "./federation/addresses.ts";
import { useRemoteFollow } from "./federation/follows.ts";
import { LoadError, Loading } from "./States.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

const STATUS_LABEL: Record<RemoteFollowStatus, MessageKey> = {
  pending: "account.following.pending",
  accepted: "account.following.accepted",
};

/**
 * People and organizations on other instances this person follows: a handle field that follows
 * (pending until the other instance accepts), and the list with its status and an unfollow button.
 * `handle` fills the field in and puts the focus on it, so a link with `?follow=` lands ready to confirm.
 */
export function RemoteFollows({ handle = "" }: { handle?: string }) {
  const { t } = useTranslation();
  const follows = useQuery(apiQuery("/api/federation/follows"));
  const form = useForm(["handle"]);
  const { follow, unfollow } = useRemoteFollow();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const input = formRef.current?.querySelector<HTMLInputElement>('input[name="handle"]');
    if (!handle || !input) return;
    // Written in, not a default value: once followed, the form's reset empties the field.
    input.value = handle;
    input.focus();
  }, [handle]);

  return (
    <div className="remote-follows">
      <p className="muted">{t("account.following.intro")}</p>
      <form
        ref={formRef}
        className="form form--inline"
        noValidate
        onSubmit={form.onSubmit(async (v, el) => {
          await follow.mutateAsync((v.handle ?? "").trim());
          el.reset();
        })}
      >
        <FormAlert messages={form.summary} />
        <div className="form-row">
          <Field
            label={t("account.following.handle")}
            name="handle"
            required
            maxLength={300}
            placeholder="@open-lab@other.example"
            hint={t("account.following.handleHint")}
            error={form.error("handle")}
          />
          <div className="form-row-action">
            <SubmitButton busy={form.busy} busyLabel={t("account.following.following")}>
              {t("account.following.follow")}
            </SubmitButton>
          </div>
        </div>
      </form>
      {unfollow.error?.detail ? (
        <p className="field-error" role="alert">
          {unfollow.error.detail}
        </p>
      ) : null}
      {follows.isPending ? (
        <Loading />
      ) : follows.error ? (
        <LoadError error={follows.error} retry={() => void follows.refetch()} />
      ) : (
        <FollowList
          follows={follows.data?.items ?? []}
          leaving={unfollow.isPending ? unfollow.variables : null}
          leave={(handle) => unfollow.mutateAsync(handle).catch(() => undefined)}
        />
      )}
    </div>
  );
}

function FollowList({ follows, leaving, leave }: { follows: RemoteFollow[]; leaving: string | null; leave: (handle: string) => void }) {
  const { t } = useTranslation();
  if (!follows.length) return <p className="muted">{t("account.following.none")}</p>;
  return (
    <ul className="token-list">
      {follows.map((f) => (
        <li key={f.actor} className="token">
          <div>
            <Link to={actorPath(f.handle)} className="strong">
              {f.name || f.handle}
            </Link>{" "}
            <code className="muted">{f.handle}</code>
            <p className="muted small">{t(STATUS_LABEL[f.status], { since: formatDate(f.since) })}</p>
          </div>
          <ConfirmButton
            question={t("account.following.unfollowQuestion", { handle: f.handle })}
            confirmLabel={t("account.following.unfollow")}
            busy={leaving === f.handle}
            onConfirm={() => leave(f.handle)}
          >
            {t("account.following.unfollow")}
          </ConfirmButton>
        </li>
      ))}
    </ul>
  );
}
