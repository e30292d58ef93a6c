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
    "/api/v1/analysis/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate bids under an evaluation scheme
         * @description Checks every bid against the suitability criteria, minimum requirements and contract conditions, scores the admitted bids exactly under the scheme’s method (weighted sum or UfAB reference-value method), and ranks them on their published two-decimal figures. The answer carries per-criterion contributions, flags for a reviewer (abnormally low price, diverging evaluators, a lot required) and the SHA-256 commitment of the scheme and of the input. Nothing is stored.
         */
        post: operations["evaluateBids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/price-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show how price formulas score a range of prices
         * @description For each price formula, the points a bid at each price of a range would earn if it joined the expected field of bids; optionally the UfAB ratio Z = L/P at given performance points. Lets a buyer see how a formula behaves before publishing it. Nothing is stored.
         */
        post: operations["previewPriceFormulas"];
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
        AttestationLeaf: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            title: components["schemas"]["LocalizedText"];
            weightBp: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "attestation";
            /** @enum {string} */
            subject: "service" | "price" | "staff" | "company";
            rules: {
                /**
                 * @example bsi-c5
                 * @example iso-27001
                 */
                scheme: string;
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                type?: string;
                points: number;
            }[];
        };
        AwardGroup: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            title: components["schemas"]["LocalizedText"];
            weightBp: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "group";
        };
        AwardNode: components["schemas"]["AwardGroup"] | components["schemas"]["OrdinalLeaf"] | components["schemas"]["MetricLeaf"] | components["schemas"]["AttestationLeaf"] | components["schemas"]["PriceLeaf"];
        BidEvaluation: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            /** @description Null for an excluded bid */
            rank: number | null;
            excluded: boolean;
            /** @description Every pass/fail criterion with its outcome, in the scheme’s order */
            checks: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                criterionId: string;
                /** @enum {string} */
                legalType: "suitability" | "minimum" | "condition";
                met: boolean;
                byEquivalent: boolean;
                note: string | null;
            }[];
            reasons: {
                /** @enum {string} */
                code: "suitabilityNotMet" | "minimumNotMet" | "conditionNotAccepted" | "belowMinimumScore";
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                criterionId: string;
            }[];
            /** @description Published score, two decimals, rounded half to even from the exact value: points 0–100 (weighted sum) or Z = L/P per the published currency units (UfAB). Null when excluded, or when a price of zero or below leaves the ratio without a value. */
            score: number | null;
            performance: number | null;
            /** @description The evaluated price or life-cycle cost, two decimals */
            price: number;
            contributions: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                criterionId: string;
                weightPercent: number;
                share: number;
                points: number;
                /** @description The evaluators’ individual scores summarised, where recorded; aids only, the consensus score counts */
                panel: {
                    spread: number;
                    mean: number;
                    median: number;
                } | null;
            }[];
            flags: components["schemas"]["BidFlag"][];
            /** @description Why the bid ranked directly above is ahead, largest difference first */
            comparedWithAbove: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                bidId: string;
                criteria: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    criterionId: string;
                    difference: number;
                }[];
            } | null;
        };
        /** @description Something a reviewer must look at. `abnormallyLow` asks for a price clarification (§ 60 VgV) and never excludes. */
        BidFlag: {
            /** @enum {string} */
            code: "abnormallyLow";
            reasons: ("zeroOrNegative" | "belowNextBid" | "belowEstimate")[];
        } | {
            /** @enum {string} */
            code: "evaluatorsDiverge";
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            criterionId: string;
            spread: number;
            mean: number;
            median: number;
        } | {
            /** @enum {string} */
            code: "lotRequired";
            tiedWith: string[];
        } | {
            /** @enum {string} */
            code: "decidedByLot";
            tiedWith: string[];
        } | {
            /** @enum {string} */
            code: "inCorridor";
        } | {
            /** @enum {string} */
            code: "ratioUndefined";
        };
        ContractCondition: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            legalType: "condition";
        };
        /**
         * @example {
         *       "bids": [
         *         {
         *           "assessments": {
         *             "concept": {
         *               "kind": "ordinal",
         *               "score": 4
         *             }
         *           },
         *           "conditionsAccepted": {
         *             "exit-support": true
         *           },
         *           "id": "bid-a",
         *           "minimumRequirements": {
         *             "eu-operation": {
         *               "met": true
         *             }
         *           },
         *           "price": {
         *             "amount": 100000,
         *             "kind": "totalPrice"
         *           },
         *           "suitability": {
         *             "turnover": {
         *               "met": true
         *             }
         *           }
         *         },
         *         {
         *           "assessments": {
         *             "concept": {
         *               "kind": "ordinal",
         *               "score": 5
         *             }
         *           },
         *           "conditionsAccepted": {
         *             "exit-support": true
         *           },
         *           "id": "bid-b",
         *           "minimumRequirements": {
         *             "eu-operation": {
         *               "met": true
         *             }
         *           },
         *           "price": {
         *             "amount": 125000,
         *             "kind": "totalPrice"
         *           },
         *           "suitability": {
         *             "turnover": {
         *               "met": true
         *             }
         *           }
         *         }
         *       ],
         *       "scheme": {
         *         "award": [
         *           {
         *             "anchors": [
         *               {
         *                 "de": "fehlt",
         *                 "en": "missing"
         *               },
         *               {
         *                 "de": "mangelhaft",
         *                 "en": "poor"
         *               },
         *               {
         *                 "de": "ausreichend",
         *                 "en": "adequate"
         *               },
         *               {
         *                 "de": "befriedigend",
         *                 "en": "satisfactory"
         *               },
         *               {
         *                 "de": "gut",
         *                 "en": "good"
         *               },
         *               {
         *                 "de": "sehr gut",
         *                 "en": "very good"
         *               }
         *             ],
         *             "id": "concept",
         *             "kind": "ordinal",
         *             "parentId": null,
         *             "scale": 5,
         *             "subject": "service",
         *             "title": {
         *               "de": "Betriebskonzept",
         *               "en": "Operations concept"
         *             },
         *             "weightBp": 6000
         *           },
         *           {
         *             "id": "price",
         *             "kind": "price",
         *             "parentId": null,
         *             "title": {
         *               "de": "Preis",
         *               "en": "Price"
         *             },
         *             "weightBp": 4000
         *           }
         *         ],
         *         "conditions": [
         *           {
         *             "id": "exit-support",
         *             "legalType": "condition",
         *             "title": {
         *               "de": "Unterstützung beim Ausstieg",
         *               "en": "Exit support"
         *             }
         *           }
         *         ],
         *         "currency": "EUR",
         *         "id": "cloud-office-2027",
         *         "method": {
         *           "kind": "weightedSum",
         *           "priceFormula": {
         *             "kind": "lowestPriceRatio"
         *           }
         *         },
         *         "minimumRequirements": [
         *           {
         *             "id": "eu-operation",
         *             "legalType": "minimum",
         *             "title": {
         *               "de": "Betrieb in der EU",
         *               "en": "Operated in the EU"
         *             }
         *           }
         *         ],
         *         "price": {
         *           "kind": "totalPrice"
         *         },
         *         "schemaVersion": 1,
         *         "submissionDeadline": "2027-03-01",
         *         "suitability": [
         *           {
         *             "id": "turnover",
         *             "legalType": "suitability",
         *             "title": {
         *               "de": "Mindestumsatz",
         *               "en": "Minimum turnover"
         *             }
         *           }
         *         ],
         *         "title": {
         *           "de": "Cloud-Bürosoftware 2027",
         *           "en": "Cloud office software 2027"
         *         }
         *       }
         *     }
         */
        EvaluateRequest: {
            scheme: components["schemas"]["EvaluationScheme"];
            bids: components["schemas"]["EvaluatedBid"][];
            /** Format: date */
            referenceDate?: string;
            lotOrder?: string[];
            /** @description A decimal number, read exactly */
            estimate?: number;
        };
        /**
         * @example {
         *       "inputHash": "4c7d858b06bcfd053fcfe86b1940f21c98484d7cd1ba87215a4597915873ebaf",
         *       "method": "weightedSum",
         *       "ranking": [
         *         {
         *           "checks": [
         *             {
         *               "byEquivalent": false,
         *               "criterionId": "turnover",
         *               "legalType": "suitability",
         *               "met": true,
         *               "note": null
         *             },
         *             {
         *               "byEquivalent": false,
         *               "criterionId": "eu-operation",
         *               "legalType": "minimum",
         *               "met": true,
         *               "note": null
         *             },
         *             {
         *               "byEquivalent": false,
         *               "criterionId": "exit-support",
         *               "legalType": "condition",
         *               "met": true,
         *               "note": null
         *             }
         *           ],
         *           "comparedWithAbove": null,
         *           "contributions": [
         *             {
         *               "criterionId": "concept",
         *               "panel": null,
         *               "points": 60,
         *               "share": 1,
         *               "weightPercent": 60
         *             },
         *             {
         *               "criterionId": "price",
         *               "panel": null,
         *               "points": 32,
         *               "share": 0.8,
         *               "weightPercent": 40
         *             }
         *           ],
         *           "excluded": false,
         *           "flags": [],
         *           "id": "bid-b",
         *           "performance": 60,
         *           "price": 125000,
         *           "rank": 1,
         *           "reasons": [],
         *           "score": 92
         *         },
         *         {
         *           "checks": [
         *             {
         *               "byEquivalent": false,
         *               "criterionId": "turnover",
         *               "legalType": "suitability",
         *               "met": true,
         *               "note": null
         *             },
         *             {
         *               "byEquivalent": false,
         *               "criterionId": "eu-operation",
         *               "legalType": "minimum",
         *               "met": true,
         *               "note": null
         *             },
         *             {
         *               "byEquivalent": false,
         *               "criterionId": "exit-support",
         *               "legalType": "condition",
         *               "met": true,
         *               "note": null
         *             }
         *           ],
         *           "comparedWithAbove": {
         *             "bidId": "bid-b",
         *             "criteria": [
         *               {
         *                 "criterionId": "concept",
         *                 "difference": 12
         *               },
         *               {
         *                 "criterionId": "price",
         *                 "difference": -8
         *               }
         *             ]
         *           },
         *           "contributions": [
         *             {
         *               "criterionId": "concept",
         *               "panel": null,
         *               "points": 48,
         *               "share": 0.8,
         *               "weightPercent": 60
         *             },
         *             {
         *               "criterionId": "price",
         *               "panel": null,
         *               "points": 40,
         *               "share": 1,
         *               "weightPercent": 40
         *             }
         *           ],
         *           "excluded": false,
         *           "flags": [],
         *           "id": "bid-a",
         *           "performance": 48,
         *           "price": 100000,
         *           "rank": 2,
         *           "reasons": [],
         *           "score": 88
         *         }
         *       ],
         *       "referenceDate": "2027-03-01",
         *       "schemeCommitment": "9f190e6539701d37b62810336a69f08a422035444c144b36ac9584cabc5900f4"
         *     }
         */
        EvaluateResponse: {
            /** @enum {string} */
            method: "weightedSum" | "ufabSimple" | "ufabExtended";
            /** Format: date */
            referenceDate: string;
            /** @description SHA-256 of the canonical form (RFC 8785) of the scheme as parsed, defaults included */
            schemeCommitment: string;
            /** @description SHA-256 of the canonical form of the request as parsed, bids in id order */
            inputHash: string;
            ranking: components["schemas"]["BidEvaluation"][];
        };
        EvaluatedBid: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            /** @default {} */
            suitability: {
                [key: string]: {
                    met: boolean;
                    /** @default false */
                    byEquivalent: boolean;
                    note?: string;
                };
            };
            /** @default {} */
            minimumRequirements: {
                [key: string]: {
                    met: boolean;
                    /** @default false */
                    byEquivalent: boolean;
                    note?: string;
                };
            };
            /** @default {} */
            conditionsAccepted: {
                [key: string]: boolean;
            };
            /** @default {} */
            assessments: {
                [key: string]: {
                    /** @enum {string} */
                    kind: "ordinal";
                    score: number;
                    justification?: components["schemas"]["LocalizedText"];
                    /** @default [] */
                    individual: {
                        evaluator: string;
                        score: number;
                    }[];
                } | {
                    /** @enum {string} */
                    kind: "metric";
                    /** @description A decimal number, read exactly */
                    value: number;
                } | {
                    /** @enum {string} */
                    kind: "attestation";
                    evidence: {
                        /**
                         * @example SOV-4
                         * @example price
                         * @example bid-a
                         */
                        scheme: string;
                        /**
                         * @example SOV-4
                         * @example price
                         * @example bid-a
                         */
                        type?: string;
                        coversOfferedService: boolean;
                        /** Format: date */
                        validFrom: string;
                        /** Format: date */
                        validUntil: string;
                    }[];
                };
            };
            price: {
                /** @enum {string} */
                kind: "totalPrice";
                /** @description A decimal number, read exactly */
                amount: number;
            } | {
                /** @enum {string} */
                kind: "lifeCycleCost";
                costs: {
                    /** @description A decimal number, read exactly */
                    oneOff: number;
                    /** @description A decimal number, read exactly */
                    migrationIn: number;
                    recurringPerYear: number | number[];
                    /** @description A decimal number, read exactly */
                    egressPerYear: number;
                    /** @description A decimal number, read exactly */
                    exit: number;
                };
            };
        };
        EvaluationMethod: {
            /** @enum {string} */
            kind: "weightedSum";
            priceFormula: components["schemas"]["PriceFormula"];
        } | {
            /** @enum {string} */
            kind: "ufabSimple";
            impliedWeighting: components["schemas"]["LocalizedText"];
            /** @default 1000 */
            performanceMaxPoints: number;
            /** @default 1000 */
            ratioPerCurrencyUnits: number;
        } | {
            /** @enum {string} */
            kind: "ufabExtended";
            impliedWeighting: components["schemas"]["LocalizedText"];
            /** @default 1000 */
            performanceMaxPoints: number;
            /** @default 1000 */
            ratioPerCurrencyUnits: number;
            /** @description A decimal number, read exactly */
            corridorPercent: number;
            /** @enum {string} */
            tieBreak: "lowestPrice" | "highestPerformance";
        };
        EvaluationScheme: {
            /** @enum {number} */
            schemaVersion: 1;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            currency: string;
            /** Format: date */
            submissionDeadline: string;
            method: components["schemas"]["EvaluationMethod"];
            price: components["schemas"]["PriceBasis"];
            /**
             * @description A decimal number, read exactly
             * @default 20
             */
            abnormallyLowThresholdPercent: number;
            /** @default 2 */
            divergenceThreshold: number;
            /** @default [] */
            suitability: components["schemas"]["SuitabilityCriterion"][];
            /** @default [] */
            minimumRequirements: components["schemas"]["MinimumRequirement"][];
            /** @default [] */
            conditions: components["schemas"]["ContractCondition"][];
            award: components["schemas"]["AwardNode"][];
        };
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
        LocalizedText: {
            de: string;
            en: string;
        };
        MetricLeaf: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            title: components["schemas"]["LocalizedText"];
            weightBp: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "metric";
            /** @enum {string} */
            subject: "service" | "price" | "staff" | "company";
            unit: string;
            utility: components["schemas"]["UtilityFunction"];
        };
        MinimumRequirement: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            legalType: "minimum";
            /** @description What proof counts as equivalent ("or equivalent"), if any */
            equivalentProof?: {
                de: string;
                en: string;
            };
        };
        OrdinalLeaf: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            title: components["schemas"]["LocalizedText"];
            weightBp: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "ordinal";
            /** @enum {string} */
            subject: "service" | "price" | "staff" | "company";
            scale: 5 | 10;
            anchors: components["schemas"]["LocalizedText"][];
            minimumScore?: number;
        };
        PriceBasis: {
            /** @enum {string} */
            kind: "totalPrice";
        } | {
            /** @enum {string} */
            kind: "lifeCycleCost";
            termYears: number;
            /** @description A decimal number, read exactly */
            discountRate?: number;
        };
        PriceFormula: {
            /** @enum {string} */
            kind: "lowestPriceRatio";
        } | {
            /** @enum {string} */
            kind: "oneSidedLinear";
            /** @description A decimal number, read exactly */
            zeroAtMultiple: number;
        } | {
            /** @enum {string} */
            kind: "twoSidedLinear";
        };
        PriceLeaf: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            title: components["schemas"]["LocalizedText"];
            weightBp: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "price";
        };
        /**
         * @example {
         *       "expectedPrices": [
         *         100000,
         *         150000
         *       ],
         *       "formulas": [
         *         {
         *           "kind": "lowestPriceRatio"
         *         },
         *         {
         *           "kind": "oneSidedLinear",
         *           "zeroAtMultiple": 2
         *         }
         *       ],
         *       "from": 50000,
         *       "maxPoints": 40,
         *       "ratio": {
         *         "perCurrencyUnits": 1000,
         *         "performancePoints": 800
         *       },
         *       "steps": 3,
         *       "to": 200000
         *     }
         */
        PricePreviewRequest: {
            /** @description The other bids’ prices the buyer expects, e.g. from a market survey */
            expectedPrices: number[];
            /** @description A decimal number, read exactly */
            from: number;
            /** @description A decimal number, read exactly */
            to: number;
            /** @description Equal intervals between from and to */
            steps: number;
            /**
             * @description Points of the price criterion under a weighted sum
             * @default 100
             */
            maxPoints: number;
            formulas: components["schemas"]["PriceFormula"][];
            /** @description Also show Z = L/P of the UfAB methods at these performance points */
            ratio?: {
                /** @description A decimal number, read exactly */
                performancePoints: number;
                /** @default 1000 */
                perCurrencyUnits: number;
            };
        };
        /**
         * @example {
         *       "formulas": [
         *         {
         *           "formula": {
         *             "kind": "lowestPriceRatio"
         *           },
         *           "points": [
         *             40,
         *             40,
         *             26.67,
         *             20
         *           ]
         *         },
         *         {
         *           "formula": {
         *             "kind": "oneSidedLinear",
         *             "zeroAtMultiple": 2
         *           },
         *           "points": [
         *             40,
         *             40,
         *             20,
         *             0
         *           ]
         *         }
         *       ],
         *       "prices": [
         *         50000,
         *         100000,
         *         150000,
         *         200000
         *       ],
         *       "ratios": [
         *         16,
         *         8,
         *         5.33,
         *         4
         *       ]
         *     }
         */
        PricePreviewResponse: {
            prices: number[];
            formulas: {
                formula: components["schemas"]["PriceFormula"];
                points: number[];
            }[];
            ratios: (number | null)[] | null;
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
        SuitabilityCriterion: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            legalType: "suitability";
        };
        UtilityFunction: {
            /** @enum {string} */
            kind: "linear";
            /** @description A decimal number, read exactly */
            worst: number;
            /** @description A decimal number, read exactly */
            best: number;
        } | {
            /** @enum {string} */
            kind: "threshold";
            /** @enum {string} */
            direction: "benefit" | "cost";
            /** @description A decimal number, read exactly */
            threshold: number;
        } | {
            /** @enum {string} */
            kind: "steps";
            /** @enum {string} */
            direction: "benefit" | "cost";
            steps: {
                /** @description A decimal number, read exactly */
                from: number;
                /** @description A decimal number, read exactly */
                share: number;
            }[];
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
    evaluateBids: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateRequest"];
            };
        };
        responses: {
            /** @description The ranking, with excluded bids last */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluateResponse"];
                };
            };
            /** @description The request body is not well-formed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has an unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
        };
    };
    previewPriceFormulas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PricePreviewRequest"];
            };
        };
        responses: {
            /** @description Points per formula and price */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePreviewResponse"];
                };
            };
            /** @description The request body is not well-formed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has an unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
        };
    };
}
