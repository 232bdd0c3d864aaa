import { useMutation, useQueries, useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { useNow } from "../../clock.ts";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { ChangeEndForm, ReportProblemForm, WithoutLoanQuestion } from "../../components/sharing/BorrowerForms.tsx";
import { dueText } from "../../components/sharing/due.ts";
import { BOOKING_STATUS_LABEL, type MyBooking, type WaitlistPlace } from "../../components/sharing/labels.ts";
import { invalidateSharing, libraryQuery, myBookingsQuery, myWaitlistQuery } from "../../components/sharing/queries.ts";
import { describePeriod, formatInstant } from "../../components/sharing/time.ts";
import { useTitle } from "../../hooks.ts";
import "../../styles/sharing.css";

const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

type Zones = (library: string) => string;
/** Says what an action did, in the page's status line: the item itself may move to another list. */
type Announce = (message: string) => void;

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">{count}</span>
      </h2>
      {children}
    </section>
  );
}

function BookingHead({ booking }: { booking: MyBooking }) {
  return (
    <h3 className="sharing-row-title">
      <Link to={`/libraries/${booking.library}/resources/${booking.resource}`}>{booking.resourceName}</Link> ·{" "}
      <span className="sharing-code">{booking.unitCode}</span>
    </h3>
  );
}

/** One booking or loan with what its borrower can do with it now. */
function BookingItem({
  booking,
  zoneOf,
  when,
  announce,
}: {
  booking: MyBooking;
  zoneOf: Zones;
  when: "upcoming" | "current" | "past";
  announce: Announce;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const tz = zoneOf(booking.library);
  const [open, setOpen] = useState<"end" | "problem" | null>(null);
  const [message, setMessage] = useState("");
  const cancel = useMutation({
    mutationFn: () => data(client.POST("/api/bookings/{id}/cancel", { params: { path: { id: booking.id } } })),
    onSuccess: () => {
      announce(t("sharing.mine.cancelled", { name: booking.resourceName }));
      return invalidateSharing();
    },
  });
  const loan = booking.loan;
  const overdue = when === "current" && loan && !loan.checkedInAt && new Date(loan.dueAt).getTime() < now;
  const done = (text: string) => {
    setOpen(null);
    setMessage(text);
  };
  return (
    <li className={overdue ? "card sharing-booking sharing-overdue" : "card sharing-booking"}>
      <BookingHead booking={booking} />
      <p className="muted small">{booking.libraryName}</p>
      <p>
        {describePeriod(booking.startsAt, booking.endsAt, tz)}{" "}
        <span className={`badge sharing-booking-status--${booking.status}`}>{BOOKING_STATUS_LABEL[booking.status]}</span>
      </p>
      {when === "current" && loan && !loan.checkedInAt ? (
        <p className={overdue ? "sharing-overdue-text" : undefined}>
          {overdue ? <strong>{dueText(loan.dueAt, tz, true, "mine")}</strong> : dueText(loan.dueAt, tz, false, "mine")}
        </p>
      ) : null}
      {booking.affected ? <p className="alert alert--error">{t("sharing.mine.affected")}</p> : null}
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {cancel.error ? <FormAlert messages={[cancel.error.detail]} /> : null}
      <div className="sharing-actions">
        {when === "upcoming" ? (
          <ConfirmButton
            question={t("sharing.mine.cancelQuestion")}
            confirmLabel={t("sharing.mine.cancelConfirm")}
            busy={cancel.isPending}
            onConfirm={() => cancel.mutate()}
          >
            {t("sharing.mine.cancel")}
          </ConfirmButton>
        ) : null}
        {when !== "past" ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={open === "end"}
            onClick={() => setOpen(open === "end" ? null : "end")}
          >
            {t("sharing.mine.changeEnd")}
          </button>
        ) : null}
        {loan ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={open === "problem"}
            onClick={() => setOpen(open === "problem" ? null : "problem")}
          >
            {t("sharing.mine.reportProblem")}
          </button>
        ) : null}
      </div>
      {open === "end" ? <ChangeEndForm booking={booking} timeZone={tz} onDone={done} /> : null}
      {open === "problem" ? <ReportProblemForm booking={booking} timeZone={tz} onDone={done} /> : null}
      {loan?.checkedInAt ? (
        loan.answered ? (
          <p className="muted small">{t("sharing.question.thanks")}</p>
        ) : (
          <WithoutLoanQuestion loanId={loan.id} />
        )
      ) : null}
    </li>
  );
}

