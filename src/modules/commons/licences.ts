import type { OWNERSHIPS } from "../organizations/values.ts";

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
  text: string;
}

export interface LicenceClause {
  /** Where in the licence, such as "§4(c)". */
  ref: string;
  /** The licence's own words, or for a family of licences a summary of what they grant. */
  text: string;
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
  explanation: string;
}

export interface LicenceTerms {
  obligations: readonly Obligation[];
  /** First match wins; the last rule should match every use. */
  rules: readonly LicenceRule[];
}

const ATTRIBUTION: Obligation = {
  id: "attribution",
  text: "Credit the commons and its authors, link to the licence and say whether you changed it.",
};
const SHARE_ALIKE: Obligation = {
  id: "share_alike",
  text: "Share what you adapt from it under the same licence.",
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
      explanation: "Non-commercial use is free for everyone under the Peer Production License.",
    },
    {
      purposes: ["internal"],
      outcome: "free",
      clause: PPL_GRANT,
      explanation:
        "Internal use is free for everyone: the enterprise uses the commons itself and does not exercise the licence's rights on a market, which is what §4(c) and §4(d) restrict.",
    },
    {
      purposes: ["commercial"],
      ownerships: ["worker_owned"],
      outcome: "free",
      clause: PPL_COMMERCIAL,
      explanation: "Commercial use is free for a worker-owned business, which the Peer Production License allows under §4(c).",
    },
    {
      purposes: ["commercial"],
      ownerships: ["cooperative"],
      surplusToWorkers: true,
      outcome: "free",
      clause: PPL_COMMERCIAL,
      explanation: "Commercial use is free for a cooperative that distributes all its surplus among its worker-owners, as §4(c) requires.",
    },
    {
      purposes: ["commercial"],
      ownerships: ["private"],
      outcome: "agreement",
      clause: PPL_PRIVATE,
      explanation:
        "Commercial use by a privately owned business that profits from wage labour is not permitted by the Peer Production License (§4(d)) without a separate agreement with the licensor.",
    },
    {
      purposes: ["commercial"],
      outcome: "agreement",
      clause: PPL_COMMERCIAL,
      explanation:
        "Commercial use is free only for worker-owned businesses or collectives that distribute all their surplus among their worker-owners (§4(c)); any other enterprise needs a separate agreement with the licensor.",
    },
  ],
};

/** One rule for licences that let anyone use the work for any purpose, under their obligations. */
const freeForAll = (obligations: readonly Obligation[], clause: LicenceClause, explanation: string): LicenceTerms => ({
  obligations,
  rules: [{ purposes: USE_PURPOSES, outcome: "free", clause, explanation }],
});

export const FAMILY_TERMS: Record<LicenceFamily, LicenceTerms> = {
  public_domain: freeForAll(
    [],
    { ref: "Waiver", text: "The authors waived their rights in the work to the extent the law allows." },
    "The work is in the public domain: any use is free, with no conditions.",
  ),
  permissive: freeForAll(
    [],
    { ref: "Grant", text: "Permission to use, copy, modify and distribute the work, for any purpose, keeping its notices." },
    "A permissive licence: any use is free, commercial or not; keep the licence notice with copies.",
  ),
  weak_copyleft: freeForAll(
    [
      ATTRIBUTION,
      { id: "share_alike", text: "Share changes to the licensed files under the same licence; your own files may stay under yours." },
    ],
    {
      ref: "Grant",
      text: "Permission to use, modify and distribute the work for any purpose, provided modified licensed files stay under this licence.",
    },
    "A weak copyleft licence: any use is free; changes to the licensed files are shared under the same licence.",
  ),
  share_alike: freeForAll(
    [ATTRIBUTION, SHARE_ALIKE],
    {
      ref: "Grant",
      text: "Permission to use, adapt and share the work for any purpose, provided adaptations are shared under the same licence.",
    },
    "A share-alike licence: any use is free, commercial or not, as long as what is built from it is shared under the same licence.",
  ),
  copyfair: freeForAll(
    [
      ATTRIBUTION,
      SHARE_ALIKE,
      {
        id: "reciprocity",
        text: "CopyFair asks those who profit from the commons to give back to it in kind or in money, in proportion to what they take.",
      },
    ],
    { ref: "Grant", text: "Permission to use, adapt and share the work, commercially or not, with attribution, under the same terms." },
    "CopyFair permits any use with attribution and share-alike; commercial users are expected to reciprocate to the commons.",
  ),
  peer_production: PEER_PRODUCTION,
};

/** A licence's terms: its own where it has them, else its family's. */
export const licenceTerms = (licence: Pick<Licence, "family">): LicenceTerms => FAMILY_TERMS[licence.family];
