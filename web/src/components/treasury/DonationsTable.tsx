import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DonationDecisionInput } from "../../../../src/modules/treasury/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Account, ApiBody, Donation } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { formatDate, today } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AccountSelect } from "./AccountSelect.tsx";
import { Amount } from "./Amount.tsx";
import { MoneyTable } from "./MoneyTable.tsx";
import { invalidateTreasury } from "./queries.ts";

function Donor({ d }: { d: Donation }) {
  const { t } = useTranslation();
  return d.donor ? (
    <>
      <Link to={`/people/${d.donor.handle}`}>{d.donor.name}</Link>
      {d.anonymous ? <span className="muted small">{t("treasury.donations.anonymousToOthers")}</span> : null}
    </>
  ) : (
    t("treasury.donations.anonymous")
  );
}

/** A treasurer confirms a donation arrived (posting it as income), into an account, on a day; or declines it. */
function Decide({ donation, accounts }: { donation: Donation; accounts: Account[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm(["date", "into", "id"]);
  const path = { id: donation.id };
  const confirm = useMutation({
    mutationFn: (body: ApiBody<"/api/donations/{id}/confirm", "post">) =>
      data(client.POST("/api/donations/{id}/confirm", { params: { path }, body })),
    onSuccess: () => invalidateTreasury(),
  });
  const decline = useMutation({
    mutationFn: () => data(client.POST("/api/donations/{id}/decline", { params: { path } })),
    onSuccess: () => invalidateTreasury(),
  });
  if (!open) {
    return (
      <div className="row-actions">
        <button type="button" className="button button--primary button--small" onClick={() => setOpen(true)}>
          {t("treasury.donations.confirm")}
        </button>
        <button
          type="button"
          className="button button--ghost-danger button--small"
          disabled={decline.isPending}
          onClick={() => decline.mutate()}
        >
          {t("treasury.donations.decline")}
        </button>
        {decline.isError ? (
          <p className="field-error" role="alert">
            {decline.error.detail}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form
      className="form confirm-donation"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        await confirm.mutateAsync(validate(DonationDecisionInput, { date: v.date || undefined, into: v.into || undefined }));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field label={t("treasury.donations.arrivedOn")} name="date" type="date" defaultValue={today()} error={form.error("date")} />
      <AccountSelect
        accounts={accounts}
        types={["asset"]}
        currency={donation.currency}
        label={t("treasury.donations.into")}
        name="into"
        defaultValue={accounts.some((a) => a.code === "assets:bank") ? "assets:bank" : undefined}
        error={form.error("into") ?? form.error("id")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.donations.confirming")}>
          {t("treasury.donations.confirmArrived")}
        </SubmitButton>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(false)}>
          {t("treasury.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Donations as a table: when, from whom ("Anonymous" when they asked), how much, their message; treasurers decide pending ones. */
export function DonationsTable({
  items,
  caption,
  decide,
}: {
  items: Donation[];
  caption: string;
  /** For treasurers, on pending donations: the books' accounts and what to do after a decision. */
  decide?: { accounts: Account[] };
}) {
  const { t } = useTranslation();
  return (
    <MoneyTable
      caption={caption}
      hideCaption
      headLabel={t("treasury.donations.from")}
      columns={[
        { label: t("treasury.donations.recorded"), numeric: false },
        { label: t("treasury.donations.amount") },
        { label: t("treasury.donations.message"), numeric: false },
        ...(decide ? [{ label: t("treasury.donations.decision"), numeric: false }] : []),
      ]}
      rows={items.map((d) => ({
        key: d.id,
        head: <Donor d={d} />,
        cells: [
          <time key="t" dateTime={d.createdAt} className="nowrap">
            {formatDate(d.createdAt)}
          </time>,
          <Amount key="a" amount={d.amount} currency={d.currency} />,
          <span key="m" className={d.message ? "prose" : "muted"}>
            {d.message || "—"}
          </span>,
          ...(decide ? [<Decide key="d" donation={d} accounts={decide.accounts} />] : []),
        ],
      }))}
    />
  );
}
