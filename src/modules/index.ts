import { createRouter } from "../http/router.ts";
import { emailRoutes } from "./accounts/email-routes.ts";
import { profileRoutes } from "./accounts/profile-routes.ts";
import { accountRoutes } from "./accounts/routes.ts";
import { movesSignIns, SIGN_IN_CHANGING_PATHS } from "./accounts/signed-in-cache.ts";
import { activityRoutes } from "./activity/routes.ts";
import { affiliationRoutes } from "./affiliations/routes.ts";
import { budgetingRoutes } from "./budgeting/routes.ts";
import { commonsRoutes } from "./commons/routes.ts";
import { contributionRoutes } from "./contributions/routes.ts";
import { decisionRoutes } from "./decisions/routes.ts";
import { discussionRoutes } from "./discussions/routes.ts";
import { documentRoutes } from "./documents/routes.ts";
import { federationAdminRoutes } from "./federation/admin-routes.ts";
import { federationForkingRoutes } from "./federation/forking-routes.ts";
import { federationReadingRoutes } from "./federation/reading-routes.ts";
import { federationRoutes } from "./federation/routes.ts";
import { flowRoutes } from "./flows/routes.ts";
import { instanceRoutes } from "./instance/routes.ts";
import { ledgerExportRoutes } from "./ledger/export-routes.ts";
import { ledgerRoutes } from "./ledger/routes.ts";
import { membershipRoutes } from "./memberships/routes.ts";
import { needRoutes } from "./needs/routes.ts";
import { notificationRoutes } from "./notifications/routes.ts";
import { unsubscribeRoutes } from "./notifications/unsubscribe-routes.ts";
import { organizationRoutes } from "./organizations/routes.ts";
import { phyleRoutes } from "./phyles/routes.ts";
import { reciprocityRoutes } from "./reciprocity/routes.ts";
import { CALENDAR_CHANGING_PATHS, movesCalendars } from "./sharing/calendar-cache.ts";
import { sharingCatalogueRoutes } from "./sharing/catalogue-routes.ts";
import { sharingDeskRoutes } from "./sharing/desk-routes.ts";
import { sharingFeedRoutes } from "./sharing/feeds/feed-routes.ts";
import { sharingImpactRoutes } from "./sharing/impact-routes.ts";
import { sharingRoutes } from "./sharing/routes.ts";
import { sharingValueflowRoutes } from "./sharing/valueflows-routes.ts";
import { expenseRoutes } from "./treasury/expense-routes.ts";
import { incomeRoutes } from "./treasury/income-routes.ts";
import { valueRoutes } from "./value/routes.ts";
import { valueflowRoutes } from "./valueflows/routes.ts";

const api = createRouter();
// What changes sign-ins moves this process's kept ones on (accounts/signed-in-cache.ts).
for (const path of SIGN_IN_CHANGING_PATHS) api.use(path, movesSignIns);
// Whatever changes a library moves this process's kept public calendars on (sharing/calendar-cache.ts).
for (const path of CALENDAR_CHANGING_PATHS) api.use(path, movesCalendars);

/** Every module's routes, mounted under /api. A new module adds one line here. */
export const apiRoutes = api
  .route("/", instanceRoutes)
  .route("/", accountRoutes)
  .route("/", emailRoutes)
  .route("/", profileRoutes)
  .route("/", organizationRoutes)
  .route("/", membershipRoutes)
  .route("/", affiliationRoutes)
  .route("/", activityRoutes)
  .route("/", commonsRoutes)
  .route("/", documentRoutes)
  .route("/", contributionRoutes)
  .route("/", needRoutes)
  .route("/", notificationRoutes)
  .route("/", unsubscribeRoutes)
  .route("/", discussionRoutes)
  .route("/", decisionRoutes)
  .route("/", ledgerRoutes)
  .route("/", ledgerExportRoutes)
  .route("/", expenseRoutes)
  .route("/", incomeRoutes)
  .route("/", reciprocityRoutes)
  .route("/", phyleRoutes)
  .route("/", flowRoutes)
  .route("/", valueflowRoutes)
  .route("/", valueRoutes)
  .route("/", sharingRoutes)
  .route("/", sharingCatalogueRoutes)
  .route("/", sharingDeskRoutes)
  .route("/", sharingImpactRoutes)
  .route("/", sharingFeedRoutes)
  .route("/", sharingValueflowRoutes)
  .route("/", budgetingRoutes)
  .route("/", federationRoutes)
  .route("/", federationReadingRoutes)
  .route("/", federationForkingRoutes)
  .route("/", federationAdminRoutes);
