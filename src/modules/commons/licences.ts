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
