import { defineMessages } from "../../text/messages.ts";

/** The organizations module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "organizations",
  {
    organization: "The organization",
    organizationNamed: 'The organization "{slug}"',
    stewardsOnly: "Only this organization's stewards can do this.",
    slugTaken: "This address is taken by another organization.",
    ownershipOnlyEnterprises: "Only enterprises have an ownership form, and every enterprise needs one.",
    ownershipNeeded: "An enterprise needs an ownership form.",
    ownershipRefused: "Only enterprises have an ownership form.",
  },
  {
    organization: "Organisation",
    organizationNamed: "Organisation « {slug} »",
    stewardsOnly: "Seuls les responsables de cette organisation peuvent faire cela.",
    slugTaken: "Cette adresse est déjà prise par une autre organisation.",
    ownershipOnlyEnterprises: "Seules les entreprises ont une forme de propriété, et chaque entreprise doit en avoir une.",
    ownershipNeeded: "Une entreprise doit indiquer sa forme de propriété.",
    ownershipRefused: "Seules les entreprises ont une forme de propriété.",
  },
);
