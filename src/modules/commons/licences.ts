import type { Text } from "../../text/messages.ts";
import type { OWNERSHIPS } from "../organizations/values.ts";
import { t } from "./messages.ts";

/**
 * The licences a commons may carry, as data. SPDX identifiers where SPDX lists the licence;
 * `LicenseRef-` identifiers (SPDX's convention for unlisted licences) for the Peer Production
 * License and CopyFair. Adding one here and running `npm run db:generate` updates the database
 * check that keeps commons on known licences.
 */
export const LICENCE_FAMILIES = ["public_domain", "permissive", "weak_copyleft", "share_alike", "copyfair", "peer_production"] as const;
export type LicenceFamily = (typeof LICENCE_FAMILIES)[number];

export interface Licence {
  id: string;
  name: string;
  family: LicenceFamily;
  url: string;
}

export const LICENCES: readonly Licence[] = [
  { id: "CC0-1.0", name: "Creative Commons Zero 1.0", family: "public_domain", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  { id: "CC-BY-4.0", name: "Creative Commons Attribution 4.0", family: "permissive", url: "https://creativecommons.org/licenses/by/4.0/" },
  {
    id: "CC-BY-SA-4.0",
    name: "Creative Commons Attribution-ShareAlike 4.0",
    family: "share_alike",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
  },
  { id: "MIT", name: "MIT License", family: "permissive", url: "https://spdx.org/licenses/MIT.html" },
  { id: "Apache-2.0", name: "Apache License 2.0", family: "permissive", url: "https://www.apache.org/licenses/LICENSE-2.0" },
  { id: "BSD-3-Clause", name: "BSD 3-Clause License", family: "permissive", url: "https://spdx.org/licenses/BSD-3-Clause.html" },
  { id: "MPL-2.0", name: "Mozilla Public License 2.0", family: "weak_copyleft", url: "https://www.mozilla.org/en-US/MPL/2.0/" },
  {
    id: "LGPL-3.0-or-later",
    name: "GNU Lesser General Public License v3.0 or later",
    family: "weak_copyleft",
    url: "https://www.gnu.org/licenses/lgpl-3.0.html",
  },
  {
    id: "GPL-2.0-or-later",
    name: "GNU General Public License v2.0 or later",
    family: "share_alike",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0.html",
  },
  {
    id: "GPL-3.0-or-later",
    name: "GNU General Public License v3.0 or later",
    family: "share_alike",
    url: "https://www.gnu.org/licenses/gpl-3.0.html",
  },
  {
    id: "AGPL-3.0-or-later",
    name: "GNU Affero General Public License v3.0 or later",
    family: "share_alike",
    url: "https://www.gnu.org/licenses/agpl-3.0.html",
  },
  {
    id: "CERN-OHL-S-2.0",
    name: "CERN Open Hardware Licence v2 – Strongly Reciprocal",
    family: "share_alike",
    url: "https://ohwr.org/cern_ohl_s_v2.txt",
  },
  {
    id: "CERN-OHL-W-2.0",
    name: "CERN Open Hardware Licence v2 – Weakly Reciprocal",
    family: "weak_copyleft",
    url: "https://ohwr.org/cern_ohl_w_v2.txt",
  },
  {
    id: "CERN-OHL-P-2.0",
    name: "CERN Open Hardware Licence v2 – Permissive",
    family: "permissive",
    url: "https://ohwr.org/cern_ohl_p_v2.txt",
  },
  { id: "ODbL-1.0", name: "Open Database License 1.0", family: "share_alike", url: "https://opendatacommons.org/licenses/odbl/1-0/" },
  {
    id: "GFDL-1.3-or-later",
    name: "GNU Free Documentation License v1.3 or later",
    family: "share_alike",
    url: "https://www.gnu.org/licenses/fdl-1.3.html",
  },
  {
    id: "LicenseRef-Peer-Production-License",
    name: "Peer Production License",
    family: "peer_production",
    url: "https://wiki.p2pfoundation.net/Peer_Production_License",
  },
  { id: "LicenseRef-CopyFair", name: "CopyFair License", family: "copyfair", url: "https://wiki.p2pfoundation.net/Copyfair" },
];

export const LICENCE_IDS = LICENCES.map((l) => l.id) as [string, ...string[]];

const byId = new Map(LICENCES.map((l) => [l.id, l]));
export const licenceById = (id: string): Licence | undefined => byId.get(id);

/*
 * What each licence asks of those who build on it, as data: the obligations that always apply and
 * ordered rules (the first that matches a use decides) saying whether the use is free or needs an
 * agreement with the licensor. compliance.ts in the reciprocity module reads these and nothing else,
 * so a new licence is a new entry here, not a new code path.
 */
/** How an enterprise uses a commons, in the terms licences speak of (the declared uses' column type). */
export const USE_PURPOSES = ["commercial", "non_commercial", "internal"] as const;
export type UsePurpose = (typeof USE_PURPOSES)[number];
export type Ownership = (typeof OWNERSHIPS)[number];

export interface Obligation {
  id: "attribution" | "share_alike" | "reciprocity";
  text: Text;
}

export interface LicenceClause {
  /** Where in the licence, such as "§4(c)". */
  ref: Text;
  /** The licence's own words, or for a family of licences a summary of what they grant. */
  text: Text;
}

export interface LicenceRule {
  purposes: readonly UsePurpose[];
  /** Only enterprises of these ownership forms; any when absent. */
  ownerships?: readonly Ownership[];
  /** Only when the enterprise states that it distributes all its surplus among its worker-owners. */
  surplusToWorkers?: true;
  outcome: "free" | "agreement";
  clause: LicenceClause;
  /** Why, in a plain sentence. */
  explanation: Text;
}

export interface LicenceTerms {
  obligations: readonly Obligation[];
  /** First match wins; the last rule should match every use. */
  rules: readonly LicenceRule[];
}

const ATTRIBUTION: Obligation = {
  id: "attribution",
  text: t("licenceAttribution"),
};
const SHARE_ALIKE: Obligation = {
  id: "share_alike",
  text: t("licenceShareAlikeObligation"),
};

const PPL_GRANT: LicenceClause = {
  ref: "§3",
  text: "Subject to the terms and conditions of this License, Licensor hereby grants You a worldwide, royalty-free, non-exclusive, perpetual (for the duration of the applicable copyright) license to exercise the rights in the Work",
};
const PPL_COMMERCIAL: LicenceClause = {
  ref: "§4(c)",
  text: "You may exercise the rights granted in Section 3 for commercial purposes only if: i. You are a worker-owned business or worker-owned collective; and ii. all financial gain, surplus, profits and benefits produced by the business or collective are distributed among the worker-owners",
};
const PPL_PRIVATE: LicenceClause = {
  ref: "§4(d)",
  text: "Any use by a business that is privately owned and managed, and that seeks to generate profit from the labor of employees paid by salary or other wages, is not permitted under this license.",
};

const PEER_PRODUCTION: LicenceTerms = {
  obligations: [ATTRIBUTION, SHARE_ALIKE],
  rules: [
    {
      purposes: ["non_commercial"],
      outcome: "free",
      clause: PPL_GRANT,
      explanation: t("licencePplNonCommercial"),
    },
    {
      purposes: ["internal"],
      outcome: "free",
      clause: PPL_GRANT,
      explanation: t("licencePplInternal"),
    },
    {
      purposes: ["commercial"],
      ownerships: ["worker_owned"],
      outcome: "free",
      clause: PPL_COMMERCIAL,
      explanation: t("licencePplWorkerOwned"),
    },
    {
      purposes: ["commercial"],
      ownerships: ["cooperative"],
      surplusToWorkers: true,
      outcome: "free",
      clause: PPL_COMMERCIAL,
      explanation: t("licencePplCooperative"),
    },
    {
      purposes: ["commercial"],
      ownerships: ["private"],
      outcome: "agreement",
      clause: PPL_PRIVATE,
      explanation: t("licencePplPrivate"),
    },
    {
      purposes: ["commercial"],
      outcome: "agreement",
      clause: PPL_COMMERCIAL,
      explanation: t("licencePplOther"),
    },
  ],
};

/** One rule for licences that let anyone use the work for any purpose, under their obligations. */
const freeForAll = (obligations: readonly Obligation[], clause: LicenceClause, explanation: Text): LicenceTerms => ({
  obligations,
  rules: [{ purposes: USE_PURPOSES, outcome: "free", clause, explanation }],
});

export const FAMILY_TERMS: Record<LicenceFamily, LicenceTerms> = {
  public_domain: freeForAll([], { ref: t("licenceWaiverRef"), text: t("licenceWaiver") }, t("licencePublicDomain")),
  permissive: freeForAll([], { ref: t("licenceGrantRef"), text: t("licencePermissiveGrant") }, t("licencePermissive")),
  weak_copyleft: freeForAll(
    [ATTRIBUTION, { id: "share_alike", text: t("licenceWeakShareAlikeObligation") }],
    {
      ref: t("licenceGrantRef"),
      text: t("licenceWeakCopyleftGrant"),
    },
    t("licenceWeakCopyleft"),
  ),
  share_alike: freeForAll(
    [ATTRIBUTION, SHARE_ALIKE],
    {
      ref: t("licenceGrantRef"),
      text: t("licenceShareAlikeGrant"),
    },
    t("licenceShareAlike"),
  ),
  copyfair: freeForAll(
    [
      ATTRIBUTION,
      SHARE_ALIKE,
      {
        id: "reciprocity",
        text: t("licenceCopyfairReciprocity"),
      },
    ],
    { ref: t("licenceGrantRef"), text: t("licenceCopyfairGrant") },
    t("licenceCopyfair"),
  ),
  peer_production: PEER_PRODUCTION,
};

/** A licence's terms: its own where it has them, else its family's. */
export const licenceTerms = (licence: Pick<Licence, "family">): LicenceTerms => FAMILY_TERMS[licence.family];
