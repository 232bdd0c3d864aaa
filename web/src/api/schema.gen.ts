/**
 * GENERATED from the server's OpenAPI document by `npm run gen:api` (scripts/generate-api-types.ts).
 * Do not edit: change the server's route and schema declarations, then run `npm run gen:api`.
 * `npm run gen:api -- --check` fails when this file is out of date.
 */
/* biome-ignore-all lint: generated */
/* biome-ignore-all format: generated */
export interface paths {
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity log, newest first
         * @description Every state change on this instance. Anonymous readers see public rows; members also see their organizations' internal rows; everyone sees their own private rows.
         */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    /** @description What happened to and in this commons. */
                    commons?: string;
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                    organization?: string;
                    verb?: string;
                    /** @description Comma-separated visibilities to include, e.g. public,members. */
                    visibility?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of activities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Activity"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/affiliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** State that an enterprise pays you for your work over a period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAffiliation"];
                };
            };
            responses: {
                /** @description The claimed affiliation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AffiliationId"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/affiliations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw your affiliation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change your affiliation's dates or note (new dates need confirming again) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @example 2026-01-31
                         */
                        endsOn?: string | null;
                        note?: string;
                        /**
                         * Format: date
                         * @example 2026-01-31
                         */
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AffiliationId"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/affiliations/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm or dispute an affiliation (the enterprise's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "confirmed" | "disputed";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Reviewed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AffiliationReview"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement with its invoices (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The agreement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an offer before it is answered (the offering side); terms in force are fixed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementPatch"];
                };
            };
            responses: {
                /** @description The offer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/agreements/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an offer (the other side's stewards or treasurers): the agreement is in force */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The agreement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an offer (the other side's stewards or treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The agreement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an agreement on the last day of a period, or withdraw an offer (either side) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EndAgreement"];
                };
            };
            responses: {
                /** @description The agreement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise an ended period's invoice (treasurers; the enterprise's when it declares revenue): posts in both books */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewInvoice"];
                };
            };
            responses: {
                /** @description The agreement with its invoices */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/confirm-email-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a change of email address with the token sent to the new address
         * @description The new address becomes the account's, verified; the old one is told. 409 naming `email` if another account took it meanwhile.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkToken"];
                };
            };
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password (ends your other sessions; revokes your API tokens if asked)
         * @description Needs a signed-in session: an API token cannot change the password. Attempts are rate-limited like sign-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChange"];
                };
            };
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a link to choose a new password (valid one hour)
         * @description Answers the same whether or not an account uses the address, so it cannot be used to learn who has one. 503 when the instance sends no email. Rate-limited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetRequest"];
                };
            };
            responses: {
                /** @description Sent if an account uses the address */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notice"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not available on this instance (email: no mail server is configured) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with the link's token
         * @description Spends this and every other reset link of the account, signs it out everywhere and marks its address verified. A spent or expired token is a 422 naming `token`. Rate-limited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and the CSRF token for writes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current session, or nulls */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Rate-limited per IP address and per email.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            responses: {
                /** @description Signed in (sets the session cookie) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and sign in
         * @description Rate-limited per IP address and per email.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignUp"];
                };
            };
            responses: {
                /** @description Signed up and signed in (sets the session cookie) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove your email address with the link's token (no session needed)
         * @description The token works once, and only while the account still uses the address it was sent to. Rate-limited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkToken"];
                };
            };
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking not yet checked out (its borrower or the desk) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cancelled booking */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bookings/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a booked unit to its borrower (the desk) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckOut"];
                };
            };
            responses: {
                /** @description The loan */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Loan"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bookings/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or decline a request to borrow a unit you lend (its owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BookingDecision"];
                };
            };
            responses: {
                /** @description The booking */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bookings/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shorten or extend a booking (its borrower or the desk) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BookingEnd"];
                };
            };
            responses: {
                /** @description The booking */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a draft budget's lines (treasurers) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewBudget"];
                };
            };
            responses: {
                /** @description The draft budget */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Budget"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgets/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a draft budget to the members (treasurers); passing approves it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DecisionTerms"];
                };
            };
            responses: {
                /** @description The proposal */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{feed}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's bookings in every library, as iCalendar (the URL's token is the credential)
         * @description `feed` is `<token>.ics`, from POST /api/me/calendar-feed; no session is needed. Bookings from 30 days ago on, each with the resource's name, the library's name and address as LOCATION. An unknown or revoked token is not found.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    feed: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person's bookings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls for citizen projects, latest voting first (public) */
        get: {
            parameters: {
                query?: {
                    organization?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The calls */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PbCall"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a call for citizen projects (a public body's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewCall"];
                };
            };
            responses: {
                /** @description The call */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbCall"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call: budget, districts, phases and ballot (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The call */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbCall"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every grant's status, progress and money granted and paid (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accountability */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbAccountability"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One's own ballot in a call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your ballot, or null */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbMyBallot"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Cast or change one's ballot (while voting is open)
         * @description One ballot per voter: casting again replaces it. The ballot is checked against the call's limits (number of projects, knapsack cost, points, districts, eligibility); a refusal names the field and nothing is written.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BallotInput"];
                };
            };
            responses: {
                /** @description Counted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbBallotReceipt"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/grants/{number}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress on a grant, with evidence (the project's team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
            responses: {
                /** @description Accountability */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbAccountability"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/grants/{number}/tranches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a grant's milestones and tranches (the body's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GrantTranches"];
                };
            };
            responses: {
                /** @description Accountability */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbAccountability"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/grants/{number}/tranches/{position}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay a tranche from the call's budget line (the body's treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    position: number;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PayTranche"];
                };
            };
            responses: {
                /** @description Accountability */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbAccountability"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/paper-ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a paper ballot (the body's reviewers, while voting is open) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PaperBallotInput"];
                };
            };
            responses: {
                /** @description Counted */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbBallotReceipt"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's projects with their review (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The projects */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PbProject"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Submit a project (anyone signed in, during submission) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewProject"];
                };
            };
            responses: {
                /** @description The project */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbProject"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/projects/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbProject"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit one's project (its author, until review) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectPatch"];
                };
            };
            responses: {
                /** @description The project */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbProject"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/calls/{slug}/projects/{number}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a project eligible or not, with a public reason (the body's reviewers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectReview"];
                };
            };
            responses: {
                /** @description The project */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbProject"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/projects/{number}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Support a project (before voting) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbProject"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Withdraw one's support */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbProject"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload identifiers of eligible voters; each new one gets a code, shown once (the body's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VoterRegisterInput"];
                };
            };
            responses: {
                /** @description The codes to send */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbRegisterUpload"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/register/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim one's place on the register with its code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VoterClaim"];
                };
            };
            responses: {
                /** @description Claimed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimed: boolean;
                        };
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results with their explanations, computed when voting closed (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbResults"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Compute the results again from the stored ballots (the body's stewards, after voting) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PbResults"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{slug}/vote.pb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call's vote as a Pabulib .pb file, as pabutools and equalshares.net read it (public; anonymous voter numbers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The .pb file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your comment; the earlier version is kept */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewComment"];
                };
            };
            responses: {
                /** @description The comment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/comments/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a comment with a public reason (moderators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HideComment"];
                };
            };
            responses: {
                /** @description The hidden comment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Restore a hidden comment (moderators) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The restored comment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A comment's earlier versions, oldest first (none shown while it is hidden) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Earlier versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CommentVersion"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List commons, newest first */
        get: {
            parameters: {
                query?: {
                    community?: string;
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    /** @description Only the forks of this commons. */
                    forkedFrom?: string;
                    limit?: number;
                    /** @description Words in the title or summary. */
                    q?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of commons */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Commons"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a commons for a community you steward */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewCommons"];
                };
            };
            responses: {
                /** @description The new commons */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commons"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commons' public page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The commons */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommonsProfile"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a commons (the community's stewards) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CommonsPatch"];
                };
            };
            responses: {
                /** @description The commons */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commons"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/commons/{slug}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a new document, an edit, or logged work — no membership needed
         * @description An edit names the document and the revision it starts from, and carries the whole new text; it is three-way merged on acceptance if the document moved on. Documents over 1 MB are refused with 413.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewContribution"];
                };
            };
            responses: {
                /** @description The proposal, pending review */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/contributors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People whose contributions were accepted, most first */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contributors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contributors"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who writes this commons: accepted contributions that were paid, volunteered or of unknown funding */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    interval?: "week" | "month" | "quarter" | "year";
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditReport"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distributions posted under the equation of a commons (public), newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of distributions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DistributionSummary"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Post a distribution (the distributing books' treasurers): the source debited, each share credited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DistributionPost"];
                };
            };
            responses: {
                /** @description The posted statement */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistributionStatement"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/distributions/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute a distribution's statement without posting anything (treasurers and the equation's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DistributionPreview"];
                };
            };
            responses: {
                /** @description The statement, with its hash */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistributionStatement"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commons' documents, by path */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentSummary"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/documents/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document at its newest revision or at any earlier one */
        get: {
            parameters: {
                query?: {
                    revision?: number;
                };
                header?: never;
                path: {
                    path: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/documents/{path}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Line-level diff of any two revisions, with the changed words marked */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    path: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The diff from `from` to `to` */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevisionDiff"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/documents/{path}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A revision's content as a plain-text file */
        get: {
            parameters: {
                query?: {
                    revision?: number;
                };
                header?: never;
                path: {
                    path: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/documents/{path}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document's history, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    path: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevisionPage"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/documents/{path}/revisions/{number}/upstream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a fork's revision back to the commons it was forked from */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    path: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpstreamProposal"];
                };
            };
            responses: {
                /** @description The proposal, in the origin commons */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commons' feedback loop: value flowing in and out per period (public)
         * @description Inflows: reciprocity (invoiced, and separately what was received) and phyle commitments tagged with this commons in its steward association's books; sponsorships, donations and grants to the association (for all the commons it stewards). Outflows: this commons' distributions (person shares to contributors, fixed shares) and the association's infrastructure spending. Twelve periods up to today by default; at most 120.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    interval?: "month" | "quarter" | "year";
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Inflows and outflows per period */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommonsFlows"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/forks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forks of a commons, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of forks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Commons"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Fork a commons, with every document and its full history
         * @description Into a community you steward (`community`), or one you found on the spot (`newCommunity`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForkRequest"];
                };
            };
            responses: {
                /** @description The fork */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commons"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a need or an offer on a commons (anyone signed in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewNeed"];
                };
            };
            responses: {
                /** @description The new need */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/remote-forks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forks of this commons made on other instances, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The remote forks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RemoteFork"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/upstream-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The changes offered from this fork to its origin on another instance, and their answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The offers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UpstreamOffer"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who builds on this commons, with each use's compliance with its licence (public) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Declared uses, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Use"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Declare that an enterprise builds on this commons (its stewards or treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUse"];
                };
            };
            responses: {
                /** @description The declared use and its compliance */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Use"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/value-equation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The value equation of a commons (public); the default when none was saved */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The equation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueEquation"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the value equation of a commons (its stewards) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ValueEquationInput"];
                };
            };
            responses: {
                /** @description The saved equation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueEquation"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commons/{slug}/valueflows.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commons' contributions, uses and transfers as ValueFlows economic events, streamed (public)
         * @description A JSON-LD document: `@context` maps each term to the ValueFlows 1.0 vocabulary (https://w3id.org/valueflows/ont/vf#), `@graph` holds EconomicEvents: accepted logged work as `work` (effortQuantity in om2:hour), accepted documents, edits and imported commits as `produce` into the commons (lines as om2:one), declared uses as `cite`, and money paid for the commons (reciprocity, phyle commitments, payouts, distribution shares) as `transfer` (currencies as iso4217 URNs). Agents and resources are this instance's pages.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/ld+json": components["schemas"]["ValueFlowsDocument"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions, most recently changed first */
        get: {
            parameters: {
                query?: {
                    author?: string;
                    commons?: string;
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    document?: string;
                    limit?: number;
                    /** @description One status or several, comma-separated (pending,conflicted). */
                    status?: string;
                    type?: "new_document" | "edit" | "work" | "commit";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of contributions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ContributionSummary"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contribution with its review and credit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contribution */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Revise your open proposal; new content or a new base puts a conflicted one back in review */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProposalPatch"];
                };
            };
            responses: {
                /** @description The proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/contributions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a proposal (maintainers)
         * @description Documents get a new revision, three-way merged when the document moved on. When the changes overlap, nothing is written but the proposal becomes `conflicted` and `conflicts` shows where.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Acceptance"];
                };
            };
            responses: {
                /** @description The outcome */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewOutcome"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a document proposal changes, and how it merges into the newest revision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContributionChanges"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal with a public note (maintainers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Rejection"];
                };
            };
            responses: {
                /** @description The proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signal support for a contribution */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            supportCount: number;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Take your support back */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            supportCount: number;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your open proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contribution"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A posted distribution's statement (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistributionStatement"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distributions/{id}/lines/{position}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accepted contributions behind a contributor's share (public), latest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                    position: number | null;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of contributions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ShareContribution"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a donation arrived (treasurers): posts it as income */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConfirmDonation"];
                };
            };
            responses: {
                /** @description The confirmed donation (its donor is not repeated) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a donation that never arrived (treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The declined donation (its donor is not repeated) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An expense, with the decision or budget line that authorised it and the payment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The expense */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpenseDetail"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve within an approved budget line (treasurers); the database checks the room left */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApproveWithinBudget"];
                };
            };
            responses: {
                /** @description The approved expense */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpenseDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay an approved expense (treasurers): posts it to the books with its authorising decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PayExpense"];
                };
            };
            responses: {
                /** @description The paid expense */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpenseDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt file (the submitter and the organization's members) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, in the type it was uploaded as */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Attach or replace the receipt (the submitter or a treasurer) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description PDF, PNG, JPEG or WebP, up to 5 MB.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description The expense with its receipt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpenseDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn down an expense that is not before the members (treasurers), with a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RejectExpense"];
                };
            };
            responses: {
                /** @description The rejected expense */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpenseDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the expense to the members' vote (the submitter or a treasurer); passing approves it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DecisionTerms"];
                };
            };
            responses: {
                /** @description The proposal */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expenses/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your expense while it waits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The withdrawn expense */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpenseDetail"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/actor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person or an organization on another instance, by its handle: who it is and what reached us from it */
        get: {
            parameters: {
                query: {
                    handle: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The remote actor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemoteActor"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The remote instances and actors this instance blocks (its admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The blocks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FederationBlock"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Block a remote instance or actor: its activities are refused and its follows end (the instance's admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FederationBlockInput"];
                };
            };
            responses: {
                /** @description The block */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationBlock"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/blocks/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a block (the instance's admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FederationBlockInput"];
                };
            };
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/discussion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A discussion from another instance as it reached this one: its first post and its replies, oldest first */
        get: {
            parameters: {
                query: {
                    uri: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The discussion */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RemotePost"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the people and organizations you follow on other instances published, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The posts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemotePostPage"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom you follow on other instances */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your follows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RemoteFollow"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Follow a person or an organization on another instance, by its handle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoteHandle"];
                };
            };
            responses: {
                /** @description The follow (pending until the other instance accepts it) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemoteFollow"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/follows/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop following someone on another instance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoteHandle"];
                };
            };
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/forks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fork a commons of another instance, with every document and its full history, into a community you steward here */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoteForkRequest"];
                };
            };
            responses: {
                /** @description The fork */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commons"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer a revision of a fork back to its origin on another instance, whose maintainers accept or reject it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpstreamOfferInput"];
                };
            };
            responses: {
                /** @description The offer, pending */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpstreamOffer"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to a post from another instance; the reply is sent to the organization it came through */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoteReplyInput"];
                };
            };
            responses: {
                /** @description The reply, as kept here */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemotePost"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery queue, failing inboxes, known instances and blocks (the instance's admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The federation's state */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationStatus"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/take-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The needs on other instances you offered to take up, newest first, with their answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your take-ups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemoteTakeUpList"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Take up a need posted on another instance; its organization there records you as taking it up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoteTakeUpInput"];
                };
            };
            responses: {
                /** @description Sent (or sent before and not refused); the other instance records it and answers */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemoteTakeUp"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/follows/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you follow this */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    type: components["schemas"]["Followable"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your follow */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Follow"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Follow (watch) an organization, commons, document, need or discussion */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    type: components["schemas"]["Followable"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description You follow it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Follow"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Stop following */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    type: components["schemas"]["Followable"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description You no longer follow it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Follow"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this instance is */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The instance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instance"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or describe the instance, or require verified email addresses to write (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        name?: string;
                        /** @description When true (and the instance sends email), accounts must prove their address before they may write. */
                        requireVerifiedEmail?: boolean;
                    };
                };
            };
            responses: {
                /** @description The instance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instance"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/invoices/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay an invoice (the enterprise's treasurers) or record it received (the association's): posts in both books */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PayInvoice"];
                };
            };
            responses: {
                /** @description The agreement with its invoices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a library of things for an organization (its stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewLibrary"];
                };
            };
            responses: {
                /** @description The library */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Library"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A library: hours, rules, time zone (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The library */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Library"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the days the library is closed whatever its weekly hours (the library's stewards) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LibraryClosures"];
                };
            };
            responses: {
                /** @description The library */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Library"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The desk's day: pick-ups, returns, overdue loans, units held, open problems (stewards and maintainers) */
        get: {
            parameters: {
                query?: {
                    /** @description The library's local date; today by default. */
                    day?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The desk's day */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeskDay"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/gbfs/gbfs.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GBFS 3.0 discovery file: the feed's other files
         * @description Part of the library's GBFS 3.0 feed (public), for its resource types of kind vehicle; the library is one station. A library that has not given its latitude and longitude publishes no feed (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GBFS gbfs.json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GbfsDiscovery"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/gbfs/station_information.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GBFS 3.0 station_information.json
         * @description Part of the library's GBFS 3.0 feed (public), for its resource types of kind vehicle; the library is one station. A library that has not given its latitude and longitude publishes no feed (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GBFS station_information.json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GbfsStationInformation"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/gbfs/station_status.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GBFS 3.0 station_status.json
         * @description Part of the library's GBFS 3.0 feed (public), for its resource types of kind vehicle; the library is one station. A library that has not given its latitude and longitude publishes no feed (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GBFS station_status.json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GbfsStationStatus"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/gbfs/system_information.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GBFS 3.0 system_information.json
         * @description Part of the library's GBFS 3.0 feed (public), for its resource types of kind vehicle; the library is one station. A library that has not given its latitude and longitude publishes no feed (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GBFS system_information.json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GbfsSystemInformation"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/gbfs/vehicle_status.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GBFS 3.0 vehicle_status.json (vehicle ids rotate every hour and after each loan)
         * @description Part of the library's GBFS 3.0 feed (public), for its resource types of kind vehicle; the library is one station. A library that has not given its latitude and longitude publishes no feed (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GBFS vehicle_status.json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GbfsVehicleStatus"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/gbfs/vehicle_types.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GBFS 3.0 vehicle_types.json
         * @description Part of the library's GBFS 3.0 feed (public), for its resource types of kind vehicle; the library is one station. A library that has not given its latitude and longitude publishes no feed (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GBFS vehicle_types.json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GbfsVehicleTypes"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The impact of sharing: utilisation, people served, and what borrowing avoided, with its method (public) */
        get: {
            parameters: {
                query?: {
                    /** @description First month (YYYY-MM); 11 months before `to` by default. */
                    from?: string;
                    /** @description Last month (YYYY-MM); this month by default. */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The impact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LibraryImpact"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A library's catalogue, with availability for given dates (public) */
        get: {
            parameters: {
                query?: {
                    /** @description A category of the taxonomy; its sub-categories are included. */
                    category?: string;
                    /** @description First day to check availability for (the library's local date, YYYY-MM-DD). */
                    from?: string;
                    kind?: "tool" | "vehicle" | "space" | "machine" | "other";
                    /** @description Words of the name or description. */
                    q?: string;
                    /** @description Last day to check availability for (the library's local date, YYYY-MM-DD). */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Catalogue"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a resource type to the catalogue (the library's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewResourceType"];
                };
            };
            responses: {
                /** @description The resource type */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResourceType"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/resources/{type}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a person to borrow a resource that asks for it, after a training say (the library's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    type: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BorrowingApproval"];
                };
            };
            responses: {
                /** @description Approved */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/resources/{type}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When each unit of a resource is busy (public: never who booked) */
        get: {
            parameters: {
                query?: {
                    /** @description First day (the library's local date, YYYY-MM-DD). */
                    from?: string;
                    /** @description Last day (31 days by default) (the library's local date, YYYY-MM-DD). */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Busy periods per unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Availability"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/resources/{type}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a unit of a resource type
         * @description Takes the first free unit (or the one named) for whole days or a time slot, as the type's rules say. Every rule is checked first and a refusal names its field and rule. When nothing is free: 409 with `nextFree`, the next free periods of the same length. The database refuses any overlap of two bookings of one unit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    type: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewBooking"];
                };
            };
            responses: {
                /** @description The booking */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/resources/{type}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * When a resource type's units are booked, as iCalendar (public)
         * @description One VEVENT per booking that holds a unit (requested: TENTATIVE; confirmed or checked out: CONFIRMED), from 30 days ago to the end of the booking horizon, as `Booked` with the unit's code in RESOURCES; never who booked. Whole-day bookings are all-day events on the library's local dates (DTEND the day after the last day); slots are local times with TZID=<the library's zone> and a VTIMEZONE made from that zone's transitions.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/resources/{type}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a unit (one copy) of a resource type (the library's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    type: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUnit"];
                };
            };
            responses: {
                /** @description The unit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResourceUnit"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/resources/{type}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the line for a period nothing is free in
         * @description The same rules as a booking apply. When a unit frees up for the period, the first in line is offered it: a booking is held for them for the rules' `offerHours`, then passes to the next.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    type: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewBooking"];
                };
            };
            responses: {
                /** @description Your place in line */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WaitlistPlace"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/valueflows.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The library's resources, bookings and loans as ValueFlows, streamed (public; never who borrowed)
         * @description A JSON-LD document: `@context` maps each term to the ValueFlows 1.0 vocabulary (https://w3id.org/valueflows/ont/vf#), `@graph` holds each resource type as a ResourceSpecification, each unit as an EconomicResource (its primaryAccountable the library's organization, or the member who lends it), each live or past booking as a Commitment (`use` for machines and spaces, `transferCustody` otherwise), each check-out and check-in as a `transferCustody` EconomicEvent, and each returned loan of a machine or a space as a `use` event (effortQuantity in om2:hour). A borrower is an unnamed Person, a node of its own in each event: never a handle, a name, an id or an email.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The library's graph */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/ld+json": components["schemas"]["LibraryValueFlowsDocument"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/libraries/{slug}/vehicle-survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the library's vehicle survey: cars given up and car purchases forgone thanks to sharing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VehicleSurveyAnswer"];
                };
            };
            responses: {
                /** @description Recorded (a later answer in the same round replaces it) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The licences a commons may carry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every known licence */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Licence"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loans/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the one question after a return: without this loan, would you have bought or rented one? */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoanAnswer"];
                };
            };
            responses: {
                /** @description The loan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Loan"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loans/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a unit back, with its condition and any problem (the desk) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckIn"];
                };
            };
            responses: {
                /** @description The returned loan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Loan"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an email's unsubscribe link would stop
         * @description Changes nothing (mail scanners open links); the page asks the person to confirm.
         */
        get: {
            parameters: {
                query: {
                    /** @description The signed token from the email's link. */
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What the link stops */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unsubscription"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Unsubscribe from an email (RFC 8058 one-click)
         * @description What the List-Unsubscribe-Post header and the unsubscribe page call. The token is the whole authority: no session is needed. The body (List-Unsubscribe=One-Click) is not needed either. Those emails then show in the app only.
         */
        post: {
            parameters: {
                query: {
                    /** @description The signed token from the email's link. */
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What no longer comes by email */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unsubscription"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your account: profile, email, whether it is verified, the language of your emails */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your public profile */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bio?: string;
                        /**
                         * @description The language of the emails you receive.
                         * @enum {string}
                         */
                        language?: "en" | "fr";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Your profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your bookings and loans (recent and coming) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your bookings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MyBooking"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make (or replace) your private calendar feed of your bookings; its URL is shown once
         * @description The URL carries a secret token (only its SHA-256 is kept): anyone who has it can read your bookings, so treat it as a password. Making a new one ends the old one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your feed's URL */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarFeed"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Revoke your private calendar feed (its URL answers 404 from then on) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your email address (confirmed at the new address when the instance sends email)
         * @description Needs your password and a signed-in session. With email on, a link goes to the new address and a notice to the current one; the change applies when the link is used. With email off it applies at once. Rate-limited like sign-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmailChange"];
                };
            };
            responses: {
                /** @description Applied, or a confirmation was sent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmailChangeResult"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new verification link to your address (the earlier ones stop working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not available on this instance (email: no mail server is configured) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How each kind of notification reaches you */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every kind, with your choice or its default */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreference"][];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Choose how some kinds reach you */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesPatch"];
                };
            };
            responses: {
                /** @description Every kind, after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreference"][];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your personal API tokens (never the secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your active tokens, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokens"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description The new token, with its secret */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NewApiToken"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a personal API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your places in libraries' waitlists, with your position in each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your places */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WaitlistPlace"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The needs board: needs and offers, freshest or most urgent first */
        get: {
            parameters: {
                query?: {
                    /** @description Only the needs posted on this commons. */
                    commons?: string;
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                    /** @description Only the needs posted on this organization (not on its commons). */
                    organization?: string;
                    /** @description fresh: most recently active first. urgent: critical → low → none, then soonest due (undated last), then freshest. */
                    sort?: "fresh" | "urgent";
                    /** @description open (nobody on it yet), taken (open, someone is on it), done; comma-separated for several. */
                    status?: string;
                    tag?: string;
                    type?: "need" | "offer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NeedItem"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A need with its takers, progress and linked contributions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The need */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a need (its author or maintainers) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NeedPatch"];
                };
            };
            responses: {
                /** @description The need as it now stands */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/needs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the need done (its author or maintainers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["NeedClose"];
                };
            };
            responses: {
                /** @description The need, done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a contribution that answers the need
         * @description For a commons' need the contribution must be to the same commons. The author, the people on it, maintainers and the contribution's author may link.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NeedLink"];
                };
            };
            responses: {
                /** @description The need with the new link */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a done need (its author or maintainers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The need, open again */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/take-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I'm taking this up (several people may; nobody assigns work) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The need, with you among its takers */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Step back from a need you took up */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The need, without you among its takers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress (the author, the people on it, or maintainers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NeedProgress"];
                };
            };
            responses: {
                /** @description The need with the new update */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    /** @description Only these kinds, comma-separated. */
                    kind?: string;
                    limit?: number;
                    /** @description Only the unread ones. */
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Notification"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your notifications (what an email's link opens) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The notification */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notification"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description The unread count after */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unread"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unread count after (0) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unread"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your unread count, live (Server-Sent Events)
         * @description An `unread` event with `{"unread": n}` at once and whenever the count changes, from any server process; a comment line every 25 s keeps the connection open through proxies.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unread count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unread"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search organizations
         * @description Without `q`, alphabetical; with `q`, by relevance (each word matches as a prefix of words in the name or description).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    kind?: "community" | "association" | "enterprise" | "public_body";
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of organizations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organization"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Found an organization; you become its steward */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewOrganization"];
                };
            };
            responses: {
                /** @description The new organization */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's public profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The organization */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationProfile"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an organization (stewards) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganizationPatch"];
                };
            };
            responses: {
                /** @description The organization */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organizations/{slug}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an account (treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAccount"];
                };
            };
            responses: {
                /** @description The new account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/affiliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people who say this enterprise pays them */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Affiliations, latest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Affiliation"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise's or a steward association's agreements, with what is outstanding and in arrears (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Agreements, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreements"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's accounts and their balances (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The chart of accounts with balances */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Books"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open the books in a currency, with the default chart of accounts (stewards or treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OpenBooks"];
                };
            };
            responses: {
                /** @description The opened books */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Books"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgets with each line's budget against actual (public) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Budgets, latest year first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Budget"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Draft a year's budget (treasurers); it binds once the members approve it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewBudget"];
                };
            };
            responses: {
                /** @description The draft budget */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Budget"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distributions posted under the equation of a phyle enterprise (public), newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of distributions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DistributionSummary"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Post a distribution (the distributing books' treasurers): the source debited, each share credited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DistributionPost"];
                };
            };
            responses: {
                /** @description The posted statement */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistributionStatement"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/distributions/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute a distribution's statement without posting anything (treasurers and the equation's stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DistributionPreview"];
                };
            };
            responses: {
                /** @description The statement, with its hash */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistributionStatement"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Donations: confirmed ones for everyone; pending ones for treasurers and the donor */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "pending" | "confirmed" | "declined";
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Donations, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Donation"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a donation you made (anyone signed in); a treasurer confirms its receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewDonation"];
                };
            };
            responses: {
                /** @description The recorded donation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's expenses, newest first, each with the authority behind it (public) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                    status?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of expenses */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Expense"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Submit an expense (active members); it is paid only once approved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewExpense"];
                };
            };
            responses: {
                /** @description The submitted expense */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpenseDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/fee-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the membership fee from a day on (treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeeSchedule"];
                };
            };
            responses: {
                /** @description Who has paid for the current period */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeStatus"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has paid their membership fee for the period containing a day (public) */
        get: {
            parameters: {
                query?: {
                    day?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The period and each active member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeStatus"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a member's fee for one period (treasurers); a period is paid once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeePayment"];
                };
            };
            responses: {
                /** @description The period now */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeStatus"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person (stewards); approves their request if they already asked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example ada */
                        handle: string;
                        /** @enum {string} */
                        role?: "member" | "maintainer" | "steward" | "treasurer";
                    };
                };
            };
            responses: {
                /** @description The invitation or membership */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join, ask to join, or accept an invitation
         * @description Open organizations take you in at once (201, status active); approval ones record a request (status pending); invite-only ones need an invitation, which this accepts.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your membership */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/ledger.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole books as CSV, one row per posting, streamed (public)
         * @description Columns: date, seq, transaction_id, kind, description, counterparty, counterparty_kind, decision_id, account, amount_minor (minor units, debit positive), amount (decimal), currency, memo, transfer_id, reverses_id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The postings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/ledger.journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole books as an hledger journal, streamed (public)
         * @description Commodity and account directives (with hledger account types), then every transaction in date order: `DATE (ENTRY) COUNTERPARTY | DESCRIPTION`, its tags (kind, counterparty-kind, id, decision, transfer, reverses) and postings. It passes `hledger -f FILE check --strict`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The journal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members by name; stewards may also list pending requests and invitations */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                    role?: "member" | "maintainer" | "steward" | "treasurer";
                    status?: "active" | "pending" | "invited";
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Member"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/members/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave, withdraw a request or decline an invitation (yourself); remove, reject or uninvite (stewards) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role (stewards); the last steward cannot be demoted */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "member" | "maintainer" | "steward" | "treasurer";
                    };
                };
            };
            responses: {
                /** @description The membership */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organizations/{slug}/members/{handle}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a request to join (stewards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The membership */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a need or an offer on an organization (anyone signed in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewNeed"];
                };
            };
            responses: {
                /** @description The new need */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Need"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay another organization (the payer's treasurers): sponsorship, grant, reciprocity; posts in both books at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganizationPayment"];
                };
            };
            responses: {
                /** @description The payer's entry */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransactionDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay a person what the books owe them from distributions (treasurers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            responses: {
                /** @description The payout */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayoutResult"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/phyle-charter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise's phyle charter and how many of its members are commoners (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The charter (null before one is adopted) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhyleCharter"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Adopt or amend the enterprise's phyle charter (its stewards)
         * @description The share is in basis points (1000 = 10%) of the revenue or of the surplus (revenue less costs). The beneficiaries' weights must sum to 10,000; each commons must have a steward association. Only enterprises adopt a charter (409).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PhyleCharterInput"];
                };
            };
            responses: {
                /** @description The charter as adopted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhyleCharter"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/phyle-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The periods an enterprise recorded and what it committed from each (public) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Periods, latest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PhylePeriod"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a period's revenue and pay its commitment to the commons (the enterprise's treasurers)
         * @description committed = floor(shareBp × base / 10,000), base being the revenue or max(0, revenue − costs). It is split by weight (largest remainder) and posted in both books: expenses:commons / assets:bank in the enterprise's, assets:bank / income:phyle (steward) or liabilities:contributor-pool in the steward association's. Overlapping periods are refused (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PhylePeriodInput"];
                };
            };
            responses: {
                /** @description The recorded period */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhylePeriod"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a proposal to the members (active members)
         * @description If it opens now, the electorate is frozen at once: the organization's active members (or those with the chosen roles) at this moment.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewProposal"];
                };
            };
            responses: {
                /** @description The new proposal */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/remote-followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who follows this organization from other instances, pending first (its stewards) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The remote followers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RemoteFollower"][];
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/remote-followers/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or refuse a pending follow from another instance (its stewards); the other instance is told */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoteFollowAnswer"];
                };
            };
            responses: {
                /** @description The follower as answered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemoteFollower"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every transaction, latest first, with the decision that authorised it (public) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    kind?: "donation" | "membership_fee" | "sponsorship" | "grant" | "reciprocity" | "expense" | "payout" | "transfer" | "phyle" | "distribution" | "rental" | "deposit";
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of transactions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Transaction"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Post a balanced transaction (treasurers)
         * @description At least two postings; they must sum to zero in every currency; each account must hold its posting's currency.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewTransaction"];
                };
            };
            responses: {
                /** @description The posted transaction */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransactionDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/treasury/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Income and spending per month, by kind and by source (public) */
        get: {
            parameters: {
                query?: {
                    /** @description First month, YYYY-MM; 11 months before `to` by default. */
                    from?: string;
                    /** @description Last month, YYYY-MM; this month by default. */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The monthly report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TreasuryReport"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an enterprise builds on, or what is built on the commons an association stewards, with each use's compliance (public) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Declared uses, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Use"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{slug}/value-equation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The value equation of a phyle enterprise (public); the default when none was saved */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The equation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueEquation"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the value equation of a phyle enterprise (its stewards) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ValueEquationInput"];
                };
            };
            responses: {
                /** @description The saved equation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueEquation"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People on this instance, by name */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of people */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Person"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's public profile: organizations and affiliations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonProfile"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{handle}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's distribution shares, and what each organization owes them now (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Their shares */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonShares"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/problems/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a problem; the unit is back in service when nothing else keeps it out (the desk) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProblemReport"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals, newest first: open, closed, or waiting for my vote */
        get: {
            parameters: {
                query?: {
                    /** @description `me`: open proposals you may vote on and have not yet. */
                    awaiting?: "me";
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                    organization?: string;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of proposals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProposalItem"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal with its tally (live for public ballots), result and explanation, and your vote */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a proposal before it closes (its author or a steward), with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CancelProposal"];
                };
            };
            responses: {
                /** @description The cancelled proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cast or change your vote (members of the frozen electorate, while voting is open) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Vote"];
                };
            };
            responses: {
                /** @description Your vote as recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyVote"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who voted: with their choices on a public ballot, only who took part on a secret one */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of votes, earliest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["VoteRow"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** First run: name the instance and create its admin (only once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Setup"];
                };
            };
            responses: {
                /** @description The admin, signed in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate-limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Threads about one subject, or every thread of a commons, liveliest first */
        get: {
            parameters: {
                query?: {
                    /** @description Every thread of this commons: its own, and its documents', contributions' and needs'. */
                    commons?: string;
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                    subjectId?: string;
                    subjectType?: "commons" | "document" | "contribution" | "need" | "proposal" | "pb_project";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of threads */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Thread"][];
                            /** @description Pass as `cursor` for the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a thread with its first comment
         * @description A commons or a document holds many titled threads. A contribution or a need holds one: the first comment creates it, later ones (and simultaneous first ones) join it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewThread"];
                };
            };
            responses: {
                /** @description The thread the comment is in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Thread"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A thread and a page of its comments, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from a previous page's nextCursor. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The thread */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThreadPage"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment in a thread (anyone signed in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewComment"];
                };
            };
            responses: {
                /** @description The new comment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transaction with its postings (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The transaction */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransactionDetail"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transactions/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a transaction with a reversing entry (treasurers); posted entries never change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReverseTransaction"];
                };
            };
            responses: {
                /** @description The reversing entry */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransactionDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}/checked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a unit's maintenance check; a held unit is back in service (the desk) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResourceUnit"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a problem with a unit (someone who borrowed it, or the desk) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewProblemReport"];
                };
            };
            responses: {
                /** @description The report */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProblemReport"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One declared use and its compliance (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The use */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Use"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or end a declared use (the enterprise's stewards or treasurers) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UsePatch"];
                };
            };
            responses: {
                /** @description The use */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Use"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/uses/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer a reciprocity agreement on a use (either side's stewards or treasurers); the other side answers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAgreement"];
                };
            };
            responses: {
                /** @description The offer */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReciprocityAgreementDetail"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not in a media type this route accepts */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waitlist/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the unit offered to you (the booking held for you stays yours) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Taken */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waitlist/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the line (an offer you held passes to the next) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Left */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the API token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed (or a cookie-authenticated write without the session's CSRF token) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Acceptance: {
            note?: string;
        };
        Account: {
            allowNegative: boolean;
            /** @description Debit-positive, as in hledger: income and liabilities show negative. */
            balances: components["schemas"]["Money"][];
            code: string;
            currencies: string[];
            id: string;
            name: string;
            type: components["schemas"]["AccountType"];
        };
        /** @enum {string} */
        AccountType: "asset" | "liability" | "equity" | "income" | "expense";
        Activity: {
            actor: {
                handle: string;
                name: string;
            } | null;
            /** @description The commons the row is about or happened in (its object, else its target, else its document's commons). */
            commons: components["schemas"]["ActivityCommons"] | null;
            createdAt: string;
            data: {
                [key: string]: unknown;
            };
            /** @description The document a contribution proposes or edits, or that a discussion is about. */
            document: components["schemas"]["ActivityDocument"] | null;
            id: string;
            objectId: string;
            objectType: string;
            organization: components["schemas"]["OrganizationRef"] | null;
            /** @description For a fork: the commons it was forked from. */
            origin: components["schemas"]["ActivityCommons"] | null;
            targetId: string | null;
            targetType: string | null;
            /** @example membership.joined */
            verb: string;
            visibility: components["schemas"]["Visibility"];
        };
        ActivityCommons: {
            slug: string;
            title: string;
        };
        ActivityDocument: {
            /** @description The commons' slug. */
            commons: string;
            path: string;
            title: string;
        };
        Affiliation: {
            endsOn: string | null;
            enterprise: {
                name: string;
                ownership: components["schemas"]["Ownership"] | null;
                slug: string;
            };
            id: string;
            note: string;
            person: {
                handle: string;
                name: string;
            };
            reviewNote: string;
            startsOn: string;
            status: components["schemas"]["AffiliationStatus"];
        };
        AffiliationId: {
            id: string;
        };
        AffiliationReview: {
            id: string;
            status: components["schemas"]["AffiliationStatus"];
        };
        /** @enum {string} */
        AffiliationStatus: "claimed" | "confirmed" | "disputed";
        AgreementPatch: {
            /** @example EUR */
            currency?: string;
            dueDays?: number;
            /**
             * @description Minor units (cents for EUR), a positive whole number up to 10^15.
             * @example 2500
             */
            fixedFee?: number | null;
            /**
             * @description Calendar months, quarters or years.
             * @enum {string}
             */
            period?: "month" | "quarter" | "year";
            /**
             * @description Hours of accepted contributions per period, by people the enterprise pays.
             * @example 10
             */
            pledgeHours?: number;
            /**
             * @description Percent of the revenue declared from the product each period, e.g. "2.5".
             * @example 2.5
             */
            revenueShare?: string;
            /**
             * Format: date
             * @example 2026-01-31
             */
            startsOn?: string;
            terms?: string;
        };
        /** @enum {string} */
        AgreementPeriod: "month" | "quarter" | "year";
        AgreementRef: {
            endsOn: string | null;
            id: string;
            startsOn: string;
            status: components["schemas"]["AgreementStatus"];
        };
        /** @enum {string} */
        AgreementSide: "association" | "enterprise";
        /** @enum {string} */
        AgreementStatus: "proposed" | "active" | "declined" | "ended";
        ApiToken: {
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
        };
        ApiTokens: {
            items: components["schemas"]["ApiToken"][];
        };
        /** @enum {string} */
        Approval: "decision" | "budget";
        ApproveWithinBudget: {
            /**
             * Format: uuid
             * @description The approved budget line it is paid from.
             */
            budgetLine: string;
        };
        Availability: {
            resource: components["schemas"]["ResourceType"];
            rules: components["schemas"]["LibraryRules"] & unknown;
            timeZone: string;
            units: {
                busy: {
                    from: string;
                    until: string;
                }[];
                code: string;
                id: string;
                /** @enum {string} */
                status: "available" | "out_of_service" | "maintenance" | "retired";
            }[];
            window: {
                firstDay: string;
                lastDay: string;
            };
        };
        /** @enum {string} */
        Ballot: "public" | "secret";
        BallotInput: {
            district?: string;
            /** @description Approved projects; for an ordinal ballot, best first; for a cumulative one, with points. */
            projects: {
                points?: number;
                /** @description The project's number in the call. */
                project: string;
            }[];
        };
        Booking: {
            deposit: string;
            endsAt: string;
            fee: string;
            id: string;
            library: string;
            overriddenRules: string[];
            resource: string;
            startsAt: string;
            /** @enum {string} */
            status: "requested" | "confirmed" | "active" | "returned" | "cancelled" | "declined" | "no_show";
            /** @description The unit's id. */
            unit: string;
        };
        BookingDecision: {
            approve: boolean;
        };
        BookingEnd: {
            /** @description Slot bookings: the new end (RFC 3339). */
            endsAt?: string;
            /** @description Whole-day bookings: the new last day. */
            lastDay?: string;
        };
        Books: {
            accounts: components["schemas"]["Account"][];
            /** @description Whether the viewer is a treasurer of these books. */
            canKeepBooks: boolean;
            currency: string | null;
            opened: boolean;
        };
        BorrowingApproval: {
            note?: string;
            /** @example open-hardware-lab */
            person: string;
        };
        Budget: {
            createdAt: string;
            id: string;
            lines: {
                account: {
                    code: string;
                    name: string;
                };
                /**
                 * @description Minor units as a decimal string.
                 * @example 2500
                 */
                amount: string;
                /**
                 * @description Approved, not yet paid.
                 * @example 2500
                 */
                committed: string;
                currency: string;
                id: string;
                /**
                 * @description Minor units as a decimal string.
                 * @example 2500
                 */
                left: string;
                name: string;
                /**
                 * @description Paid expenses on this line: the actual.
                 * @example 2500
                 */
                paid: string;
            }[];
            proposalId: string | null;
            status: components["schemas"]["BudgetStatus"];
            title: string;
            year: number;
        };
        /** @enum {string} */
        BudgetStatus: "draft" | "proposed" | "approved" | "rejected" | "superseded";
        CalendarFeed: {
            createdAt: string;
            /** @description The feed's address, with its secret token: shown this once. */
            url: string;
        };
        CallRules: {
            /** @default true */
            compareWithGreedy: boolean;
            /** @default false */
            comparison: boolean;
            /**
             * @default add1u
             * @enum {string}
             */
            completion: "none" | "add1" | "add1-nostop" | "add1u";
            /**
             * @default mes
             * @enum {string}
             */
            rule: "greedy" | "greedy-threshold" | "mes";
            threshold?: number;
            /**
             * @default min-cost,max-votes
             * @enum {string}
             */
            tieBreaking: "min-cost,max-votes" | "id";
        };
        CancelProposal: {
            reason: string;
        };
        Catalogue: {
            items: components["schemas"]["CatalogueItem"][];
            library: components["schemas"]["Library"];
            window: {
                firstDay: string;
                lastDay: string;
            } | null;
        };
        CatalogueItem: {
            category: string | null;
            categoryName: string | null;
            /** @description Units free for the whole window asked for (null without dates). */
            free: number | null;
            inService: number;
            /** @enum {string} */
            kind: "tool" | "vehicle" | "space" | "machine" | "other";
            name: string;
            photo: string | null;
            slug: string;
            units: number;
        };
        CheckIn: {
            /** @enum {string} */
            condition: "new" | "good" | "fair" | "worn" | "damaged";
            notes?: string;
            /** @description A problem seen at the desk, recorded with the return. */
            problem?: {
                note: string;
                /** @enum {string} */
                severity: "note" | "check" | "out_of_service";
            };
        };
        CheckOut: {
            /** @enum {string} */
            condition: "new" | "good" | "fair" | "worn" | "damaged";
            notes?: string;
        };
        Comment: {
            author: components["schemas"]["PersonRef"] | null;
            /** @description The Markdown source, for its author to edit; null when hidden. */
            body: string | null;
            createdAt: string;
            editedAt: string | null;
            /** @description Set when a moderator hid the comment; the reason is public. */
            hidden: {
                at: string;
                by: components["schemas"]["PersonRef"] | null;
                reason: string;
            } | null;
            /** @description Sanitized HTML rendered from the body; null when hidden. */
            html: string | null;
            id: string;
            /** @description For a reply written on another instance: its author there (author is then null). */
            remoteAuthor: {
                handle: string;
                name: string;
                uri: string;
            } | null;
        };
        CommentVersion: {
            body: string;
            html: string;
            /** @description When this version was written. */
            writtenAt: string;
        };
        Commons: {
            community: {
                name: string;
                slug: string;
            };
            createdAt: string;
            /** @description The origin, when this commons is a fork. */
            forkedFrom: {
                at: string;
                slug: string;
                title: string;
            } | null;
            /** @description The origin's ActivityPub address, when this commons is a fork of a commons on another instance. */
            forkedFromElsewhere: {
                at: string;
                uri: string;
            } | null;
            id: string;
            licence: components["schemas"]["Licence"];
            slug: string;
            stats: {
                accepted: number;
                contributors: number;
                documents: number;
                forks: number;
                open: number;
            };
            stewardAssociation: {
                name: string;
                slug: string;
            } | null;
            summary: string;
            tags: string[];
            title: string;
            updatedAt: string;
        };
        CommonsFlows: {
            commons: {
                slug: string;
                title: string;
            };
            from: string;
            interval: components["schemas"]["Interval"];
            kinds: {
                /** @enum {string} */
                direction: "in" | "out";
                key: components["schemas"]["FlowKey"];
                label: string;
                /**
                 * @description commons: tagged with this commons; association: the steward's, for all the commons it stewards.
                 * @enum {string}
                 */
                scope: "commons" | "association";
            }[];
            periods: {
                end: string;
                flows: {
                    /** @description One sum per currency, in minor units as decimal strings. */
                    contributors: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    donations: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    fixedShares: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    grants: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    infrastructure: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    phyle: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    reciprocity: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    sponsorship: components["schemas"]["Money"][];
                };
                /** @description Reciprocity actually paid in (the invoiced amount is counted under reciprocity). */
                reciprocityReceived: components["schemas"]["Money"][];
                start: string;
                /** @description One sum per currency, in minor units as decimal strings. */
                totalIn: components["schemas"]["Money"][];
                /** @description One sum per currency, in minor units as decimal strings. */
                totalOut: components["schemas"]["Money"][];
            }[];
            /** @description The steward association, and how many commons it stewards (association-wide flows are shared among them). */
            steward: {
                commonsStewarded: number;
                name: string;
                slug: string;
            } | null;
            to: string;
            totals: {
                flows: {
                    /** @description One sum per currency, in minor units as decimal strings. */
                    contributors: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    donations: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    fixedShares: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    grants: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    infrastructure: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    phyle: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    reciprocity: components["schemas"]["Money"][];
                    /** @description One sum per currency, in minor units as decimal strings. */
                    sponsorship: components["schemas"]["Money"][];
                };
                /** @description Reciprocity actually paid in (the invoiced amount is counted under reciprocity). */
                reciprocityReceived: components["schemas"]["Money"][];
                /** @description One sum per currency, in minor units as decimal strings. */
                totalIn: components["schemas"]["Money"][];
                /** @description One sum per currency, in minor units as decimal strings. */
                totalOut: components["schemas"]["Money"][];
            };
        };
        CommonsPatch: {
            /** @example CC-BY-SA-4.0 */
            licence?: string;
            /** @example open-hardware-lab */
            stewardAssociation?: string | null;
            summary?: string;
            /**
             * @example [
             *       "tractors",
             *       "hydraulics"
             *     ]
             */
            tags?: string[];
            title?: string;
        };
        CommonsProfile: components["schemas"]["Commons"] & {
            viewer: components["schemas"]["CommonsViewer"];
        };
        CommonsViewer: {
            /** @description May accept or reject contributions and moderate discussions. */
            canMaintain: boolean;
            /** @description May edit the commons itself. */
            canSteward: boolean;
        };
        Compliance: {
            /** @description Open invoices past their due day, per currency. */
            arrears: components["schemas"]["Money"][];
            clause: {
                ref: string;
                text: string;
                url: string;
            };
            explanation: string;
            licence: {
                family: components["schemas"]["LicenceFamily"];
                id: string;
                name: string;
                url: string;
            };
            obligations: {
                id: string;
                text: string;
            }[];
            /**
             * @description What the licence says of this use without an agreement.
             * @enum {string}
             */
            outcome: "free" | "agreement";
            status: components["schemas"]["ComplianceStatus"];
        };
        /** @enum {string} */
        ComplianceStatus: "compliant" | "agreement_needed" | "agreement_in_force" | "in_arrears";
        ConfirmDonation: {
            /**
             * Format: date
             * @description The day the money arrived; today by default.
             * @example 2026-01-31
             */
            date?: string;
            /**
             * @description Where it arrived; assets:bank by default.
             * @example expenses:hosting
             */
            into?: string;
        };
        Contribution: components["schemas"]["ContributionSummary"] & {
            baseRevision: number | null;
            conflictNote: string | null;
            credit: {
                funding: components["schemas"]["Funding"];
                paidBy: {
                    name: string;
                    slug: string;
                } | null;
                /** @description Lines changed for documents, minutes for logged work. */
                size: number;
            } | null;
            description: string;
            descriptionHtml: string;
            document: {
                format: components["schemas"]["DocumentFormat"];
                head: number | null;
                path: string;
                title: string;
            } | null;
            link: string | null;
            /** @description The revision accepting it created. */
            resultRevision: number | null;
            review: {
                at: string;
                note: string;
                noteHtml: string;
                reviewer: components["schemas"]["PersonRef"] | null;
            } | null;
            /** @description The fork revision this proposal brings upstream. */
            source: {
                commons: string;
                path: string;
                revision: number;
            } | null;
            viewer: {
                canReview: boolean;
                isAuthor: boolean;
                supports: boolean;
            };
        };
        ContributionChanges: {
            diff: components["schemas"]["Diff"];
            /** @description Set while open and the document has moved past the proposal's base. */
            merge: {
                base: number;
                clean: boolean;
                conflicts: components["schemas"]["MergeConflict"][];
                head: number;
                /** @description The proposal carried onto the newest revision; where both changed the same lines, the proposal's lines, for its author to reconcile. */
                rebased: string;
            } | null;
            /** @description The whole text as proposed. */
            proposed: string;
        };
        /** @enum {string} */
        ContributionKind: "code" | "design" | "research" | "documentation" | "translation" | "facilitation" | "care";
        /** @enum {string} */
        ContributionStatus: "pending" | "conflicted" | "accepted" | "rejected" | "withdrawn";
        ContributionSummary: {
            author: components["schemas"]["PersonRef"] | null;
            commons: {
                slug: string;
                title: string;
            };
            createdAt: string;
            /** @description An imported commit's author, as git recorded the name. */
            externalAuthor: string | null;
            /** @description An imported commit's full id (sha). */
            externalId: string | null;
            /** @description Once accepted: paid, volunteer or unknown. */
            funding: components["schemas"]["Funding"] | null;
            hours: number | null;
            id: string;
            kind: components["schemas"]["ContributionKind"];
            linesAdded: number;
            linesRemoved: number;
            /** @description The document it creates or edits. */
            path: string | null;
            performedOn: string;
            /** @description A change offered from another instance: its author there (author is then null). */
            remoteAuthor: {
                handle: string;
                name: string;
                uri: string;
            } | null;
            status: components["schemas"]["ContributionStatus"];
            supportCount: number;
            title: string;
            type: components["schemas"]["ContributionType"];
            updatedAt: string;
        };
        /** @enum {string} */
        ContributionType: "new_document" | "edit" | "work" | "commit";
        Contributors: {
            items: {
                contributions: number;
                first: string;
                hours: number;
                last: string;
                lines: number;
                /** @description How many of them were paid work. */
                paid: number;
                person: components["schemas"]["PersonRef"];
            }[];
        };
        CostItem: {
            amount: number;
            item: string;
        };
        /** @enum {string} */
        CounterpartyKind: "community" | "association" | "enterprise" | "public_body" | "individual" | "internal";
        CreditReport: {
            byEnterprise: {
                contributions: number;
                enterprise: {
                    name: string;
                    slug: string;
                };
                lines: number;
                minutes: number;
            }[];
            byFunding: {
                paid: {
                    contributions: number;
                    lines: number;
                    minutes: number;
                };
                unknown: {
                    contributions: number;
                    lines: number;
                    minutes: number;
                };
                volunteer: {
                    contributions: number;
                    lines: number;
                    minutes: number;
                };
            };
            commons: {
                slug: string;
                title: string;
            };
            /** @enum {string} */
            interval: "week" | "month" | "quarter" | "year";
            period: {
                from: string | null;
                to: string | null;
            };
            series: {
                paid: number;
                start: string;
                unknown: number;
                volunteer: number;
            }[];
            total: number;
        };
        DecisionTerms: {
            /**
             * @description public: who voted what is shown. secret: only the tally and who took part.
             * @default public
             * @enum {string}
             */
            ballot: "public" | "secret";
            /** @description Markdown. */
            body?: string;
            /**
             * Format: date-time
             * @description When voting closes; the result is fixed then.
             */
            closesAt: string;
            /** @description Only active members holding one of these roles may vote; every active member by default. */
            electorateRoles?: ("member" | "maintainer" | "steward" | "treasurer")[];
            /**
             * @description majority, supermajority (threshold), consent (passes unless someone objects), consensus (agree/abstain/disagree/block), approval, score (scoreMax), ranked (instant-runoff).
             * @default majority
             * @enum {string}
             */
            method: "majority" | "supermajority" | "consent" | "consensus" | "approval" | "score" | "ranked";
            /**
             * Format: date-time
             * @description When voting opens; now by default.
             */
            opensAt?: string;
            /**
             * @description Share of the electorate that must take part, in percent.
             * @default 0
             */
            quorumPercent: number;
            /**
             * @description Share of the votes cast for or against that must be yes, e.g. 2/3.
             * @example {
             *       "numerator": 2,
             *       "denominator": 3
             *     }
             */
            threshold?: {
                denominator: number;
                numerator: number;
            };
            title?: string;
        };
        /**
         * @description app: in the app only; email: by email at once; daily, weekly: in a digest; off: not at all.
         * @enum {string}
         */
        Delivery: "app" | "email" | "daily" | "weekly" | "off";
        DeskDay: {
            day: string;
            held: {
                code: string;
                id: string;
                resource: string;
                resourceName: string;
                /** @enum {string} */
                status: "available" | "out_of_service" | "maintenance" | "retired";
            }[];
            overdue: {
                booking: string | null;
                borrower: {
                    handle: string;
                    name: string;
                };
                endsAt: string;
                loan: string | null;
                resource: string;
                resourceName: string;
                startsAt: string | null;
                /** @enum {string|null} */
                status: "requested" | "confirmed" | "active" | "returned" | "cancelled" | "declined" | "no_show" | null;
                unitCode: string;
            }[];
            pickups: {
                booking: string | null;
                borrower: {
                    handle: string;
                    name: string;
                };
                endsAt: string;
                loan: string | null;
                resource: string;
                resourceName: string;
                startsAt: string | null;
                /** @enum {string|null} */
                status: "requested" | "confirmed" | "active" | "returned" | "cancelled" | "declined" | "no_show" | null;
                unitCode: string;
            }[];
            problems: {
                code: string;
                createdAt: string;
                id: string;
                note: string;
                photo: string | null;
                resourceName: string;
                /** @enum {string} */
                severity: "note" | "check" | "out_of_service";
                unit: string;
            }[];
            returns: {
                booking: string | null;
                borrower: {
                    handle: string;
                    name: string;
                };
                endsAt: string;
                loan: string | null;
                resource: string;
                resourceName: string;
                startsAt: string | null;
                /** @enum {string|null} */
                status: "requested" | "confirmed" | "active" | "returned" | "cancelled" | "declined" | "no_show" | null;
                unitCode: string;
            }[];
        };
        Diff: {
            added: number;
            hunks: {
                lines: {
                    new?: number;
                    old?: number;
                    /** @enum {string} */
                    op: "same" | "add" | "del";
                    segments: {
                        /** @enum {boolean} */
                        changed?: true;
                        text: string;
                    }[];
                }[];
                newStart: number;
                oldStart: number;
            }[];
            removed: number;
            /** @description The texts were too different to compare line by line in time. */
            replacedWhole: boolean;
        };
        DistributionPost: components["schemas"]["DistributionPreview"] & {
            /** @description The preview's hash: if the statement computed now differs, nothing is posted (409). */
            statementHash?: string;
        };
        DistributionPreview: {
            /**
             * @description What to distribute, in minor units (cents for EUR).
             * @example 2500
             */
            amount: number;
            /**
             * @description The books' currency by default.
             * @example EUR
             */
            currency?: string;
            description?: string;
            /**
             * @description The account debited with the whole amount; expenses:contributors by default.
             * @example expenses:hosting
             */
            sourceAccount?: string;
            /**
             * Format: date
             * @description The last day of the contribution window; today by default.
             * @example 2026-01-31
             */
            windowTo?: string;
        };
        DistributionStatement: {
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            currency: string;
            /**
             * @description The same amount in major units.
             * @example 25.00
             */
            decimal: string;
            description: string;
            equation: {
                buckets: components["schemas"]["FixedShare"][];
                halfLifeDays: number | null;
                poolBp: number;
                reviewPoints: number;
                weights: components["schemas"]["KindWeight"][];
                windowDays: number;
            };
            /** @description The posted distribution's id; null on a preview. */
            id: string | null;
            lines: components["schemas"]["StatementLine"][];
            notShared: {
                contributions: number;
                /** @example not shared: 3 contributions by unknown authors */
                note: string | null;
            };
            /** @description Whose books it is (or would be) posted in. */
            organization: {
                name: string;
                slug: string;
            };
            postedAt: string | null;
            postedBy: components["schemas"]["PersonRef"] | null;
            scope: {
                /** @enum {string} */
                owner: "commons" | "phyle";
                slug: string;
                title: string;
            };
            sourceAccount: string;
            statementHash: string;
            totalPoints: string | null;
            transactionId: string | null;
            windowFrom: string;
            windowTo: string;
        };
        DistributionSummary: {
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            commons: {
                slug: string;
                title: string;
            } | null;
            currency: string;
            /**
             * @description The same amount in major units.
             * @example 25.00
             */
            decimal: string;
            description: string;
            id: string;
            organization: {
                name: string;
                slug: string;
            };
            postedAt: string;
            postedBy: components["schemas"]["PersonRef"] | null;
            shares: number;
            windowFrom: string;
            windowTo: string;
        };
        Document: {
            commons: {
                slug: string;
                title: string;
            };
            content: string;
            forkedFrom: components["schemas"]["Lineage"] | null;
            format: components["schemas"]["DocumentFormat"];
            head: number;
            /** @description Sanitized HTML for Markdown documents. */
            html: string | null;
            /** @description For discussions about this document. */
            id: string;
            path: string;
            revision: components["schemas"]["Revision"] & {
                bytes: number;
            };
            title: string;
            viewer: {
                canMaintain: boolean;
            };
        };
        /** @enum {string} */
        DocumentFormat: "markdown" | "text";
        DocumentSummary: {
            bytes: number;
            format: components["schemas"]["DocumentFormat"];
            /** @description The newest revision's number. */
            head: number;
            lastAuthor: components["schemas"]["PersonRef"] | null;
            path: string;
            title: string;
            updatedAt: string;
        };
        Donation: {
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            anonymous: boolean;
            createdAt: string;
            currency: string;
            /** @description null for anonymous donations (except to treasurers and the donor). */
            donor: components["schemas"]["PersonRef"] | null;
            id: string;
            message: string;
            status: components["schemas"]["DonationStatus"];
            transactionId: string | null;
        };
        /** @enum {string} */
        DonationStatus: "pending" | "confirmed" | "declined";
        /** @description A ValueFlows 1.0 economic event; further ValueFlows terms may appear. */
        EconomicEvent: {
            "@id": string;
            /** @enum {string} */
            "@type": "EconomicEvent";
            /** @enum {string} */
            action: "work" | "produce" | "cite" | "transfer";
            effortQuantity?: components["schemas"]["VfMeasure"];
            hasPointInTime?: string;
            provider?: string | {
                /** @enum {string} */
                "@type": "Person" | "Organization";
                name: string;
            };
            receiver?: string | {
                /** @enum {string} */
                "@type": "Person" | "Organization";
                name: string;
            };
            resourceQuantity?: components["schemas"]["VfMeasure"];
        };
        /** @description The commons itself, first in the graph. */
        EconomicResource: {
            "@id": string;
            /** @enum {string} */
            "@type": "EconomicResource";
            name: string;
            note?: string;
        };
        EmailChange: {
            email: string;
            password: string;
        };
        EmailChangeResult: {
            /** @description False when a confirmation link was sent to the new address, which applies the change. */
            applied: boolean;
            person: components["schemas"]["Me"];
        };
        EndAgreement: {
            /**
             * Format: date
             * @description The last day it is in force: the last day of a period; the current period's by default.
             * @example 2026-01-31
             */
            endsOn?: string;
        };
        Expense: {
            account: {
                code: string;
                name: string;
            };
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            /** @description decision: the members approved it by vote; budget: a treasurer, within an approved budget line. */
            approval: components["schemas"]["Approval"] | null;
            budgetLine: {
                budget: {
                    decision: {
                        id: string;
                        title: string;
                    } | null;
                    id: string;
                    title: string;
                    year: number;
                };
                id: string;
                name: string;
            } | null;
            createdAt: string;
            currency: string;
            decidedAt: string | null;
            decidedBy: components["schemas"]["PersonRef"] | null;
            /** @description The proposal putting it to the members, if any. */
            decision: {
                closesAt: string;
                id: string;
                outcome: components["schemas"]["Outcome"] | null;
                status: components["schemas"]["ProposalStatus"];
                title: string;
            } | null;
            decisionNote: string | null;
            id: string;
            organization: {
                name: string;
                slug: string;
            };
            paidAt: string | null;
            payee: {
                name: string;
                person: components["schemas"]["PersonRef"] | null;
            };
            purpose: string;
            receipt: {
                contentType: string;
                filename: string;
                size: number;
                uploadedAt: string;
            } | null;
            status: components["schemas"]["ExpenseStatus"];
            submittedBy: components["schemas"]["PersonRef"] | null;
            transactionId: string | null;
        };
        ExpenseDetail: components["schemas"]["Expense"] & {
            viewer: {
                canSeeReceipt: boolean;
                isSubmitter: boolean;
                isTreasurer: boolean;
            };
        };
        /** @enum {string} */
        ExpenseStatus: "submitted" | "approved" | "rejected" | "paid" | "withdrawn";
        FederationBlock: {
            /** @enum {string} */
            kind: "instance" | "actor";
            reason: string;
            /** Format: date-time */
            since: string;
            target: string;
        };
        FederationBlockInput: {
            reason?: string;
            /**
             * @description A host (other.example) or an actor's address.
             * @example spam.example
             */
            target: string;
        };
        FederationFailingInbox: {
            /** @description The most attempts any of them has had. */
            attempts: number;
            /** @example https://other.example/inbox */
            inbox: string;
            /** @description Deliveries to it waiting to be retried. */
            waiting: number;
        };
        FederationKnownInstance: {
            /** @description Whether the whole instance is blocked. */
            blocked: boolean;
            /** @description Follows of actors here by actors there. */
            followers: number;
            /** @description Follows of actors there by people here. */
            follows: number;
            /** @example other.example */
            host: string;
        };
        FederationQueueDepth: {
            /** @description Of those, the ones waiting for a retry or a later time. */
            delayed: number;
            /** @description Messages waiting, to send or received. */
            queued: number;
            /** @description Of those, the ones due now. */
            ready: number;
        };
        FederationStatus: {
            blocks: components["schemas"]["FederationBlock"][];
            /** @description Inboxes whose deliveries are being retried, most attempts first. */
            failing: components["schemas"]["FederationFailingInbox"][];
            /** @description Every host named by a remote follower or follow. */
            instances: components["schemas"]["FederationKnownInstance"][];
            queue: components["schemas"]["FederationQueueDepth"];
        };
        FeePayment: {
            /**
             * Format: date
             * @example 2026-01-31
             */
            date?: string;
            /** @example ada */
            member: string;
            /**
             * Format: date
             * @description The first day of the period paid for (the schedule's periods start on its start day).
             * @example 2026-01-31
             */
            periodStart: string;
        };
        /** @enum {string} */
        FeePeriod: "monthly" | "quarterly" | "yearly";
        FeeSchedule: {
            /**
             * @description Minor units (cents for EUR), a positive whole number up to 10^15.
             * @example 2500
             */
            amount: number;
            /** @example EUR */
            currency: string;
            /** @enum {string} */
            period: "monthly" | "quarterly" | "yearly";
            /**
             * Format: date
             * @example 2026-01-31
             */
            startsOn: string;
        };
        FeeStatus: {
            members: {
                handle: string;
                name: string;
                paid: boolean;
            }[];
            periodEnd: string | null;
            periodStart: string | null;
            schedule: {
                /**
                 * @description Minor units as a decimal string.
                 * @example 2500
                 */
                amount: string;
                currency: string;
                period: components["schemas"]["FeePeriod"];
                startsOn: string;
            } | null;
        };
        FixedShare: {
            label: string;
            recipient: components["schemas"]["ShareRecipient"];
            shareBp: number;
        };
        /** @enum {string} */
        FlowKey: "reciprocity" | "phyle" | "sponsorship" | "donations" | "grants" | "contributors" | "fixedShares" | "infrastructure";
        Follow: {
            following: boolean;
            subjectId: string;
            subjectType: components["schemas"]["Followable"];
        };
        /** @enum {string} */
        Followable: "organization" | "commons" | "document" | "need" | "thread";
        ForkRequest: {
            /**
             * @description A community you steward, to hold the fork.
             * @example open-hardware-lab
             */
            community?: string;
            /** @description Or create a community on the spot; you become its steward. */
            newCommunity?: {
                name: string;
                /** @example open-hardware-lab */
                slug: string;
            };
            /**
             * @description The fork's own address.
             * @example open-hardware-lab
             */
            slug: string;
            /** @description Defaults to the origin's title. */
            title?: string;
        };
        /**
         * @description paid, volunteer or unknown.
         * @enum {string}
         */
        Funding: "paid" | "volunteer" | "unknown";
        /** @description GBFS 3.0 gbfs.json: the files this feed publishes. */
        GbfsDiscovery: {
            data: {
                feeds: {
                    /** @enum {string} */
                    name: "gbfs" | "system_information" | "vehicle_types" | "station_information" | "station_status" | "vehicle_status";
                    url: string;
                }[];
            };
            last_updated: string;
            ttl: number;
            /** @enum {string} */
            version: "3.0";
        };
        /** @description GBFS 3.0 station_information.json: the library's desk, its one station. */
        GbfsStationInformation: {
            data: {
                stations: {
                    address?: string;
                    lat: number;
                    lon: number;
                    name: {
                        language: string;
                        text: string;
                    }[];
                    station_id: string;
                    station_opening_hours: string;
                }[];
            };
            last_updated: string;
            ttl: number;
            /** @enum {string} */
            version: "3.0";
        };
        /** @description GBFS 3.0 station_status.json: vehicles free now, and whether the desk is open. */
        GbfsStationStatus: {
            data: {
                stations: {
                    is_installed: boolean;
                    is_renting: boolean;
                    is_returning: boolean;
                    last_reported: string;
                    num_vehicles_available: number;
                    num_vehicles_disabled: number;
                    station_id: string;
                    vehicle_types_available: {
                        count: number;
                        vehicle_type_id: string;
                    }[];
                }[];
            };
            last_updated: string;
            ttl: number;
            /** @enum {string} */
            version: "3.0";
        };
        /** @description GBFS 3.0 system_information.json. */
        GbfsSystemInformation: {
            data: {
                feed_contact_email: string;
                languages: string[];
                name: {
                    language: string;
                    text: string;
                }[];
                /**
                 * @description OSM opening_hours syntax.
                 * @example Mo-Fr 09:00-18:00; Sa 10:00-16:00
                 */
                opening_hours: string;
                operator: {
                    language: string;
                    text: string;
                }[];
                system_id: string;
                timezone: string;
            };
            last_updated: string;
            ttl: number;
            /** @enum {string} */
            version: "3.0";
        };
        /** @description GBFS 3.0 vehicle_status.json: units free to take now (in service, not booked, not checked out). */
        GbfsVehicleStatus: {
            data: {
                vehicles: {
                    home_station_id: string;
                    is_disabled: boolean;
                    is_reserved: boolean;
                    last_reported: string;
                    station_id: string;
                    /** @description Rotates every hour and after each loan. */
                    vehicle_id: string;
                    vehicle_type_id: string;
                }[];
            };
            last_updated: string;
            ttl: number;
            /** @enum {string} */
            version: "3.0";
        };
        /** @description GBFS 3.0 vehicle_types.json: the library's resource types of kind vehicle. */
        GbfsVehicleTypes: {
            data: {
                vehicle_types: {
                    description?: {
                        language: string;
                        text: string;
                    }[];
                    /** @enum {string} */
                    form_factor: "bicycle" | "cargo_bicycle" | "car" | "moped" | "scooter_standing" | "scooter_seated" | "other";
                    name: {
                        language: string;
                        text: string;
                    }[];
                    /** @enum {string} */
                    propulsion_type: "human";
                    /** @enum {string} */
                    return_constraint: "roundtrip_station";
                    vehicle_image?: string;
                    vehicle_type_id: string;
                }[];
            };
            last_updated: string;
            ttl: number;
            /** @enum {string} */
            version: "3.0";
        };
        GrantTranches: {
            tranches: {
                /** @description Minor units of the call's currency. */
                amount: number;
                /** Format: date */
                dueOn?: string;
                milestone: string;
            }[];
        };
        HideComment: {
            /** @description Shown publicly where the comment was. */
            reason: string;
        };
        Instance: {
            counts: {
                organizations: number;
                people: number;
            };
            description: string;
            email: {
                /** @description Whether this instance sends email (an SMTP server is configured). */
                enabled: boolean;
                /** @description Whether an account must prove its email address before it may write. */
                requireVerified: boolean;
            };
            name: string;
            /** @description False until the first-run page has created the admin. */
            setUp: boolean;
        };
        /** @enum {string} */
        Interval: "month" | "quarter" | "year";
        /** @enum {string} */
        InvoiceStatus: "open" | "paid" | "void";
        /** @enum {string} */
        JoinPolicy: "open" | "approval" | "invite";
        KindWeight: {
            /** @enum {string} */
            kind: "code" | "design" | "research" | "documentation" | "translation" | "facilitation" | "care";
            perContribution: number;
            perHour: number;
            perHundredLines: number;
        };
        Library: {
            address: string;
            currency: string;
            description: string;
            latitude: number | null;
            longitude: number | null;
            name: string;
            openingHours: components["schemas"]["OpeningHours"];
            rules: components["schemas"]["LibraryRules"];
            slug: string;
            timeZone: string;
        };
        LibraryClosures: {
            days: {
                /**
                 * Format: date
                 * @example 2026-01-31
                 */
                day: string;
                reason?: string;
            }[];
        };
        LibraryImpact: {
            avoided: {
                answers: number;
                co2Kg: {
                    high: number;
                    loansWithFactor: number;
                    low: number;
                    sources: string[];
                } | null;
                /** @description Minor units of the currency, as strings (exact). */
                moneySaved: {
                    currency: string;
                    high: string;
                    loansPriced: number;
                    low: string;
                } | null;
                /** @description Null before any answer. */
                purchaseRate: {
                    high: number;
                    low: number;
                    p: number;
                } | null;
                wouldHaveBought: number;
                wouldHaveRented: number;
            };
            cars: {
                answers: number;
                carsGivenUp: number;
                carsNotBought: number;
                carsReplacedPerSharedCar: number | null;
                round: number;
                sharedCars: number;
            } | null;
            library: string;
            loans: number;
            loansPerMember: {
                /** @enum {string} */
                bucket: "1" | "2-5" | "6-20" | "21+";
                people: number;
            }[];
            method: {
                avoided: string;
                cars: string;
                co2: string;
                money: string;
                people: string;
                utilisation: string;
            };
            months: {
                hours: number;
                loans: number;
                month: string;
            }[];
            neverBorrowed: {
                code: string;
                id: string;
                resource: string;
                resourceName: string;
            }[];
            perType: {
                loans: number;
                resource: string;
                resourceName: string;
                units: number;
                utilisation: number;
            }[];
            perUnit: {
                code: string;
                id: string;
                loans: number;
                people: number;
                resource: string;
                resourceName: string;
                utilisation: number;
            }[];
            window: {
                from: string;
                to: string;
            };
        };
        LibraryRules: {
            bufferAfterMinutes: number;
            bufferBeforeMinutes: number;
            deposit: number;
            dueOnOpenDays: boolean;
            /** @enum {string} */
            eligibility: "members" | "signed_in" | "approved";
            fee: {
                amount: number;
                /** @enum {string} */
                kind: "free" | "per_day" | "per_hour";
            };
            /** @enum {string} */
            granularity: "day" | "slot";
            horizonDays: number;
            lateFeePerDay: number;
            leadMinutes: number;
            maintenanceEveryDays: number | null;
            maintenanceEveryLoans: number | null;
            maxConcurrent: number | null;
            maxDaysPerMonth: number | null;
            maxLength: number;
            minLength: number;
            offerHours: number;
            slotMinutes: number;
        };
        LibraryValueFlowsDocument: {
            /** @description Each term mapped to the ValueFlows 1.0 vocabulary. */
            "@context": {
                [key: string]: string | {
                    [key: string]: string;
                };
            };
            "@graph": (components["schemas"]["VfResourceSpecification"] | components["schemas"]["VfLibraryResource"] | components["schemas"]["VfCommitment"] | components["schemas"]["VfCustodyEvent"])[];
        };
        Licence: {
            family: components["schemas"]["LicenceFamily"];
            id: string;
            name: string;
            url: string;
        };
        /** @enum {string} */
        LicenceFamily: "public_domain" | "permissive" | "weak_copyleft" | "share_alike" | "copyfair" | "peer_production";
        /** @description Forked from this document of another commons, at this revision. */
        Lineage: {
            commons: {
                slug: string;
                title: string;
            };
            path: string;
            revision: number;
        };
        LinkToken: {
            token: string;
        };
        Loan: {
            booking: string | null;
            checkedInAt: string | null;
            checkedOutAt: string;
            /** @enum {string|null} */
            conditionIn: "new" | "good" | "fair" | "worn" | "damaged" | null;
            /** @enum {string} */
            conditionOut: "new" | "good" | "fair" | "worn" | "damaged";
            dueAt: string;
            id: string;
            unit: string;
        };
        LoanAnswer: {
            /** @enum {string} */
            withoutLoan: "bought" | "rented" | "borrowed_elsewhere" | "done_without";
        };
        Me: components["schemas"]["Person"] & {
            email: string;
            /** @description Whether you proved you read mail at this address. */
            emailVerified: boolean;
            /**
             * @description The language of your emails; null: the instance's default.
             * @enum {string|null}
             */
            language: "en" | "fr" | null;
        };
        Member: components["schemas"]["Membership"] & {
            person: {
                handle: string;
                id: string;
                name: string;
            };
            since: string;
        };
        Membership: {
            id: string;
            role: components["schemas"]["Role"];
            status: components["schemas"]["MembershipStatus"];
        };
        /** @enum {string} */
        MembershipStatus: "active" | "pending" | "invited";
        MergeConflict: {
            base: string[];
            current: string[];
            line: number;
            proposed: string[];
        };
        Money: {
            /**
             * @description Minor units as a decimal string (sums can exceed 2^53).
             * @example 2500
             */
            amount: string;
            /** @example EUR */
            currency: string;
        };
        MyBooking: {
            /** @description Its unit went out of service: the library will be in touch. */
            affected: boolean;
            endsAt: string;
            id: string;
            library: string;
            libraryName: string;
            loan: {
                answered: boolean;
                checkedInAt: string | null;
                dueAt: string;
                id: string;
            } | null;
            resource: string;
            resourceName: string;
            startsAt: string;
            /** @enum {string} */
            status: "requested" | "confirmed" | "active" | "returned" | "cancelled" | "declined" | "no_show";
            unitCode: string;
        };
        MyVote: {
            answer: string | null;
            castAt: string;
            changes: number;
            options: number[] | null;
            reason: string | null;
            scores: number[] | null;
            updatedAt: string;
        };
        Need: components["schemas"]["NeedItem"] & {
            /** @description The Markdown source. */
            body: string;
            /** @description The body rendered to sanitized HTML. */
            bodyHtml: string;
            closedAt: string | null;
            closedBy: components["schemas"]["PersonRef"] | null;
            closeNote: string;
            links: {
                contribution: {
                    author: components["schemas"]["PersonRef"] | null;
                    id: string;
                    status: components["schemas"]["ContributionStatus"];
                    title: string;
                };
                linkedAt: string;
            }[];
            /** @description People on other instances who took it up, by their handle there. */
            remoteTakers: {
                handle: string;
                name: string;
                since: string;
                uri: string;
            }[];
            takers: {
                handle: string;
                name: string;
                since: string;
            }[];
            updatedAt: string;
            updates: {
                author: components["schemas"]["PersonRef"] | null;
                body: string;
                bodyHtml: string;
                createdAt: string;
                id: string;
            }[];
            viewer: components["schemas"]["NeedViewer"];
        };
        NeedClose: {
            /** @description How it was answered, or why it is no longer wanted. */
            note?: string;
        };
        NeedItem: {
            /** @description Moves forward with every progress update, take-up, link and reopening. */
            activeAt: string;
            author: components["schemas"]["PersonRef"] | null;
            createdAt: string;
            dueOn: string | null;
            id: string;
            scope: components["schemas"]["NeedScope"];
            /**
             * @description open: nobody is on it yet; taken: open, with at least one taker; done: closed.
             * @enum {string}
             */
            status: "open" | "taken" | "done";
            tags: string[];
            takerCount: number;
            title: string;
            type: components["schemas"]["NeedType"];
            urgency: components["schemas"]["Urgency"] | null;
        };
        NeedLink: {
            /**
             * Format: uuid
             * @description The id of a contribution that answers this need.
             */
            contribution: string;
        };
        NeedPatch: {
            body?: string;
            /**
             * Format: date
             * @description null clears it.
             * @example 2026-01-31
             */
            dueOn?: string | null;
            /**
             * @example [
             *       "tractors",
             *       "hydraulics"
             *     ]
             */
            tags?: string[];
            title?: string;
            /**
             * @description null clears it.
             * @enum {string|null}
             */
            urgency?: "low" | "normal" | "high" | "critical" | null;
        };
        NeedProgress: {
            /** @description Markdown. */
            body: string;
        };
        NeedScope: {
            /** @enum {string} */
            kind: "commons";
            slug: string;
            title: string;
        } | {
            /** @enum {string} */
            kind: "organization";
            name: string;
            slug: string;
        };
        /** @enum {string} */
        NeedType: "need" | "offer";
        NeedViewer: {
            /** @description May close the need, or reopen it once done. */
            canClose: boolean;
            canEdit: boolean;
            hasTakenUp: boolean;
        };
        NewAccount: {
            /** @description May its balance go past zero against its normal side? Defaults to false for assets, true otherwise. */
            allowNegative?: boolean;
            /** @example expenses:hosting */
            code: string;
            /** @description The currencies it holds; the books' currency by default. */
            currencies?: string[];
            name: string;
        };
        NewAffiliation: {
            /**
             * Format: date
             * @description Inclusive last day; omit while it lasts.
             * @example 2026-01-31
             */
            endsOn?: string | null;
            /**
             * @description The enterprise's slug.
             * @example open-hardware-lab
             */
            enterprise: string;
            note?: string;
            /**
             * Format: date
             * @example 2026-01-31
             */
            startsOn: string;
        };
        NewAgreement: {
            /** @example EUR */
            currency: string;
            /** @default 30 */
            dueDays: number;
            /**
             * @description Minor units per period.
             * @example 2500
             */
            fixedFee?: number;
            /**
             * @description Calendar months, quarters or years.
             * @enum {string}
             */
            period: "month" | "quarter" | "year";
            /**
             * @description Hours of accepted contributions per period, by people the enterprise pays.
             * @example 10
             */
            pledgeHours?: number;
            /**
             * @description Percent of the revenue declared from the product each period, e.g. "2.5".
             * @example 2.5
             */
            revenueShare?: string;
            /**
             * @description Which side you offer for, when you govern both the enterprise and the association.
             * @enum {string}
             */
            side?: "association" | "enterprise";
            /**
             * Format: date
             * @description The first day of a period; the current period's by default.
             * @example 2026-01-31
             */
            startsOn?: string;
            /** @default  */
            terms: string;
        };
        NewApiToken: components["schemas"]["ApiToken"] & {
            /** @description The secret, shown this once. */
            token: string;
        };
        NewBooking: {
            /** @description Slot bookings: the end, excluded (RFC 3339). */
            endsAt?: string;
            /**
             * @description Whole-day bookings: the first day (the library's local date).
             * @example 2026-12-10
             */
            firstDay?: string;
            /**
             * @description Whole-day bookings: the last day, when it is due back.
             * @example 2026-12-12
             */
            lastDay?: string;
            note?: string;
            /** @description The desk only: rules set aside for this booking, and why (logged). */
            override?: {
                reason: string;
                rules: string[];
            };
            /**
             * @description Slot bookings: the start (RFC 3339).
             * @example 2026-12-10T14:00:00+01:00
             */
            startsAt?: string;
            /**
             * Format: uuid
             * @description A particular unit; by default the first free one.
             */
            unit?: string;
        };
        NewBudget: {
            lines: {
                /** @example expenses:hosting */
                account: string;
                /**
                 * @description Minor units (cents for EUR), a positive whole number up to 10^15.
                 * @example 2500
                 */
                amount: number;
                /** @example EUR */
                currency?: string;
                name: string;
            }[];
            title: string;
            year: number;
        };
        NewCall: {
            /** @enum {string} */
            ballotType: "approval" | "cumulative" | "scoring" | "ordinal" | "choose-1";
            /** @description Minor units of the call's currency. */
            budget: number;
            /**
             * Format: uuid
             * @description The line of the body's approved budget the grants are paid from.
             */
            budgetLine?: string;
            categories?: string[];
            description?: string;
            districts?: {
                /** @description Minor units of the call's currency. */
                budget: number;
                name: string;
            }[];
            eligibility?: string;
            /** Format: date-time */
            implementationOpens: string;
            /** @description A knapsack ballot: the approved projects may cost at most this. */
            maxCost?: number;
            maxPointsPerProject?: number;
            maxProjects?: number;
            minProjects?: number;
            /**
             * @description The public body that runs the call (its stewards).
             * @example open-hardware-lab
             */
            organization: string;
            /** Format: date-time */
            reviewOpens: string;
            rules?: components["schemas"]["CallRules"];
            /** @default true */
            secret: boolean;
            /** @example open-hardware-lab */
            slug: string;
            /** Format: date-time */
            submissionOpens: string;
            title: string;
            /** @description Cumulative ballots: the points each voter gives in all. */
            totalPoints?: number;
            /**
             * @default signed_in
             * @enum {string}
             */
            voters: "signed_in" | "register";
            /** Format: date-time */
            votingCloses: string;
            /** Format: date-time */
            votingOpens: string;
        };
        NewComment: {
            /** @description Markdown; rendered to sanitized HTML when written. */
            body: string;
        };
        NewCommons: {
            /**
             * @description The community that stewards it; you must be one of its stewards.
             * @example open-hardware-lab
             */
            community: string;
            /** @example CC-BY-SA-4.0 */
            licence: string;
            /** @example open-hardware-lab */
            slug: string;
            /**
             * @description The for-benefit association that holds its money, if any.
             * @example open-hardware-lab
             */
            stewardAssociation?: string | null;
            summary?: string;
            /**
             * @example [
             *       "tractors",
             *       "hydraulics"
             *     ]
             */
            tags?: string[];
            title: string;
        };
        NewContribution: {
            /** @description The whole text of the document as proposed (at most 1 MB). */
            content: string;
            /** @description Why and what, in Markdown. */
            description?: string;
            documentTitle: string;
            /**
             * @default markdown
             * @enum {string}
             */
            format: "markdown" | "text";
            /**
             * @default documentation
             * @enum {string}
             */
            kind: "code" | "design" | "research" | "documentation" | "translation" | "facilitation" | "care";
            /** @example assembly-guide.md */
            path: string;
            title: string;
            /** @enum {string} */
            type: "new_document";
        } | {
            /** @description The revision the edit starts from. */
            baseRevision: number;
            /** @description The whole text of the document as proposed (at most 1 MB). */
            content: string;
            /** @description Why and what, in Markdown. */
            description?: string;
            /**
             * @description The path of the document to edit.
             * @example assembly-guide.md
             */
            document: string;
            /**
             * @default documentation
             * @enum {string}
             */
            kind: "code" | "design" | "research" | "documentation" | "translation" | "facilitation" | "care";
            title: string;
            /** @enum {string} */
            type: "edit";
        } | {
            /** @description Why and what, in Markdown. */
            description?: string;
            /** @example 2.5 */
            hours: number;
            /** @enum {string} */
            kind: "code" | "design" | "research" | "documentation" | "translation" | "facilitation" | "care";
            /** Format: uri */
            link?: string;
            /**
             * Format: date
             * @description The day the work was done; today if left out.
             * @example 2026-01-31
             */
            performedOn?: string;
            title: string;
            /** @enum {string} */
            type: "work";
        };
        NewDonation: {
            /**
             * @description Minor units (cents for EUR), a positive whole number up to 10^15.
             * @example 2500
             */
            amount: number;
            /**
             * @description Public pages show 'Anonymous' instead of your name.
             * @default false
             */
            anonymous: boolean;
            /** @example EUR */
            currency: string;
            message?: string;
        };
        NewExpense: {
            /**
             * @description The expense account to book it to; expenses:operations by default.
             * @example expenses:hosting
             */
            account?: string;
            /**
             * @description Minor units (cents for EUR), a positive whole number up to 10^15.
             * @example 2500
             */
            amount: number;
            /** @example EUR */
            currency: string;
            /**
             * @description The member to reimburse; yourself by default.
             * @example ada
             */
            payee?: string;
            /** @description Or a supplier's name, for someone without an account. */
            payeeName?: string;
            purpose: string;
        };
        NewInvoice: {
            /**
             * Format: date
             * @description The first day of the period it covers.
             * @example 2026-01-31
             */
            periodStart: string;
            /** @description The revenue the enterprise declares from the product for the period, in minor units (needed when the agreement takes a share). */
            revenue?: number;
        };
        NewLibrary: {
            address?: string;
            currency?: string;
            description?: string;
            latitude?: number;
            longitude?: number;
            name: string;
            openingHours: components["schemas"]["OpeningHours"];
            /**
             * @description The organization that runs the library (its stewards).
             * @example open-hardware-lab
             */
            organization: string;
            rules?: components["schemas"]["LibraryRules"];
            /** @example open-hardware-lab */
            slug: string;
            /** @example Europe/Paris */
            timeZone: string;
        };
        NewNeed: {
            /** @description Markdown. */
            body?: string;
            /**
             * Format: date
             * @description The day it is wanted by; not in the past.
             * @example 2026-01-31
             */
            dueOn?: string;
            /**
             * @example [
             *       "tractors",
             *       "hydraulics"
             *     ]
             */
            tags?: string[];
            title: string;
            /**
             * @description A need asks for work; an offer proposes it.
             * @enum {string}
             */
            type: "need" | "offer";
            /** @enum {string} */
            urgency?: "low" | "normal" | "high" | "critical";
        };
        NewOrganization: {
            description?: string;
            /**
             * @description Defaults to open for communities, approval otherwise.
             * @enum {string}
             */
            joinPolicy?: "open" | "approval" | "invite";
            /** @enum {string} */
            kind: "community" | "association" | "enterprise" | "public_body";
            name: string;
            /**
             * @description Required for enterprises, refused for other kinds.
             * @enum {string}
             */
            ownership?: "worker_owned" | "cooperative" | "nonprofit" | "private";
            /** @example open-hardware-lab */
            slug: string;
            /** Format: uri */
            website?: string | null;
        };
        NewProblemReport: {
            note: string;
            /**
             * Format: uri
             * @description A photo of the problem (its address).
             */
            photo?: string;
            /** @enum {string} */
            severity: "note" | "check" | "out_of_service";
        };
        NewProject: {
            /** @default [] */
            categories: string[];
            /**
             * @description The commons the project will produce, if any.
             * @example open-hardware-lab
             */
            commons?: string;
            /** @description Minor units of the call's currency. */
            cost: number;
            /** @default [] */
            costBreakdown: components["schemas"]["CostItem"][];
            /** @default  */
            description: string;
            /** @description The district's name, when the call has districts. */
            district?: string;
            /** @default [] */
            images: string[];
            location?: components["schemas"]["ProjectLocation"];
            /**
             * @description Submit for this organization (you must be a member).
             * @example open-hardware-lab
             */
            organization?: string;
            title: string;
        };
        NewProposal: {
            /**
             * @description public: who voted what is shown. secret: only the tally and who took part.
             * @default public
             * @enum {string}
             */
            ballot: "public" | "secret";
            /** @description Markdown. */
            body?: string;
            /**
             * Format: date-time
             * @description When voting closes; the result is fixed then.
             */
            closesAt: string;
            /** @description Only active members holding one of these roles may vote; every active member by default. */
            electorateRoles?: ("member" | "maintainer" | "steward" | "treasurer")[];
            /**
             * @description majority, supermajority (threshold), consent (passes unless someone objects), consensus (agree/abstain/disagree/block), approval, score (scoreMax), ranked (instant-runoff).
             * @enum {string}
             */
            method: "majority" | "supermajority" | "consent" | "consensus" | "approval" | "score" | "ranked";
            /**
             * Format: date-time
             * @description When voting opens; now by default.
             */
            opensAt?: string;
            /** @description For approval, score and ranked: 2–20 options. */
            options?: string[];
            /**
             * @description Share of the electorate that must take part, in percent.
             * @default 0
             */
            quorumPercent: number;
            /** @description For score voting: the highest score (default 5). */
            scoreMax?: number;
            /**
             * @description Share of the votes cast for or against that must be yes, e.g. 2/3.
             * @example {
             *       "numerator": 2,
             *       "denominator": 3
             *     }
             */
            threshold?: {
                denominator: number;
                numerator: number;
            };
            title: string;
        };
        NewResourceType: {
            careNotes?: string;
            /**
             * @description A category of the taxonomy, by slug.
             * @example open-hardware-lab
             */
            category?: string;
            description?: string;
            /** @enum {string} */
            kind: "tool" | "vehicle" | "space" | "machine" | "other";
            name: string;
            photos?: string[];
            /** @description Minor units of the library's currency. */
            replacementPrice?: number;
            rules?: components["schemas"]["RuleOverrides"];
            /** @example open-hardware-lab */
            slug: string;
        };
        NewThread: {
            /** @description Markdown; rendered to sanitized HTML when written. */
            body: string;
            /**
             * Format: uuid
             * @description The id of the commons, document, contribution or need.
             */
            subjectId: string;
            /** @enum {string} */
            subjectType: "commons" | "document" | "contribution" | "need" | "proposal" | "pb_project";
            /** @description Required for a commons or a document; defaults to the subject's title otherwise. */
            title?: string;
        };
        NewTransaction: {
            /** @description Who paid or was paid, as public pages show it. */
            counterparty?: string;
            /**
             * @description What kind of source or recipient it is, for the income and spending reports.
             * @default internal
             * @enum {string}
             */
            counterpartyKind: "community" | "association" | "enterprise" | "public_body" | "individual" | "internal";
            /**
             * Format: date
             * @example 2026-01-31
             */
            date: string;
            description: string;
            /** @enum {string} */
            kind: "donation" | "membership_fee" | "sponsorship" | "grant" | "reciprocity" | "expense" | "payout" | "transfer" | "phyle" | "distribution" | "rental" | "deposit";
            postings: {
                /** @example expenses:hosting */
                account: string;
                /**
                 * @description Minor units; positive is a debit, negative a credit.
                 * @example -2500
                 */
                amount: number;
                /** @example EUR */
                currency: string;
                memo?: string;
            }[];
        };
        NewUnit: {
            /** @enum {string} */
            acquisition?: "bought" | "donated" | "lent";
            code: string;
            /** @enum {string} */
            condition?: "new" | "good" | "fair" | "worn" | "damaged";
            location?: string;
            /**
             * @description For a unit a member lends through the library: their handle.
             * @example open-hardware-lab
             */
            owner?: string;
        };
        NewUse: {
            /** @default  */
            description: string;
            /**
             * @description The enterprise that uses the commons; you govern it as a steward or treasurer.
             * @example open-hardware-lab
             */
            enterprise: string;
            product: string;
            /** @enum {string} */
            purpose: "commercial" | "non_commercial" | "internal";
            /**
             * Format: date
             * @description Since when; today by default.
             * @example 2026-01-31
             */
            since?: string;
            /**
             * @description The enterprise distributes all its surplus among its worker-owners (Peer Production License §4(c)).
             * @default false
             */
            surplusToWorkers: boolean;
        };
        Notice: {
            message: string;
        };
        Notification: {
            activity: components["schemas"]["Activity"];
            createdAt: string;
            id: string;
            kind: components["schemas"]["NotificationKind"];
            readAt: string | null;
        };
        /** @enum {string} */
        NotificationKind: "contribution_reviewed" | "comment_on_yours" | "reply" | "mention" | "awaiting_you" | "expense_decided" | "agreement_offered" | "need_changed" | "share_credited" | "decision_opened" | "decision_closing" | "invoice" | "followed" | "invoice_overdue" | "booking_update" | "waitlist_offer" | "loan_due" | "loan_overdue" | "budget_call";
        NotificationPreference: {
            default: components["schemas"]["Delivery"] & unknown;
            delivery: components["schemas"]["Delivery"];
            kind: components["schemas"]["NotificationKind"];
        };
        NotificationPreferencesPatch: {
            agreement_offered?: components["schemas"]["Delivery"];
            awaiting_you?: components["schemas"]["Delivery"];
            booking_update?: components["schemas"]["Delivery"];
            budget_call?: components["schemas"]["Delivery"];
            comment_on_yours?: components["schemas"]["Delivery"];
            contribution_reviewed?: components["schemas"]["Delivery"];
            decision_closing?: components["schemas"]["Delivery"];
            decision_opened?: components["schemas"]["Delivery"];
            expense_decided?: components["schemas"]["Delivery"];
            followed?: components["schemas"]["Delivery"];
            invoice?: components["schemas"]["Delivery"];
            invoice_overdue?: components["schemas"]["Delivery"];
            loan_due?: components["schemas"]["Delivery"];
            loan_overdue?: components["schemas"]["Delivery"];
            mention?: components["schemas"]["Delivery"];
            need_changed?: components["schemas"]["Delivery"];
            reply?: components["schemas"]["Delivery"];
            share_credited?: components["schemas"]["Delivery"];
            waitlist_offer?: components["schemas"]["Delivery"];
        };
        OpenBooks: {
            /** @example EUR */
            currency: string;
        };
        /**
         * @example {
         *       "mon": [
         *         [
         *           "09:00",
         *           "18:00"
         *         ]
         *       ],
         *       "tue": [],
         *       "wed": [],
         *       "thu": [],
         *       "fri": [],
         *       "sat": [],
         *       "sun": []
         *     }
         */
        OpeningHours: {
            fri: [
                string,
                string
            ][];
            mon: [
                string,
                string
            ][];
            sat: [
                string,
                string
            ][];
            sun: [
                string,
                string
            ][];
            thu: [
                string,
                string
            ][];
            tue: [
                string,
                string
            ][];
            wed: [
                string,
                string
            ][];
        };
        Organization: {
            createdAt: string;
            description: string;
            id: string;
            joinPolicy: components["schemas"]["JoinPolicy"];
            kind: components["schemas"]["OrganizationKind"];
            memberCount: number;
            name: string;
            ownership: components["schemas"]["Ownership"] | null;
            slug: string;
            updatedAt: string;
            website: string | null;
        };
        /** @enum {string} */
        OrganizationKind: "community" | "association" | "enterprise" | "public_body";
        OrganizationPatch: {
            description?: string;
            /** @enum {string} */
            joinPolicy?: "open" | "approval" | "invite";
            name?: string;
            /** @enum {string} */
            ownership?: "worker_owned" | "cooperative" | "nonprofit" | "private";
            /** Format: uri */
            website?: string | null;
        };
        OrganizationPayment: {
            /**
             * @description Minor units (cents for EUR), a positive whole number up to 10^15.
             * @example 2500
             */
            amount: number;
            /** @example EUR */
            currency: string;
            /**
             * Format: date
             * @example 2026-01-31
             */
            date?: string;
            description: string;
            /** @enum {string} */
            kind: "sponsorship" | "grant" | "reciprocity" | "transfer";
            /**
             * @description The organization paid.
             * @example open-hardware-lab
             */
            to: string;
        };
        OrganizationProfile: components["schemas"]["Organization"] & {
            /** @description Active members per role. */
            roles: {
                [key: string]: number;
            };
            viewer: components["schemas"]["Standing"];
        };
        OrganizationRef: {
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            slug: string;
        };
        /** @enum {string} */
        Outcome: "passed" | "rejected" | "no_quorum" | "chosen" | "tied" | "no_votes";
        OwedToPerson: {
            currency: string;
            organization: {
                name: string;
                slug: string;
            };
            /**
             * @description What the organization owes them now: their account's balance.
             * @example 2500
             */
            owed: string;
            /**
             * @description The same amount in major units.
             * @example 25.00
             */
            owedDecimal: string;
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            paidOut: string;
            /**
             * @description Everything credited to them from distributions.
             * @example 2500
             */
            received: string;
        };
        /**
         * @description An enterprise's ownership form.
         * @enum {string}
         */
        Ownership: "worker_owned" | "cooperative" | "nonprofit" | "private";
        PaperBallotInput: {
            district?: string;
            /** @description Approved projects; for an ordinal ballot, best first; for a cumulative one, with points. */
            projects: {
                points?: number;
                /** @description The project's number in the call. */
                project: string;
            }[];
            /** @description The paper ballot's number, unique in the call. */
            reference: string;
        };
        PasswordChange: {
            currentPassword: string;
            /** Format: password */
            newPassword: string;
            /**
             * @description Also revoke every API token, for when the password may have leaked with them.
             * @default false
             */
            revokeTokens: boolean;
        };
        PasswordReset: {
            /** Format: password */
            password: string;
            token: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        PayExpense: {
            /**
             * Format: date
             * @description The payment's date; today by default.
             * @example 2026-01-31
             */
            date?: string;
            /**
             * @description The account it is paid from; assets:bank by default.
             * @example expenses:hosting
             */
            from?: string;
        };
        PayInvoice: {
            /**
             * Format: date
             * @description The payment's date; today by default.
             * @example 2026-01-31
             */
            date?: string;
        };
        Payout: {
            /**
             * @description Minor units; everything they are owed by default.
             * @example 2500
             */
            amount?: number;
            /**
             * Format: date
             * @description The payment's date; today by default.
             * @example 2026-01-31
             */
            date?: string;
            /**
             * @description Whom to pay what the books owe them.
             * @example ada
             */
            person: string;
        };
        PayoutResult: {
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            currency: string;
            /**
             * @description What is still owed after this payout.
             * @example 2500
             */
            owed: string;
            person: components["schemas"]["PersonRef"];
            transactionId: string;
        };
        PayTranche: {
            /** Format: date */
            date?: string;
        };
        PbAccountability: {
            call: string;
            currency: string;
            /** @description Minor units of the call's currency, as a string (exact). */
            granted: string;
            grants: components["schemas"]["PbGrant"][];
            /** @description Minor units of the call's currency, as a string (exact). */
            paid: string;
        };
        PbBallotChoice: {
            number: string;
            points: number | null;
            rank: number | null;
        };
        PbBallotReceipt: {
            call: string;
            choices: number;
        };
        PbCall: {
            ballot: {
                /** @description Minor units of the call's currency, as a string (exact). */
                maxCost: string | null;
                maxPointsPerProject: number | null;
                maxProjects: number | null;
                minProjects: number | null;
                totalPoints: number | null;
                /** @enum {string} */
                type: "approval" | "cumulative" | "scoring" | "ordinal" | "choose-1";
            };
            /** @description Ballots cast so far (turnout). */
            ballots: number;
            /** @description Minor units of the call's currency, as a string (exact). */
            budget: string;
            budgetLine: string | null;
            /** @description What the viewer may do: run the call (its public body's stewards), review projects and enter paper ballots, pay grants. */
            can: {
                pay: boolean;
                review: boolean;
                run: boolean;
            };
            categories: string[];
            createdAt: string;
            currency: string;
            description: string;
            descriptionHtml: string;
            districts: components["schemas"]["PbDistrict"][];
            eligibility: string;
            eligibilityHtml: string;
            imported: boolean;
            /** @description The public body's slug. */
            organization: string;
            /** @enum {string} */
            phase: "draft" | "submission" | "review" | "voting" | "results" | "implementation";
            phases: {
                implementationOpens: string;
                reviewOpens: string;
                submissionOpens: string;
                votingCloses: string;
                votingOpens: string;
            };
            rules: components["schemas"]["CallRules"];
            secret: boolean;
            slug: string;
            title: string;
            /** @enum {string} */
            voters: "signed_in" | "register";
        };
        PbDistrict: {
            /** @description Minor units of the call's currency, as a string (exact). */
            budget: string;
            name: string;
        };
        PbGrant: {
            /** @description Minor units of the call's currency, as a string (exact). */
            amount: string;
            /** @description Whether the viewer is on the project's team (its author, or a member of the organization it was submitted for). */
            canReport: boolean;
            commons: string | null;
            id: string;
            /** @description Minor units of the call's currency, as a string (exact). */
            paid: string;
            progress: number;
            project: {
                number: string;
                title: string;
            };
            recipient: string;
            reports: components["schemas"]["PbReport"][];
            /** @enum {string} */
            status: "active" | "completed" | "cancelled";
            tranches: components["schemas"]["PbTranche"][];
        };
        PbMyBallot: {
            ballot: {
                choices: components["schemas"]["PbBallotChoice"][];
                district: string | null;
                updatedAt: string;
            } | null;
        };
        PbProject: {
            author: {
                handle: string;
                name: string;
            } | null;
            call: string;
            categories: string[];
            /** @description The slug of the commons the project will produce. */
            commons: string | null;
            /** @description Minor units of the call's currency, as a string (exact). */
            cost: string;
            costBreakdown: components["schemas"]["CostItem"][];
            createdAt: string;
            description: string;
            descriptionHtml: string;
            district: string | null;
            id: string;
            images: string[];
            location: components["schemas"]["ProjectLocation"] | null;
            number: string;
            organization: {
                name: string;
                slug: string;
            } | null;
            review: {
                costNote: string | null;
                reason: string;
                reviewedAt: string;
            } | null;
            /** @enum {string} */
            status: "submitted" | "eligible" | "ineligible" | "withdrawn";
            /** @description Whether the viewer supports it. */
            supported: boolean;
            supports: number;
            title: string;
            updatedAt: string;
        };
        PbRegisterUpload: {
            added: {
                code: string;
                identifier: string;
            }[];
            alreadyThere: number;
        };
        PbReport: {
            body: string;
            bodyHtml: string;
            createdAt: string;
            evidence: string[];
            id: string;
            progress: number;
        };
        PbResult: {
            ballots: number;
            computedAt: string;
            /** @description Minor units of the call's currency, as a string (exact). */
            cost: string;
            /** @description The rule's explanation of each project's outcome, as computed. */
            explanation: {
                [key: string]: unknown;
            };
            official: boolean;
            rule: string;
            /** @description The winning projects' numbers, in the order the rule chose them. */
            winners: string[];
        };
        PbResults: {
            call: string;
            results: components["schemas"]["PbResult"][];
        };
        PbTranche: {
            /** @description Minor units of the call's currency, as a string (exact). */
            amount: string;
            dueOn: string | null;
            id: string;
            milestone: string;
            paidAt: string | null;
            position: number;
        };
        Person: {
            bio: string;
            createdAt: string;
            handle: string;
            id: string;
            isAdmin: boolean;
            name: string;
        };
        PersonProfile: components["schemas"]["Person"] & {
            /** @description The latest 100. */
            affiliations: components["schemas"]["Affiliation"][];
            memberships: {
                organization: components["schemas"]["OrganizationRef"];
                role: components["schemas"]["Role"];
                since: string;
            }[];
        };
        PersonRef: {
            handle: string;
            name: string;
        };
        PersonShare: {
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            commons: {
                slug: string;
                title: string;
            } | null;
            contributions: number;
            currency: string;
            /**
             * @description The same amount in major units.
             * @example 25.00
             */
            decimal: string;
            distribution: {
                description: string;
                id: string;
                postedAt: string;
                windowFrom: string;
                windowTo: string;
            };
            kind: components["schemas"]["ShareKind"];
            label: string;
            organization: {
                name: string;
                slug: string;
            };
            points: string | null;
            position: number;
        };
        PersonShares: {
            items: components["schemas"]["PersonShare"][];
            organizations: components["schemas"]["OwedToPerson"][];
            person: components["schemas"]["PersonRef"];
        };
        /** @enum {string} */
        PhyleBasis: "surplus" | "revenue";
        PhyleCharter: {
            /** @description Null until the enterprise's stewards adopt a charter. */
            charter: {
                adoptedAt: string;
                adoptedBy: components["schemas"]["PersonRef"] | null;
                basis: components["schemas"]["PhyleBasis"];
                beneficiaries: {
                    commons: {
                        slug: string;
                        title: string;
                    };
                    destination: components["schemas"]["PhyleDestination"];
                    steward: {
                        name: string;
                        slug: string;
                    } | null;
                    weightBp: number;
                }[];
                currency: string;
                mission: string;
                /** @description The mission rendered from Markdown and sanitized. */
                missionHtml: string;
                /** @description Basis points of the basis committed each period. */
                shareBp: number;
                updatedAt: string;
            } | null;
            commoners: components["schemas"]["PhyleCommoners"];
            organization: components["schemas"]["OrganizationRef"];
            viewer: {
                canEditCharter: boolean;
                canRecordPeriods: boolean;
                isEnterprise: boolean;
            };
        };
        PhyleCharterInput: {
            /**
             * @description surplus: revenue less costs; revenue: the whole revenue.
             * @enum {string}
             */
            basis: "surplus" | "revenue";
            beneficiaries: {
                /**
                 * @description The commons' address.
                 * @example open-hardware-lab
                 */
                commons: string;
                /**
                 * @description steward: the commons' steward association's income; contributor_pool: its pool held for contributors.
                 * @enum {string}
                 */
                destination: "steward" | "contributor_pool";
                /** @description This beneficiary's part of each commitment; the weights sum to 10,000. */
                weightBp: number;
            }[];
            /** @example EUR */
            currency: string;
            /** @description Markdown. */
            mission: string;
            /**
             * @description The share of the basis committed each period, in basis points.
             * @example 1000
             */
            shareBp: number;
        };
        PhyleCommoners: {
            /** @description Of them, those with an accepted contribution to any commons. */
            commoners: number;
            /**
             * @description A phyle's members are meant to be commoners: this is shown, not enforced.
             * @enum {boolean}
             */
            enforced: false;
            /** @description Active members of the enterprise. */
            members: number;
            /** @description Those commoners by handle (at most 200). */
            people: components["schemas"]["PersonRef"][];
        };
        /** @enum {string} */
        PhyleDestination: "steward" | "contributor_pool";
        PhylePeriod: {
            basis: components["schemas"]["PhyleBasis"];
            commitments: {
                /**
                 * @description Minor units as a decimal string.
                 * @example 2500
                 */
                amount: string;
                commons: {
                    slug: string;
                    title: string;
                };
                destination: components["schemas"]["PhyleDestination"];
                transferId: string | null;
            }[];
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            committed: string;
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            costs: string;
            createdAt: string;
            currency: string;
            id: string;
            periodEnd: string;
            periodStart: string;
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            revenue: string;
            shareBp: number;
        };
        PhylePeriodInput: {
            /**
             * @description Minor units; only a surplus basis reads them.
             * @default 0
             */
            costs: number;
            /**
             * Format: date
             * @description Inclusive.
             * @example 2026-01-31
             */
            periodEnd: string;
            /**
             * Format: date
             * @example 2026-01-31
             */
            periodStart: string;
            /**
             * @description Minor units.
             * @example 1000000
             */
            revenue: number;
        };
        Problem: {
            detail: string;
            errors?: {
                message: string;
                path: string;
            }[];
            /** @description For a booking refused because nothing is free: the next free periods of the same length. */
            nextFree?: {
                endsAt: string;
                startsAt: string;
            }[];
            status: number;
            title: string;
            /** @example /problems/validation */
            type: string;
        };
        ProblemReport: {
            createdAt: string;
            id: string;
            note: string;
            photo: string | null;
            resolution: string | null;
            resolvedAt: string | null;
            /** @enum {string} */
            severity: "note" | "check" | "out_of_service";
            unit: string;
        };
        ProgressReport: {
            body: string;
            /** @default [] */
            evidence: string[];
            progress: number;
        };
        ProjectLocation: {
            label?: string;
            lat: number;
            lon: number;
        };
        ProjectPatch: {
            /** @default [] */
            categories: string[];
            /**
             * @description The commons the project will produce, if any.
             * @example open-hardware-lab
             */
            commons?: string;
            /** @description Minor units of the call's currency. */
            cost?: number;
            /** @default [] */
            costBreakdown: components["schemas"]["CostItem"][];
            /** @default  */
            description: string;
            /** @description The district's name, when the call has districts. */
            district?: string;
            /** @default [] */
            images: string[];
            location?: components["schemas"]["ProjectLocation"];
            title?: string;
        };
        ProjectReview: {
            /** @description An adjusted cost, explained in costNote. */
            cost?: number;
            costNote?: string;
            eligible: boolean;
            /** @description Shown publicly with the decision. */
            reason: string;
        };
        Proposal: {
            author: components["schemas"]["PersonRef"] | null;
            ballot: components["schemas"]["Ballot"];
            body: string;
            cancelledReason: string | null;
            canManage: boolean;
            /** @description Whether the viewer may vote now (in the electorate, voting open). */
            canVote: boolean;
            closedAt: string | null;
            closesAt: string;
            /** @description The expense or budget this proposal decides, if any. */
            decides: {
                amount: string;
                currency: string;
                id: string;
                purpose: string;
                /** @enum {string} */
                status: "submitted" | "approved" | "rejected" | "paid" | "withdrawn";
                /** @enum {string} */
                type: "expense";
            } | {
                id: string;
                /** @enum {string} */
                status: "draft" | "proposed" | "approved" | "rejected" | "superseded";
                title: string;
                /** @enum {string} */
                type: "budget";
                year: number;
            } | null;
            electorateRoles: string[] | null;
            electorateSize: number | null;
            html: string;
            id: string;
            /** @description The tally so far, while a public ballot is open; hidden for secret ballots. */
            liveTally: components["schemas"]["Tally"] | null;
            method: components["schemas"]["VotingMethod"];
            myVote: components["schemas"]["MyVote"] | null;
            openedAt: string | null;
            opensAt: string;
            options: string[];
            organization: components["schemas"]["OrganizationRef"];
            outcome: components["schemas"]["Outcome"] | null;
            quorumPercent: number;
            /** @description The fixed result, once closed. */
            result: components["schemas"]["Tally"] | null;
            scoreMax: number | null;
            status: components["schemas"]["ProposalStatus"];
            threadId: string | null;
            threshold: {
                denominator: number;
                numerator: number;
            } | null;
            title: string;
            turnout: number;
            /** @description Whether the viewer has voted. */
            voted: boolean;
        };
        ProposalItem: {
            ballot: components["schemas"]["Ballot"];
            /** @description Whether the viewer may vote now (in the electorate, voting open). */
            canVote: boolean;
            closesAt: string;
            electorateSize: number | null;
            id: string;
            method: components["schemas"]["VotingMethod"];
            opensAt: string;
            organization: components["schemas"]["OrganizationRef"];
            outcome: components["schemas"]["Outcome"] | null;
            status: components["schemas"]["ProposalStatus"];
            title: string;
            turnout: number;
            /** @description Whether the viewer has voted. */
            voted: boolean;
        };
        ProposalPatch: {
            /** @description Rebase the edit on this revision (usually the newest). */
            baseRevision?: number;
            /** @description The whole text of the document as proposed (at most 1 MB). */
            content?: string;
            /** @description Why and what, in Markdown. */
            description?: string;
            documentTitle?: string;
            /** @example 2.5 */
            hours?: number;
            /** @enum {string} */
            kind?: "code" | "design" | "research" | "documentation" | "translation" | "facilitation" | "care";
            /** Format: uri */
            link?: string | null;
            /** @example assembly-guide.md */
            path?: string;
            title?: string;
        };
        /** @enum {string} */
        ProposalStatus: "scheduled" | "open" | "closed" | "cancelled";
        ReciprocityAgreement: {
            /** @description Open invoices past their due day, per currency. */
            arrears: components["schemas"]["Money"][];
            association: {
                name: string;
                slug: string;
            };
            /** @description The parties that have not opened their books: an agreement in force cannot be invoiced until they do. */
            booksClosed: {
                name: string;
                slug: string;
            }[];
            commons: {
                slug: string;
                title: string;
            };
            createdAt: string;
            currency: string;
            dueDays: number;
            endsOn: string | null;
            enterprise: {
                name: string;
                slug: string;
            };
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            fixedFee: string | null;
            id: string;
            /** @description The earliest ended period without an invoice yet. */
            nextPeriod: {
                end: string;
                start: string;
            } | null;
            /** @description Open invoices, per currency. */
            outstanding: components["schemas"]["Money"][];
            period: components["schemas"]["AgreementPeriod"];
            pledgeMinutes: number | null;
            /** @description Minutes pledged but not delivered, over invoiced periods. */
            pledgeShortfallMinutes: number;
            proposedBy: components["schemas"]["PersonRef"] | null;
            proposedBySide: components["schemas"]["AgreementSide"];
            respondedAt: string | null;
            respondedBy: components["schemas"]["PersonRef"] | null;
            /** @description Percent, e.g. "2.50". */
            revenueShare: string | null;
            revenueShareBp: number | null;
            startsOn: string;
            status: components["schemas"]["AgreementStatus"];
            terms: string;
        };
        ReciprocityAgreementDetail: components["schemas"]["ReciprocityAgreement"] & {
            invoices: components["schemas"]["ReciprocityInvoice"][];
            viewer: {
                canEnd: boolean;
                /** @description For a member of either side who cannot pay or record a payment: why, and who can. Null otherwise. */
                cannotPay: string | null;
                canPay: boolean;
                canRaise: boolean;
                canRespond: boolean;
                canRevise: boolean;
                sides: components["schemas"]["AgreementSide"][];
            };
        };
        ReciprocityAgreements: {
            arrears: components["schemas"]["Money"][];
            items: components["schemas"]["ReciprocityAgreement"][];
            outstanding: components["schemas"]["Money"][];
            pledgeShortfallMinutes: number;
        };
        ReciprocityInvoice: {
            agreementId: string;
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            createdAt: string;
            currency: string;
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            declaredRevenue: string | null;
            deliveredMinutes: number | null;
            dueOn: string;
            id: string;
            overdue: boolean;
            paidOn: string | null;
            paidTransactionId: string | null;
            periodEnd: string;
            periodStart: string;
            pledgeMinutes: number | null;
            raisedTransactionId: string | null;
            /** @description Pledged minus delivered minutes, when positive. */
            shortfallMinutes: number;
            status: components["schemas"]["InvoiceStatus"];
        };
        RejectExpense: {
            note: string;
        };
        Rejection: {
            note: string;
        };
        RemoteActor: {
            /**
             * @description Whether you follow it from here.
             * @enum {string|null}
             */
            following: "pending" | "accepted" | null;
            handle: string;
            name: string;
            /** @description What it published that this instance received, newest first. */
            posts: components["schemas"]["RemotePost"][];
            /** @description Sanitized HTML. */
            summary: string;
            /** @enum {string} */
            type: "Person" | "Group" | "Other";
            /** Format: uri */
            uri: string;
            url: string | null;
        };
        RemoteFollow: {
            /**
             * Format: uri
             * @description The remote actor's ActivityPub address.
             */
            actor: string;
            /** @example @open-lab@other.example */
            handle: string;
            name: string;
            /** Format: date-time */
            since: string;
            /**
             * @description pending until the remote instance accepts the follow.
             * @enum {string}
             */
            status: "pending" | "accepted";
        };
        RemoteFollowAnswer: {
            /** @description true accepts the follow; false refuses it. */
            accept: boolean;
            /**
             * Format: uri
             * @description The remote actor's address, as listed.
             */
            follower: string;
        };
        RemoteFollower: {
            /**
             * Format: uri
             * @description The remote actor's address.
             */
            follower: string;
            /** @example @ada@other.example */
            handle: string;
            name: string;
            /** Format: date-time */
            since: string;
            /** @enum {string} */
            status: "pending" | "accepted";
        };
        RemoteFork: {
            /** Format: date-time */
            at: string;
            by: string;
            title: string;
            uri: string;
            url: string | null;
        };
        RemoteForkRequest: {
            /**
             * @description A community you steward, to hold the fork.
             * @example open-hardware-lab
             */
            community?: string;
            /** @description Or create a community on the spot; you become its steward. */
            newCommunity?: {
                name: string;
                /** @example open-hardware-lab */
                slug: string;
            };
            /**
             * @description The fork's own address.
             * @example open-hardware-lab
             */
            slug: string;
            /**
             * Format: uri
             * @description The commons on another instance: its page's address (https://other.example/commons/slug) or its ActivityPub address.
             */
            source: string;
            /** @description Defaults to the origin's title. */
            title?: string;
        };
        RemoteHandle: {
            /** @example @open-lab@other.example */
            handle: string;
        };
        RemotePost: {
            author: {
                handle: string;
                here: boolean;
                name: string;
                uri: string;
            };
            /** @description The discussion it belongs to. */
            context: string | null;
            /** @description Sanitized when it arrived. */
            html: string;
            /** Format: uuid */
            id: string;
            inReplyTo: string | null;
            name: string;
            /** Format: date-time */
            publishedAt: string;
            /** @enum {string|null} */
            purpose: "request" | "offer" | null;
            /**
             * @description Page: a discussion; Note: a comment or a line of news; Proposal (FEP-0837): a need or an offer.
             * @enum {string}
             */
            type: "Note" | "Page" | "Proposal";
            /**
             * Format: uri
             * @description The post's own ActivityPub address.
             */
            uri: string;
            /** @description Its page on the instance it comes from. */
            url: string | null;
            /** @description The actor (an organization elsewhere) whose delivery brought it. */
            via: string;
        };
        RemotePostPage: {
            items: components["schemas"]["RemotePost"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        RemoteReplyInput: {
            /** @description Markdown. */
            body: string;
            /**
             * Format: uri
             * @description The address of the post answered (one that reached this instance).
             */
            inReplyTo: string;
        };
        RemoteTakeUp: {
            /** Format: date-time */
            answeredAt: string | null;
            /**
             * Format: uri
             * @description The Offer sent for it.
             */
            offer: string;
            /**
             * Format: uri
             * @description The need (a FEP-0837 Proposal) on the other instance.
             */
            proposal: string;
            /** Format: date-time */
            since: string;
            /**
             * @description pending until the need's organization answers: accepted (you are recorded as taking it up) or rejected (it is done).
             * @enum {string}
             */
            status: "pending" | "accepted" | "rejected";
            title: string;
        };
        RemoteTakeUpInput: {
            /**
             * Format: uri
             * @description The address of a need (a Proposal) that reached this instance.
             */
            proposal: string;
        };
        RemoteTakeUpList: {
            items: components["schemas"]["RemoteTakeUp"][];
        };
        ResourceType: {
            careNotes: string;
            description: string;
            /** @enum {string} */
            kind: "tool" | "vehicle" | "space" | "machine" | "other";
            name: string;
            photos: string[];
            /** @description Minor units, as a string (exact). */
            replacementPrice: string | null;
            rules: components["schemas"]["RuleOverrides"];
            slug: string;
        };
        ResourceUnit: {
            /** @enum {string} */
            acquisition: "bought" | "donated" | "lent";
            code: string;
            /** @enum {string} */
            condition: "new" | "good" | "fair" | "worn" | "damaged";
            id: string;
            location: string;
            /** @enum {string} */
            status: "available" | "out_of_service" | "maintenance" | "retired";
        };
        ReverseTransaction: {
            reason: string;
        };
        ReviewOutcome: {
            conflicts: components["schemas"]["MergeConflict"][];
            contribution: components["schemas"]["Contribution"];
        };
        Revision: {
            author: components["schemas"]["PersonRef"] | null;
            /** @description The accepted contribution that made it. */
            contributionId: string | null;
            createdAt: string;
            /** @description Copied from the origin when this commons was forked (here or on another instance). */
            fromUpstream: boolean;
            /** @description SHA-256 of the content (UTF-8), in hex. */
            hash: string;
            linesAdded: number;
            linesRemoved: number;
            message: string;
            number: number;
            /** @description The author's handle on another instance: a revision copied from there, or a change offered from there. */
            remoteAuthor: string | null;
        };
        RevisionDiff: components["schemas"]["Diff"] & {
            from: components["schemas"]["Revision"];
            to: components["schemas"]["Revision"];
        };
        RevisionPage: {
            head: number;
            items: components["schemas"]["Revision"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        Role: "member" | "maintainer" | "steward" | "treasurer";
        RuleOverrides: {
            bufferAfterMinutes?: number;
            bufferBeforeMinutes?: number;
            deposit?: number;
            dueOnOpenDays?: boolean;
            /** @enum {string} */
            eligibility?: "members" | "signed_in" | "approved";
            fee?: {
                amount: number;
                /** @enum {string} */
                kind: "free" | "per_day" | "per_hour";
            };
            /** @enum {string} */
            granularity?: "day" | "slot";
            horizonDays?: number;
            lateFeePerDay?: number;
            leadMinutes?: number;
            maintenanceEveryDays?: number | null;
            maintenanceEveryLoans?: number | null;
            maxConcurrent?: number | null;
            maxDaysPerMonth?: number | null;
            maxLength?: number;
            minLength?: number;
            offerHours?: number;
            slotMinutes?: number;
        };
        Session: {
            /** @description Echo it in the X-CSRF-Token header of cookie-authenticated writes. */
            csrfToken: string | null;
            person: components["schemas"]["Me"] | null;
        };
        Setup: components["schemas"]["SignUp"] & {
            description?: string;
            instanceName: string;
        };
        ShareContribution: {
            commons: {
                slug: string;
                title: string;
            };
            hours: number;
            id: string;
            kind: components["schemas"]["ContributionKind"];
            lines: number;
            minutes: number;
            performedOn: string;
            title: string;
            type: components["schemas"]["ContributionType"];
        };
        /** @enum {string} */
        ShareKind: "fixed" | "contributor";
        ShareRecipient: {
            /**
             * @description The person's handle: credited to what the books owe them.
             * @example ada
             */
            person: string;
        } | {
            /**
             * @description An account in the distributing organization's books.
             * @example expenses:hosting
             */
            account: string;
        };
        SignIn: {
            email: string;
            password: string;
        };
        SignUp: {
            email: string;
            /** @example ada */
            handle: string;
            name: string;
            /** Format: password */
            password: string;
        };
        Standing: {
            /** @description Whether the viewer may edit the organization and manage its members. */
            canGovern: boolean;
            role: components["schemas"]["Role"] | null;
            status: components["schemas"]["MembershipStatus"] | null;
        };
        StatementLine: {
            account: string;
            /**
             * @description Minor units as a decimal string.
             * @example 2500
             */
            amount: string;
            contributions: number;
            /**
             * @description The same amount in major units.
             * @example 25.00
             */
            decimal: string;
            hours: number;
            kind: components["schemas"]["ShareKind"];
            label: string;
            lines: number;
            minutes: number;
            person: components["schemas"]["PersonRef"] | null;
            /** @description A contributor's points (six decimals); null on fixed shares. */
            points: string | null;
            position: number;
            reviews: number;
        };
        /** @enum {string} */
        SubjectType: "commons" | "document" | "contribution" | "need" | "proposal" | "pb_project";
        Tally: {
            answers?: {
                [key: string]: number;
            };
            electorate: number;
            /** @description The rule applied, the numbers, and why the outcome follows, in plain words. */
            explanation: string[];
            method: components["schemas"]["VotingMethod"];
            optionTotals?: {
                label: string;
                option: number;
                total: number;
            }[];
            outcome: components["schemas"]["Outcome"];
            quorumMet: boolean;
            quorumNeeded: number;
            rounds?: {
                eliminated: number[];
                exhausted: number;
                note: string;
                totals: {
                    label: string;
                    option: number;
                    total: number;
                }[];
            }[];
            tied?: number[];
            turnout: number;
            winner?: number;
        };
        Thread: {
            author: components["schemas"]["PersonRef"] | null;
            commentCount: number;
            /** @description The commons it belongs to, if any. */
            commons: {
                slug: string;
                title: string;
            } | null;
            createdAt: string;
            id: string;
            lastCommentAt: string;
            subject: {
                id: string;
                type: components["schemas"]["SubjectType"];
            };
            title: string;
        };
        ThreadPage: components["schemas"]["Thread"] & {
            /** @description Oldest first. */
            comments: {
                items: components["schemas"]["Comment"][];
                /** @description Pass as `cursor` for the next page; null on the last page. */
                nextCursor: string | null;
            };
            viewer: components["schemas"]["ThreadViewer"];
        };
        ThreadViewer: {
            canModerate: boolean;
        };
        Transaction: {
            counterparty: {
                kind: components["schemas"]["CounterpartyKind"];
                name: string;
                organization: components["schemas"]["OrganizationRef"] | null;
            };
            date: string;
            /** @description The passed proposal that authorised it. */
            decision: {
                id: string;
                outcome: components["schemas"]["Outcome"] | null;
                title: string;
            } | null;
            description: string;
            id: string;
            kind: components["schemas"]["TransactionKind"];
            postedAt: string;
            postedBy: components["schemas"]["PersonRef"] | null;
            postings: (components["schemas"]["Money"] & {
                account: {
                    code: string;
                    name: string;
                };
                memo: string | null;
            })[];
            reversedBy: string | null;
            reverses: string | null;
            seq: number;
            /** @description The expense or donation it records. */
            source: {
                id: string;
                label: string;
                /** @enum {string} */
                type: "expense" | "donation";
            } | null;
            /** @description Shared with the matching entry in the other organization's books. */
            transferId: string | null;
        };
        TransactionDetail: components["schemas"]["Transaction"] & {
            organization: components["schemas"]["OrganizationRef"] | null;
        };
        /** @enum {string} */
        TransactionKind: "donation" | "membership_fee" | "sponsorship" | "grant" | "reciprocity" | "expense" | "payout" | "transfer" | "phyle" | "distribution" | "rental" | "deposit";
        /** @description Income and spending per month, by kind and by source; amounts in minor units as strings. */
        TreasuryReport: {
            currency: string | null;
            from: string;
            months: {
                currency: string;
                income: {
                    byKind: {
                        [key: string]: string;
                    };
                    bySource: {
                        [key: string]: string;
                    };
                    total: string;
                };
                month: string;
                spending: {
                    byKind: {
                        [key: string]: string;
                    };
                    bySource: {
                        [key: string]: string;
                    };
                    total: string;
                };
            }[];
            to: string;
        };
        Unread: {
            unread: number;
        };
        Unsubscription: {
            /** @description The kinds that come (or would come) no longer by email, but in the app only. */
            kinds: components["schemas"]["NotificationKind"][];
            /**
             * @description A notification kind, or digest:daily / digest:weekly.
             * @example reply
             */
            topic: string;
        };
        UpstreamOffer: {
            answeredAt: string | null;
            createdAt: string;
            path: string;
            revision: number;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected";
            title: string;
        };
        UpstreamOfferInput: {
            /**
             * @description The fork (here) whose revision is offered.
             * @example open-hardware-lab
             */
            commons: string;
            description?: string;
            path: string;
            revision: number;
            title: string;
        };
        UpstreamProposal: {
            /** @description Why and what, in Markdown. */
            description?: string;
            title: string;
        };
        /** @enum {string} */
        Urgency: "low" | "normal" | "high" | "critical";
        Use: {
            /** @description The latest agreement offered or in force for this use. */
            agreement: components["schemas"]["AgreementRef"] | null;
            /** @description The commons' steward association, with whom agreements are made. */
            association: {
                name: string;
                slug: string;
            } | null;
            commons: {
                slug: string;
                title: string;
            };
            compliance: components["schemas"]["Compliance"];
            createdAt: string;
            declaredBy: components["schemas"]["PersonRef"] | null;
            description: string;
            endedOn: string | null;
            enterprise: {
                name: string;
                ownership: components["schemas"]["Ownership"];
                slug: string;
            };
            id: string;
            product: string;
            purpose: components["schemas"]["UsePurpose"];
            since: string;
            surplusToWorkers: boolean;
            updatedAt: string;
            viewer: {
                canEdit: boolean;
                canOffer: boolean;
            };
        };
        UsePatch: {
            description?: string;
            /**
             * Format: date
             * @description The last day of the use; null if it goes on.
             * @example 2026-01-31
             */
            endedOn?: string | null;
            product?: string;
            /** @enum {string} */
            purpose?: "commercial" | "non_commercial" | "internal";
            /**
             * Format: date
             * @example 2026-01-31
             */
            since?: string;
            surplusToWorkers?: boolean;
        };
        /** @enum {string} */
        UsePurpose: "commercial" | "non_commercial" | "internal";
        ValueEquation: {
            buckets: components["schemas"]["FixedShare"][];
            /** @description Whether the viewer is a treasurer of the books a distribution is posted in. */
            canDistribute: boolean;
            canEdit: boolean;
            halfLifeDays: number | null;
            /** @description True when no equation was saved and the default applies. */
            isDefault: boolean;
            /** @description What the contributor pool gets: 10000 − the fixed shares, in basis points. */
            poolBp: number;
            reviewPoints: number;
            scope: {
                /** @enum {string} */
                owner: "commons" | "phyle";
                slug: string;
                title: string;
            };
            /** @description Whose books a distribution is posted in. */
            treasury: {
                name: string;
                slug: string;
            } | null;
            updatedAt: string | null;
            updatedBy: components["schemas"]["PersonRef"] | null;
            weights: components["schemas"]["KindWeight"][];
            windowDays: number;
        };
        ValueEquationInput: {
            buckets: components["schemas"]["FixedShare"][];
            /**
             * @description When set, a contribution's points halve every this many days of age; null: no decay.
             * @default null
             */
            halfLifeDays: number | null;
            reviewPoints: number;
            weights: components["schemas"]["KindWeight"][];
            windowDays: number;
        };
        ValueFlowsDocument: {
            /** @description Each term mapped to the ValueFlows 1.0 vocabulary. */
            "@context": {
                [key: string]: string | {
                    [key: string]: string;
                };
            };
            "@graph": (components["schemas"]["EconomicResource"] | components["schemas"]["EconomicEvent"])[];
        };
        VehicleSurveyAnswer: {
            carsGivenUp: number;
            carsNotBought: number;
            /** @description The survey round, a year; this year by default. */
            round?: number;
        };
        /** @description A booking that holds or held a unit. */
        VfCommitment: {
            "@id": string;
            /** @enum {string} */
            "@type": "Commitment";
            /** @enum {string} */
            action: "use" | "transferCustody";
            finished: boolean;
            hasBeginning: string;
            hasEnd: string;
            provider: string | {
                /** @enum {string} */
                "@type": "Person";
            };
            receiver: string | {
                /** @enum {string} */
                "@type": "Person";
            };
            resourceConformsTo: string;
            resourceInventoriedAs: string;
        };
        /** @description A check-out or check-in (transferCustody), or the use of a machine or a space. */
        VfCustodyEvent: {
            "@id": string;
            /** @enum {string} */
            "@type": "EconomicEvent";
            /** @enum {string} */
            action: "use" | "transferCustody";
            effortQuantity?: {
                /** @enum {string} */
                "@type": "Measure";
                hasNumericalValue: string;
                hasUnit: string;
            };
            hasBeginning?: string;
            hasEnd?: string;
            hasPointInTime?: string;
            provider: string | {
                /** @enum {string} */
                "@type": "Person";
            };
            receiver: string | {
                /** @enum {string} */
                "@type": "Person";
            };
            resourceInventoriedAs: string;
        };
        /** @description One unit of a resource type. */
        VfLibraryResource: {
            "@id": string;
            /** @enum {string} */
            "@type": "EconomicResource";
            conformsTo: string;
            name: string;
            /** @description The library's organization, or the member who lends the unit. */
            primaryAccountable: string;
            trackingIdentifier: string;
        };
        VfMeasure: {
            /** @enum {string} */
            "@type": "Measure";
            hasNumericalValue: string;
            hasUnit: string;
        };
        /** @description A resource type of the library's catalogue. */
        VfResourceSpecification: {
            "@id": string;
            /** @enum {string} */
            "@type": "ResourceSpecification";
            name: string;
            note?: string;
        };
        /** @enum {string} */
        Visibility: "public" | "members" | "private";
        Vote: {
            /** @description Yes/no methods: yes, no, abstain; consent, object; agree, abstain, disagree, block. */
            answer?: string;
            /** @description Approval: the option indexes you approve. Ranked: option indexes, most preferred first. */
            options?: number[];
            /** @description Required with an objection or a block. */
            reason?: string;
            /** @description Score: one score per option, in option order. */
            scores?: number[];
        };
        VoterClaim: {
            code: string;
        };
        /** @description On a secret ballot only who took part, and when, is shown: the choice fields are null. */
        VoteRow: {
            answer: string | null;
            castAt: string;
            changes: number;
            options: number[] | null;
            reason: string | null;
            scores: number[] | null;
            updatedAt: string;
            voter: components["schemas"]["PersonRef"];
        };
        VoterRegisterInput: {
            identifiers: string[];
        };
        /** @enum {string} */
        VotingMethod: "majority" | "supermajority" | "consent" | "consensus" | "approval" | "score" | "ranked";
        WaitlistPlace: {
            /** @description The booking held for the person while an offer is open. */
            booking: string | null;
            endsAt: string;
            id: string;
            library: string;
            offerExpiresAt: string | null;
            /** @description 1 for the first in line. */
            position: number;
            resource: string;
            startsAt: string;
            /** @enum {string} */
            status: "waiting" | "offered" | "booked" | "lapsed" | "left";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Acceptance = components['schemas']['Acceptance'];
export type Account = components['schemas']['Account'];
export type AccountType = components['schemas']['AccountType'];
export type Activity = components['schemas']['Activity'];
export type ActivityCommons = components['schemas']['ActivityCommons'];
export type ActivityDocument = components['schemas']['ActivityDocument'];
export type Affiliation = components['schemas']['Affiliation'];
export type AffiliationId = components['schemas']['AffiliationId'];
export type AffiliationReview = components['schemas']['AffiliationReview'];
export type AffiliationStatus = components['schemas']['AffiliationStatus'];
export type AgreementPatch = components['schemas']['AgreementPatch'];
export type AgreementPeriod = components['schemas']['AgreementPeriod'];
export type AgreementRef = components['schemas']['AgreementRef'];
export type AgreementSide = components['schemas']['AgreementSide'];
export type AgreementStatus = components['schemas']['AgreementStatus'];
export type ApiToken = components['schemas']['ApiToken'];
export type ApiTokens = components['schemas']['ApiTokens'];
export type Approval = components['schemas']['Approval'];
export type ApproveWithinBudget = components['schemas']['ApproveWithinBudget'];
export type Availability = components['schemas']['Availability'];
export type Ballot = components['schemas']['Ballot'];
export type BallotInput = components['schemas']['BallotInput'];
export type Booking = components['schemas']['Booking'];
export type BookingDecision = components['schemas']['BookingDecision'];
export type BookingEnd = components['schemas']['BookingEnd'];
export type Books = components['schemas']['Books'];
export type BorrowingApproval = components['schemas']['BorrowingApproval'];
export type Budget = components['schemas']['Budget'];
export type BudgetStatus = components['schemas']['BudgetStatus'];
export type CalendarFeed = components['schemas']['CalendarFeed'];
export type CallRules = components['schemas']['CallRules'];
export type CancelProposal = components['schemas']['CancelProposal'];
export type Catalogue = components['schemas']['Catalogue'];
export type CatalogueItem = components['schemas']['CatalogueItem'];
export type CheckIn = components['schemas']['CheckIn'];
export type CheckOut = components['schemas']['CheckOut'];
export type Comment = components['schemas']['Comment'];
export type CommentVersion = components['schemas']['CommentVersion'];
export type Commons = components['schemas']['Commons'];
export type CommonsFlows = components['schemas']['CommonsFlows'];
export type CommonsPatch = components['schemas']['CommonsPatch'];
export type CommonsProfile = components['schemas']['CommonsProfile'];
export type CommonsViewer = components['schemas']['CommonsViewer'];
export type Compliance = components['schemas']['Compliance'];
export type ComplianceStatus = components['schemas']['ComplianceStatus'];
export type ConfirmDonation = components['schemas']['ConfirmDonation'];
export type Contribution = components['schemas']['Contribution'];
export type ContributionChanges = components['schemas']['ContributionChanges'];
export type ContributionKind = components['schemas']['ContributionKind'];
export type ContributionStatus = components['schemas']['ContributionStatus'];
export type ContributionSummary = components['schemas']['ContributionSummary'];
export type ContributionType = components['schemas']['ContributionType'];
export type Contributors = components['schemas']['Contributors'];
export type CostItem = components['schemas']['CostItem'];
export type CounterpartyKind = components['schemas']['CounterpartyKind'];
export type CreditReport = components['schemas']['CreditReport'];
export type DecisionTerms = components['schemas']['DecisionTerms'];
export type Delivery = components['schemas']['Delivery'];
export type DeskDay = components['schemas']['DeskDay'];
export type Diff = components['schemas']['Diff'];
export type DistributionPost = components['schemas']['DistributionPost'];
export type DistributionPreview = components['schemas']['DistributionPreview'];
export type DistributionStatement = components['schemas']['DistributionStatement'];
export type DistributionSummary = components['schemas']['DistributionSummary'];
export type Document = components['schemas']['Document'];
export type DocumentFormat = components['schemas']['DocumentFormat'];
export type DocumentSummary = components['schemas']['DocumentSummary'];
export type Donation = components['schemas']['Donation'];
export type DonationStatus = components['schemas']['DonationStatus'];
export type EconomicEvent = components['schemas']['EconomicEvent'];
export type EconomicResource = components['schemas']['EconomicResource'];
export type EmailChange = components['schemas']['EmailChange'];
export type EmailChangeResult = components['schemas']['EmailChangeResult'];
export type EndAgreement = components['schemas']['EndAgreement'];
export type Expense = components['schemas']['Expense'];
export type ExpenseDetail = components['schemas']['ExpenseDetail'];
export type ExpenseStatus = components['schemas']['ExpenseStatus'];
export type FederationBlock = components['schemas']['FederationBlock'];
export type FederationBlockInput = components['schemas']['FederationBlockInput'];
export type FederationFailingInbox = components['schemas']['FederationFailingInbox'];
export type FederationKnownInstance = components['schemas']['FederationKnownInstance'];
export type FederationQueueDepth = components['schemas']['FederationQueueDepth'];
export type FederationStatus = components['schemas']['FederationStatus'];
export type FeePayment = components['schemas']['FeePayment'];
export type FeePeriod = components['schemas']['FeePeriod'];
export type FeeSchedule = components['schemas']['FeeSchedule'];
export type FeeStatus = components['schemas']['FeeStatus'];
export type FixedShare = components['schemas']['FixedShare'];
export type FlowKey = components['schemas']['FlowKey'];
export type Follow = components['schemas']['Follow'];
export type Followable = components['schemas']['Followable'];
export type ForkRequest = components['schemas']['ForkRequest'];
export type Funding = components['schemas']['Funding'];
export type GbfsDiscovery = components['schemas']['GbfsDiscovery'];
export type GbfsStationInformation = components['schemas']['GbfsStationInformation'];
export type GbfsStationStatus = components['schemas']['GbfsStationStatus'];
export type GbfsSystemInformation = components['schemas']['GbfsSystemInformation'];
export type GbfsVehicleStatus = components['schemas']['GbfsVehicleStatus'];
export type GbfsVehicleTypes = components['schemas']['GbfsVehicleTypes'];
export type GrantTranches = components['schemas']['GrantTranches'];
export type HideComment = components['schemas']['HideComment'];
export type Instance = components['schemas']['Instance'];
export type Interval = components['schemas']['Interval'];
export type InvoiceStatus = components['schemas']['InvoiceStatus'];
export type JoinPolicy = components['schemas']['JoinPolicy'];
export type KindWeight = components['schemas']['KindWeight'];
export type Library = components['schemas']['Library'];
export type LibraryClosures = components['schemas']['LibraryClosures'];
export type LibraryImpact = components['schemas']['LibraryImpact'];
export type LibraryRules = components['schemas']['LibraryRules'];
export type LibraryValueFlowsDocument = components['schemas']['LibraryValueFlowsDocument'];
export type Licence = components['schemas']['Licence'];
export type LicenceFamily = components['schemas']['LicenceFamily'];
export type Lineage = components['schemas']['Lineage'];
export type LinkToken = components['schemas']['LinkToken'];
export type Loan = components['schemas']['Loan'];
export type LoanAnswer = components['schemas']['LoanAnswer'];
export type Me = components['schemas']['Me'];
export type Member = components['schemas']['Member'];
export type Membership = components['schemas']['Membership'];
export type MembershipStatus = components['schemas']['MembershipStatus'];
export type MergeConflict = components['schemas']['MergeConflict'];
export type Money = components['schemas']['Money'];
export type MyBooking = components['schemas']['MyBooking'];
export type MyVote = components['schemas']['MyVote'];
export type Need = components['schemas']['Need'];
export type NeedClose = components['schemas']['NeedClose'];
export type NeedItem = components['schemas']['NeedItem'];
export type NeedLink = components['schemas']['NeedLink'];
export type NeedPatch = components['schemas']['NeedPatch'];
export type NeedProgress = components['schemas']['NeedProgress'];
export type NeedScope = components['schemas']['NeedScope'];
export type NeedType = components['schemas']['NeedType'];
export type NeedViewer = components['schemas']['NeedViewer'];
export type NewAccount = components['schemas']['NewAccount'];
export type NewAffiliation = components['schemas']['NewAffiliation'];
export type NewAgreement = components['schemas']['NewAgreement'];
export type NewApiToken = components['schemas']['NewApiToken'];
export type NewBooking = components['schemas']['NewBooking'];
export type NewBudget = components['schemas']['NewBudget'];
export type NewCall = components['schemas']['NewCall'];
export type NewComment = components['schemas']['NewComment'];
export type NewCommons = components['schemas']['NewCommons'];
export type NewContribution = components['schemas']['NewContribution'];
export type NewDonation = components['schemas']['NewDonation'];
export type NewExpense = components['schemas']['NewExpense'];
export type NewInvoice = components['schemas']['NewInvoice'];
export type NewLibrary = components['schemas']['NewLibrary'];
export type NewNeed = components['schemas']['NewNeed'];
export type NewOrganization = components['schemas']['NewOrganization'];
export type NewProblemReport = components['schemas']['NewProblemReport'];
export type NewProject = components['schemas']['NewProject'];
export type NewProposal = components['schemas']['NewProposal'];
export type NewResourceType = components['schemas']['NewResourceType'];
export type NewThread = components['schemas']['NewThread'];
export type NewTransaction = components['schemas']['NewTransaction'];
export type NewUnit = components['schemas']['NewUnit'];
export type NewUse = components['schemas']['NewUse'];
export type Notice = components['schemas']['Notice'];
export type Notification = components['schemas']['Notification'];
export type NotificationKind = components['schemas']['NotificationKind'];
export type NotificationPreference = components['schemas']['NotificationPreference'];
export type NotificationPreferencesPatch = components['schemas']['NotificationPreferencesPatch'];
export type OpenBooks = components['schemas']['OpenBooks'];
export type OpeningHours = components['schemas']['OpeningHours'];
export type Organization = components['schemas']['Organization'];
export type OrganizationKind = components['schemas']['OrganizationKind'];
export type OrganizationPatch = components['schemas']['OrganizationPatch'];
export type OrganizationPayment = components['schemas']['OrganizationPayment'];
export type OrganizationProfile = components['schemas']['OrganizationProfile'];
export type OrganizationRef = components['schemas']['OrganizationRef'];
export type Outcome = components['schemas']['Outcome'];
export type OwedToPerson = components['schemas']['OwedToPerson'];
export type Ownership = components['schemas']['Ownership'];
export type PaperBallotInput = components['schemas']['PaperBallotInput'];
export type PasswordChange = components['schemas']['PasswordChange'];
export type PasswordReset = components['schemas']['PasswordReset'];
export type PasswordResetRequest = components['schemas']['PasswordResetRequest'];
export type PayExpense = components['schemas']['PayExpense'];
export type PayInvoice = components['schemas']['PayInvoice'];
export type Payout = components['schemas']['Payout'];
export type PayoutResult = components['schemas']['PayoutResult'];
export type PayTranche = components['schemas']['PayTranche'];
export type PbAccountability = components['schemas']['PbAccountability'];
export type PbBallotChoice = components['schemas']['PbBallotChoice'];
export type PbBallotReceipt = components['schemas']['PbBallotReceipt'];
export type PbCall = components['schemas']['PbCall'];
export type PbDistrict = components['schemas']['PbDistrict'];
export type PbGrant = components['schemas']['PbGrant'];
export type PbMyBallot = components['schemas']['PbMyBallot'];
export type PbProject = components['schemas']['PbProject'];
export type PbRegisterUpload = components['schemas']['PbRegisterUpload'];
export type PbReport = components['schemas']['PbReport'];
export type PbResult = components['schemas']['PbResult'];
export type PbResults = components['schemas']['PbResults'];
export type PbTranche = components['schemas']['PbTranche'];
export type Person = components['schemas']['Person'];
export type PersonProfile = components['schemas']['PersonProfile'];
export type PersonRef = components['schemas']['PersonRef'];
export type PersonShare = components['schemas']['PersonShare'];
export type PersonShares = components['schemas']['PersonShares'];
export type PhyleBasis = components['schemas']['PhyleBasis'];
export type PhyleCharter = components['schemas']['PhyleCharter'];
export type PhyleCharterInput = components['schemas']['PhyleCharterInput'];
export type PhyleCommoners = components['schemas']['PhyleCommoners'];
export type PhyleDestination = components['schemas']['PhyleDestination'];
export type PhylePeriod = components['schemas']['PhylePeriod'];
export type PhylePeriodInput = components['schemas']['PhylePeriodInput'];
export type Problem = components['schemas']['Problem'];
export type ProblemReport = components['schemas']['ProblemReport'];
export type ProgressReport = components['schemas']['ProgressReport'];
export type ProjectLocation = components['schemas']['ProjectLocation'];
export type ProjectPatch = components['schemas']['ProjectPatch'];
export type ProjectReview = components['schemas']['ProjectReview'];
export type Proposal = components['schemas']['Proposal'];
export type ProposalItem = components['schemas']['ProposalItem'];
export type ProposalPatch = components['schemas']['ProposalPatch'];
export type ProposalStatus = components['schemas']['ProposalStatus'];
export type ReciprocityAgreement = components['schemas']['ReciprocityAgreement'];
export type ReciprocityAgreementDetail = components['schemas']['ReciprocityAgreementDetail'];
export type ReciprocityAgreements = components['schemas']['ReciprocityAgreements'];
export type ReciprocityInvoice = components['schemas']['ReciprocityInvoice'];
export type RejectExpense = components['schemas']['RejectExpense'];
export type Rejection = components['schemas']['Rejection'];
export type RemoteActor = components['schemas']['RemoteActor'];
export type RemoteFollow = components['schemas']['RemoteFollow'];
export type RemoteFollowAnswer = components['schemas']['RemoteFollowAnswer'];
export type RemoteFollower = components['schemas']['RemoteFollower'];
export type RemoteFork = components['schemas']['RemoteFork'];
export type RemoteForkRequest = components['schemas']['RemoteForkRequest'];
export type RemoteHandle = components['schemas']['RemoteHandle'];
export type RemotePost = components['schemas']['RemotePost'];
export type RemotePostPage = components['schemas']['RemotePostPage'];
export type RemoteReplyInput = components['schemas']['RemoteReplyInput'];
export type RemoteTakeUp = components['schemas']['RemoteTakeUp'];
export type RemoteTakeUpInput = components['schemas']['RemoteTakeUpInput'];
export type RemoteTakeUpList = components['schemas']['RemoteTakeUpList'];
export type ResourceType = components['schemas']['ResourceType'];
export type ResourceUnit = components['schemas']['ResourceUnit'];
export type ReverseTransaction = components['schemas']['ReverseTransaction'];
export type ReviewOutcome = components['schemas']['ReviewOutcome'];
export type Revision = components['schemas']['Revision'];
export type RevisionDiff = components['schemas']['RevisionDiff'];
export type RevisionPage = components['schemas']['RevisionPage'];
export type Role = components['schemas']['Role'];
export type RuleOverrides = components['schemas']['RuleOverrides'];
export type Session = components['schemas']['Session'];
export type Setup = components['schemas']['Setup'];
export type ShareContribution = components['schemas']['ShareContribution'];
export type ShareKind = components['schemas']['ShareKind'];
export type ShareRecipient = components['schemas']['ShareRecipient'];
export type SignIn = components['schemas']['SignIn'];
export type SignUp = components['schemas']['SignUp'];
export type Standing = components['schemas']['Standing'];
export type StatementLine = components['schemas']['StatementLine'];
export type SubjectType = components['schemas']['SubjectType'];
export type Tally = components['schemas']['Tally'];
export type Thread = components['schemas']['Thread'];
export type ThreadPage = components['schemas']['ThreadPage'];
export type ThreadViewer = components['schemas']['ThreadViewer'];
export type Transaction = components['schemas']['Transaction'];
export type TransactionDetail = components['schemas']['TransactionDetail'];
export type TransactionKind = components['schemas']['TransactionKind'];
export type TreasuryReport = components['schemas']['TreasuryReport'];
export type Unread = components['schemas']['Unread'];
export type Unsubscription = components['schemas']['Unsubscription'];
export type UpstreamOffer = components['schemas']['UpstreamOffer'];
export type UpstreamOfferInput = components['schemas']['UpstreamOfferInput'];
export type UpstreamProposal = components['schemas']['UpstreamProposal'];
export type Urgency = components['schemas']['Urgency'];
export type Use = components['schemas']['Use'];
export type UsePatch = components['schemas']['UsePatch'];
export type UsePurpose = components['schemas']['UsePurpose'];
export type ValueEquation = components['schemas']['ValueEquation'];
export type ValueEquationInput = components['schemas']['ValueEquationInput'];
export type ValueFlowsDocument = components['schemas']['ValueFlowsDocument'];
export type VehicleSurveyAnswer = components['schemas']['VehicleSurveyAnswer'];
export type VfCommitment = components['schemas']['VfCommitment'];
export type VfCustodyEvent = components['schemas']['VfCustodyEvent'];
export type VfLibraryResource = components['schemas']['VfLibraryResource'];
export type VfMeasure = components['schemas']['VfMeasure'];
export type VfResourceSpecification = components['schemas']['VfResourceSpecification'];
export type Visibility = components['schemas']['Visibility'];
export type Vote = components['schemas']['Vote'];
export type VoterClaim = components['schemas']['VoterClaim'];
export type VoteRow = components['schemas']['VoteRow'];
export type VoterRegisterInput = components['schemas']['VoterRegisterInput'];
export type VotingMethod = components['schemas']['VotingMethod'];
export type WaitlistPlace = components['schemas']['WaitlistPlace'];
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
