import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import { useNow } from "../../clock.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { BookingForm, type BookingValues, EMPTY_BOOKING, focusFirstField } from "../../components/sharing/BookingForm.tsx";
import { Calendar, type CalendarView, calendarWindow } from "../../components/sharing/Calendar.tsx";
import { sameOrigin } from "../../components/sharing/Catalogue.tsx";
import { RuleList } from "../../components/sharing/LibraryFacts.tsx";
import { BackToLibrary, LibraryNotFound, WithLibrary } from "../../components/sharing/LibraryFrame.tsx";
import { type Availability, KIND_LABEL, type Library, WEEKDAYS } from "../../components/sharing/labels.ts";
import { availabilityQuery, libraryQuery } from "../../components/sharing/queries.ts";
import { addDays, instantOf, isDay, localInputValue, todayIn, weekdayIndex } from "../../components/sharing/time.ts";
import { formatMoney } from "../../components/treasury/money.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

function Photos({ name, photos }: { name: string; photos: string[] }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <ul className="sharing-photos">
      {photos.map((url, i) =>
        // Only this site's own images load (the content policy); a photo elsewhere is a link to it.
        sameOrigin(url) ? (
          <li key={url}>
            <img src={url} alt={t("sharing.resource.photoAlt", { name, n: i + 1 })} loading="lazy" />
          </li>
        ) : (
          <li key={url}>
            <a href={url} rel="noopener noreferrer" target="_blank">
              {t("sharing.resource.photoLink", { name, n: i + 1 })}
            </a>
          </li>
        ),
      )}
    </ul>
  );
}

function ResourceView({
  library,
  availability,
  fetching,
  view,
  anchor,
  today,
  onView,
  onAnchor,
  initial,
}: {
  library: Library;
  availability: Availability;
  fetching: boolean;
  view: CalendarView;
  anchor: string;
  today: string;
  onView: (v: CalendarView) => void;
  onAnchor: (day: string) => void;
  initial: BookingValues;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const resource = availability.resource;
  const [values, setValues] = useState<BookingValues>(initial);
  const formRef = useRef<HTMLFormElement>(null);
  useTitle(`${resource.name} · ${library.name}`);

  const pick = (day: string) => {
    if (availability.rules.granularity === "day") {
      setValues({
        ...values,
        firstDay: day,
        lastDay: values.lastDay && values.lastDay >= day && values.firstDay === day ? values.lastDay : day,
      });
    } else {
      // One slot from the day's first opening: the person adjusts it.
      const opening = firstOpening(library, day);
      const end = instantOf(day, opening, availability.timeZone) + availability.rules.slotMinutes * 60_000;
      setValues({ ...values, startsAt: `${day}T${opening}`, endsAt: localInputValue(end, availability.timeZone) });
    }
    focusFirstField(formRef.current);
  };

  return (
    <article className="page sharing-resource">
      <BackToLibrary library={library} />
      <header className="page-head">
        <div>
          <p className="badges">
            <span className="badge">{KIND_LABEL[resource.kind]}</span>
          </p>
          <h1>{resource.name}</h1>
          {resource.description ? <p className="lede prose">{resource.description}</p> : null}
        </div>
      </header>
      <div className="sharing-library-columns">
        <section className="card section" aria-labelledby="resource-about">
          <h2 id="resource-about">{t("sharing.resource.about")}</h2>
          <dl className="sharing-facts">
            <div>
              <dt>{t("sharing.resource.units")}</dt>
              <dd>{availability.units.map((u) => u.code).join(", ") || t("sharing.resource.noUnits")}</dd>
            </div>
            {resource.replacementPrice !== null ? (
              <div>
                <dt>{t("sharing.resource.replacement")}</dt>
                <dd>{formatMoney(resource.replacementPrice, library.currency)}</dd>
              </div>
            ) : null}
          </dl>
          <h3>{t("sharing.resource.care")}</h3>
          {resource.careNotes ? <p className="prose">{resource.careNotes}</p> : <p className="muted">{t("sharing.resource.noCare")}</p>}
          <Photos name={resource.name} photos={resource.photos} />
        </section>
        <section className="card section" aria-labelledby="resource-rules">
          <h2 id="resource-rules">{t("sharing.resource.rules")}</h2>
          <RuleList rules={availability.rules} currency={library.currency} />
        </section>
      </div>
      <section className="section" aria-labelledby="resource-calendar">
        <h2 id="resource-calendar">{t("sharing.resource.calendar")}</h2>
        <p className="muted">{t("sharing.resource.calendarIntro")}</p>
        <Calendar
          availability={availability}
          view={view}
          anchor={anchor}
          today={today}
          fetching={fetching}
          onView={onView}
          onAnchor={onAnchor}
          onPick={pick}
        />
      </section>
      <section className="section" aria-label={t("sharing.book.title")}>
        {me ? (
          <BookingForm
            slug={library.slug}
            type={resource.slug}
            library={library}
            availability={availability}
            today={today}
            values={values}
            onValues={setValues}
            formRef={formRef}
          />
        ) : (
          <div className="card">
            <h2>{t("sharing.book.title")}</h2>
            <p>{t("sharing.book.signInFirst")}</p>
            <Link className="button button--primary" to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>
              {t("sharing.book.signIn")}
            </Link>
          </div>
        )}
      </section>
    </article>
  );
}

/** The first opening time of a day ("09:00"), or midnight on a day it is closed. */
function firstOpening(library: Library, day: string): string {
  const weekday = WEEKDAYS[weekdayIndex(day)] ?? "mon";
  return library.openingHours[weekday]?.[0]?.[0] ?? "00:00";
}

/** The calendar and the form for one library: its clock decides what "today" and each day are. */
function ResourceOfLibrary({ library, type }: { library: Library; type: string }) {
  const [params] = useSearchParams();
  const now = useNow();
  const today = todayIn(library.timeZone, now);
  const from = params.get("from");
  const to = params.get("to");
  const [view, setView] = useState<CalendarView>(params.get("view") === "month" ? "month" : "week");
  const [anchor, setAnchor] = useState(isDay(from) ? from : today);
  const shown = calendarWindow(view, anchor);
  const availability = useQuery({
    ...availabilityQuery(library.slug, type, shown.from, shown.to),
    placeholderData: keepPreviousData,
  });
  const { t } = useTranslation();
  if (availability.isPending) return <Loading label={t("sharing.resource.loading")} />;
  if (availability.error?.notFound) return <LibraryNotFound what="resource" />;
  if (!availability.data)
    return availability.error ? <LoadError error={availability.error} retry={() => void availability.refetch()} /> : null;
  const initial: BookingValues = isDay(from)
    ? { ...EMPTY_BOOKING, firstDay: from, lastDay: isDay(to) && to >= from ? to : from }
    : EMPTY_BOOKING;
  return (
    <>
      {availability.error ? <LoadError error={availability.error} retry={() => void availability.refetch()} /> : null}
      <ResourceView
        library={library}
        availability={availability.data}
        fetching={availability.isFetching}
        view={view}
        anchor={anchor}
        today={today}
        onView={setView}
        onAnchor={(day) => setAnchor(day < addDays(today, -366) ? today : day)}
        initial={initial}
      />
    </>
  );
}

/** A resource of a library (/libraries/:slug/resources/:type): what it is, its rules, its calendar, and booking it. */
export function ResourcePage() {
  const { slug = "", type = "" } = useParams();
  const library = useQuery(libraryQuery(slug));
  return <WithLibrary library={library}>{(l) => <ResourceOfLibrary library={l} type={type} />}</WithLibrary>;
}
