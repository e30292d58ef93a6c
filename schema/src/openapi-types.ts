/**
 * Types of the Tenderwise API, generated from schema/openapi.json by
 * api/scripts/generate-openapi.ts (`npm run build` in api/). Do not edit.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that this installation and its database work
         * @description For load balancers and monitoring. Answers 200 with `status: ok` when the database answers and every migration this version ships has been applied; otherwise 503 with `status: degraded` and the same body, so a monitor sees which part failed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
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
        /**
         * @example {
         *       "database": {
         *         "backend": "pglite",
         *         "latencyMs": 0.4,
         *         "reachable": true
         *       },
         *       "migrations": {
         *         "applied": [
         *           "20261128000000_create_instance"
         *         ],
         *         "pending": [],
         *         "upToDate": true
         *       },
         *       "status": "ok",
         *       "version": "0.1.0"
         *     }
         */
        HealthResponse: {
            /**
             * @description `ok` when the database answers and its schema matches this version; `degraded` otherwise
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** @example 0.1.0 */
            version: string;
            database: {
                /** @enum {string} */
                backend: "pglite" | "postgres";
                reachable: boolean;
                /** @description Round trip of a trivial query; null when unreachable */
                latencyMs: number | null;
            };
            /** @description Null when the migration state could not be read */
            migrations: {
                applied: string[];
                pending: string[];
                upToDate: boolean;
            } | null;
        };
        /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
        Problem: {
            /**
             * @description A relative URI `/api/problems/<slug>` naming the kind of problem
             * @example /api/problems/validation-failed
             */
            type: string;
            /** @example The request is invalid */
            title: string;
            /** @example 422 */
            status: number;
            /** @example 2 values in the request are invalid. */
            detail: string;
            /**
             * @description The request path; omitted on server errors
             * @example /api/v1/tenders
             */
            instance?: string;
            /**
             * @description Also sent as the X-Request-Id response header; quote it when reporting a problem
             * @example 5f0c6a52-8d3e-4e43-9a6c-3b1f0f2d7a10
             */
            requestId: string;
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        /** @description One invalid value in the request. */
        ProblemFieldError: {
            /** @enum {string} */
            in: "body" | "query" | "path" | "header" | "cookie";
            /**
             * @description JSON Pointer (RFC 6901) to the offending value within the request part named by `in`; empty for the part as a whole
             * @example /lots/0/name
             */
            pointer: string;
            /** @example Invalid input: expected string, received number */
            detail: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The installation works */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or its schema does not match this version */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
}
