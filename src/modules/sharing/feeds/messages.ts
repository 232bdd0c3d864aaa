import { defineMessages } from "../../../text/messages.ts";

/** The shared-resources feeds' texts for people (problem details, a private calendar's name). */
export const t = defineMessages(
  "sharing-feeds",
  {
    noPosition: "This library has not given its position (latitude and longitude), so it publishes no GBFS feed.",
    calendarFeed: "The calendar feed",
    myBookings: "My bookings ({host})",
  },
  {
    noPosition: "Cette bibliothèque n’a pas donné sa position (latitude et longitude) : elle ne publie pas de flux GBFS.",
    calendarFeed: "Flux de calendrier",
    myBookings: "Mes réservations ({host})",
  },
);