/** A unit offered from the waitlist: take it, or let it pass to the next in line. */
function Offer({
  place,
  booking,
  zoneOf,
  announce,
}: {
  place: WaitlistPlace;
  booking: MyBooking | undefined;
  zoneOf: Zones;
  announce: Announce;
}) {
  const { t } = useTranslation();
  const tz = zoneOf(place.library);
  const name = booking?.resourceName ?? place.resource;
  const accept = useMutation({
    mutationFn: () => data(client.POST("/api/waitlist/{id}/accept", { params: { path: { id: place.id } } })),
    onSuccess: () => {
      announce(t("sharing.mine.accepted", { name }));
      return invalidateSharing();
    },
  });
  const leave = useMutation({
    mutationFn: () => data(client.POST("/api/waitlist/{id}/leave", { params: { path: { id: place.id } } })),
    onSuccess: () => {
      announce(t("sharing.mine.declined", { name }));
      return invalidateSharing();
    },
  });
  const error = accept.error ?? leave.error;
  return (
    <li className="card sharing-booking sharing-offer">
      <h3 className="sharing-row-title">
        <Link to={`/libraries/${place.library}/resources/${place.resource}`}>{name}</Link>
        {booking ? (
          <>
            {" "}
            · <span className="sharing-code">{booking.unitCode}</span>
          </>
        ) : null}
      </h3>
      <p>
        {t("sharing.mine.offer", {
          period: describePeriod(place.startsAt, place.endsAt, tz),
          until: place.offerExpiresAt ? formatInstant(place.offerExpiresAt, tz) : "",
        })}
      </p>
      {error ? <FormAlert messages={[error.detail]} /> : null}
      <div className="sharing-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={accept.isPending || leave.isPending}
          aria-busy={accept.isPending || undefined}
          onClick={() => accept.mutate()}
        >
          {t("sharing.mine.accept")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={accept.isPending || leave.isPending}
          aria-busy={leave.isPending || undefined}
          onClick={() => leave.mutate()}
        >
          {t("sharing.mine.decline")}
        </button>
      </div>
    </li>
  );
}

/** A place in line: its position, and leaving it. */
function Waiting({ place, name, zoneOf, announce }: { place: WaitlistPlace; name: string; zoneOf: Zones; announce: Announce }) {
  const { t } = useTranslation();
  const leave = useMutation({
    mutationFn: () => data(client.POST("/api/waitlist/{id}/leave", { params: { path: { id: place.id } } })),
    onSuccess: () => {
      announce(t("sharing.mine.left", { name }));
      return invalidateSharing();
    },
  });
  return (
    <li className="card sharing-booking">
      <h3 className="sharing-row-title">
        <Link to={`/libraries/${place.library}/resources/${place.resource}`}>{name}</Link>
      </h3>
      <p>{describePeriod(place.startsAt, place.endsAt, zoneOf(place.library))}</p>
      <p className="strong">{t("sharing.mine.position", { position: place.position })}</p>
      {leave.error ? <FormAlert messages={[leave.error.detail]} /> : null}
      <div className="sharing-actions">
        <ConfirmButton
          question={t("sharing.mine.leaveQuestion")}
          confirmLabel={t("sharing.mine.leaveConfirm")}
          busy={leave.isPending}
          onConfirm={() => leave.mutate()}
        >
          {t("sharing.mine.leave")}
        </ConfirmButton>
      </div>
    </li>
  );
}

/** My bookings and loans (/me/bookings): offers from the waitlist, places in line, current loans, upcoming bookings, the past. */
export function MyBookingsPage() {
  const { t } = useTranslation();
  useTitle(t("sharing.mine.title"));
  const now = useNow();
  const [said, announce] = useState("");
  const bookings = useQuery(myBookingsQuery());
  const places = useQuery(myWaitlistQuery());
  // Each library's clock, for its days and times (a whole-day booking runs from its local midnight).
  const slugs = [...new Set([...(bookings.data?.items ?? []).map((b) => b.library), ...(places.data?.items ?? []).map((p) => p.library)])];
  const libraries = useQueries({ queries: slugs.map((slug) => libraryQuery(slug)) });
  const zones = new Map(libraries.flatMap((q) => (q.data ? [[q.data.slug, q.data.timeZone] as const] : [])));
  const zoneOf: Zones = (library) => zones.get(library) ?? BROWSER_ZONE;

  const loading = bookings.isPending || places.isPending;
  const error = bookings.error ?? places.error;
  const items = bookings.data?.items ?? [];
  const placeItems = places.data?.items ?? [];
  const offers = placeItems.filter((p) => p.status === "offered");
  const waiting = placeItems.filter((p) => p.status === "waiting");
  // A booking held for an open offer is shown with the offer, not as a booking of one's own yet.
  const held = new Set(offers.map((p) => p.booking));
  const byId = new Map(items.map((b) => [b.id, b]));
  const nameOf = (p: WaitlistPlace) => items.find((b) => b.library === p.library && b.resource === p.resource)?.resourceName ?? p.resource;
  const current = items.filter((b) => b.status === "active");
  const upcoming = items
    .filter((b) => (b.status === "confirmed" || b.status === "requested") && new Date(b.endsAt).getTime() > now && !held.has(b.id))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = items.filter((b) => !held.has(b.id) && !current.includes(b) && !upcoming.includes(b));

  return (
    <div className="page sharing-mine">
      <header className="page-head">
        <div>
          <h1>{t("sharing.mine.title")}</h1>
          <p className="lede">{t("sharing.mine.lede")}</p>
        </div>
      </header>
      <p className="sharing-said" role="status">
        {said}
      </p>
      {loading ? (
        <Loading label={t("sharing.mine.loading")} />
      ) : error && (!bookings.data || !places.data) ? (
        <LoadError
          error={error}
          retry={() => {
            void bookings.refetch();
            void places.refetch();
          }}
        />
      ) : (
        <div>
          {offers.length ? (
            <Section id="mine-offers" title={t("sharing.mine.offers")} count={offers.length}>
              <ul className="sharing-list">
                {offers.map((p) => (
                  <Offer key={p.id} place={p} booking={p.booking ? byId.get(p.booking) : undefined} zoneOf={zoneOf} announce={announce} />
                ))}
              </ul>
            </Section>
          ) : null}
          <Section id="mine-current" title={t("sharing.mine.current")} count={current.length}>
            {current.length ? (
              <ul className="sharing-list">
                {current.map((b) => (
                  <BookingItem key={b.id} booking={b} zoneOf={zoneOf} when="current" announce={announce} />
                ))}
              </ul>
            ) : (
              <Empty title={t("sharing.mine.noCurrent")} />
            )}
          </Section>
          <Section id="mine-upcoming" title={t("sharing.mine.upcoming")} count={upcoming.length}>
            {upcoming.length ? (
              <ul className="sharing-list">
                {upcoming.map((b) => (
                  <BookingItem key={b.id} booking={b} zoneOf={zoneOf} when="upcoming" announce={announce} />
                ))}
              </ul>
            ) : (
              <Empty title={t("sharing.mine.noUpcoming")} />
            )}
          </Section>
          {waiting.length ? (
            <Section id="mine-waiting" title={t("sharing.mine.waiting")} count={waiting.length}>
              <ul className="sharing-list">
                {waiting.map((p) => (
                  <Waiting key={p.id} place={p} name={nameOf(p)} zoneOf={zoneOf} announce={announce} />
                ))}
              </ul>
            </Section>
          ) : null}
          <Section id="mine-past" title={t("sharing.mine.past")} count={past.length}>
            {past.length ? (
              <ul className="sharing-list">
                {past.map((b) => (
                  <BookingItem key={b.id} booking={b} zoneOf={zoneOf} when="past" announce={announce} />
                ))}
              </ul>
            ) : (
              <Empty title={t("sharing.mine.noPast")} />
            )}
          </Section>
        </div>
      )}
    </div>
  );
}
