/** A failure no retry can mend: the server refused the message for good (5xx), or it cannot be written. */
export class PermanentFailure extends Error {}
