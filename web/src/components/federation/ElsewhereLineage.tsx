import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Commons } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { hostOf, webAddress } from "./addresses.ts";

/** The origin's address as a link (<Trans> gives it its words), or its words alone when it is not a web address. */
function OriginLink({ href, children }: { href: string | null; children?: ReactNode }) {
  return href ? (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {children}
    </a>
  ) : (
    children
  );
}

/**
 * A fork of a commons on another instance says where it came from: the origin's host, linked to its
 * address there (an ActivityPub address of a commons opens its page), and the day of the fork.
 * `short` is the commons' header ("Fork of …, date"); otherwise the overview's fact ("Forked from … on date").
 */
export function ElsewhereLineage({ origin, short = false }: { origin: NonNullable<Commons["forkedFromElsewhere"]>; short?: boolean }) {
  useTranslation();
  const values = { host: hostOf(origin.uri), date: formatDate(origin.at) };
  const components = { a: <OriginLink href={webAddress(origin.uri)} /> };
  return short ? (
    <Trans i18nKey="federation.fork.forkOf" values={values} components={components} />
  ) : (
    <Trans i18nKey="federation.fork.forkedFrom" values={values} components={components} />
  );
}
