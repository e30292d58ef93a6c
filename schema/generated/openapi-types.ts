/**
 * Types of the Tenderwise API, generated from schema/generated/openapi.json by
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
    "/api/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user with role and organisation, so a client can show what the role may do (`kind: user`); or, called with a vendor API key, the key with its organisation, scopes and expiry (`kind: apiKey`). A session that has not passed its second factor gets 401, like no session.
         */
        get: operations["getOwnAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set my first password with an invitation
         * @description The token of the invitation link goes in the body, never in a URL (URLs end up in logs). An invitation works once and until it expires (409 after either); a token that names no invitation, or the invitation of a disabled user, gets 404. A password the policy refuses, the invitee’s own name and e-mail address included: 422 with the reason codes as `errors[].detail` (pointer `/password`). Officers and administrators set up TOTP at their first login.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/invitations/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check an invitation link before setting a password
         * @description Whether the link still sets a password, so the invitation page can say so before anybody types one. Changes nothing and reveals nothing but the status: not whose link it is, nor until when. A POST only because the token belongs in a body, never in a URL. Limited per address and per token, separately from accepting.
         */
        post: operations["checkInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with e-mail address and password
         * @description Starts a new session (always a new id: a cookie from before the login is never promoted) and sets it in the session cookie. `stage` says what comes next: nothing (`full`), a TOTP or recovery code (`totp`), or setting up TOTP, which officers and administrators need (`enrolment`). An unknown address, a wrong password and a disabled account all get the same 401 problem.
         */
        post: operations["loginWithPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/login/recovery-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the login with a recovery code
         * @description Instead of a TOTP code, when the authenticator app is lost. Each recovery code works once. The pending session ends and a new one (new id) is set in the cookie.
         */
        post: operations["completeRecoveryCodeLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the login with a TOTP code
         * @description Second step after `loginWithPassword` answered `stage: totp`. Each code works once. The pending session ends and a new one (new id) is set in the cookie. A wrong, reused or malformed code, and a session that is not waiting for a code, get 401.
         */
        post: operations["completeTotpLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the session of the cookie in the database and clears the cookie. Sending the same cookie again gets 401: an ended session never comes back.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description Needs the current password again. Every other session of the user ends; this one stays. A wrong current password: 422 with pointer `/currentPassword`. A new password the policy refuses: 422 with one entry per reason, pointer `/newPassword` and the reason code as `detail` (`too-short`, `too-long`, `common`, `contains-personal-data`, `contains-context-word`).
         */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List where I am logged in
         * @description The live sessions of the signed-in user, the one of this request marked `current`. No secret and no IP address is shown.
         */
        get: operations["listOwnSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of my sessions
         * @description Logs out a session of the signed-in user, e.g. one left open elsewhere (the current one too). Another user's session answers 404, like one that does not exist.
         */
        delete: operations["endOwnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/setup/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a setup link before creating the first administrator
         * @description On an installation without an administrator, the server prints a one-time setup link at start (and keeps it in an owner-only file in DATA_DIR). This tells the setup page, before anybody types anything, whether the link still works: `valid`, `used` (the installation has an administrator, made with this link or with `admin:create`) or `unknown` (no such link, or one that a later start replaced). Changes nothing and says nothing more. A POST only because the token belongs in a body, never in a URL. Limited per address and per token, separately from completing.
         */
        post: operations["checkSetupToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/setup/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the first administrator with the setup link
         * @description Creates the installation’s first administrator with a password, and the authority they belong to (an active authority of that name is reused), and uses the setup link up in the same transaction: of two submissions at the same moment one succeeds, the other gets 409. The token goes in the body, never in a URL. An unknown link: 404; a used one, or any administrator existing (also one made with `admin:create`): 409. A password the policy refuses, the own name, e-mail address and authority included: 422 with the reason codes as `errors[].detail` (pointer `/password`), before any attempt is counted. Then limited per address and per token, like accepting an invitation. On success the new administrator is signed in with a session that may only set up TOTP next (`stage: enrolment`), as after an administrator’s first login.
         */
        post: operations["completeSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up TOTP
         * @description Creates a new key and returns it as an `otpauth://` URI, a QR code and base32 text. Nothing is stored: confirm with the key and the first code the app shows. POST, because every call creates a new secret that must not be cached or prefetched. For an enrolment session after login, or a full session of a user without TOTP; 409 when TOTP is set up.
         */
        post: operations["startTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish setting up TOTP with the first code
         * @description Stores the key once a code for it is valid, ends every other session of the user and replaces this one by a signed-in session with a new id (set in the cookie). Answers the recovery codes, which are shown this once. A wrong code: 422 (start again with the same key).
         */
        post: operations["confirmTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove my TOTP key and recovery codes
         * @description For a new phone or used-up recovery codes. Needs the password again (a wrong one: 422 with pointer `/password`). Every other session ends and this one is replaced (new cookie). Officers and administrators get `stage: enrolment`: they must set up TOTP again with `startTotpEnrolment` before they can do anything else. Other roles get `stage: full`.
         */
        post: operations["resetOwnTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/ahp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derive weights from pairwise comparisons (AHP)
         * @description Takes one person’s or a group’s pairwise judgements of 2 to 15 items on Saaty’s 1–9 scale and returns the priorities (principal eigenvector) as decimals and as basis points summing to 10,000, with λmax, the consistency index and ratio, whether the ratio is acceptable (≤ 0.10) and, if not, the judgements furthest from what the priorities imply. The ratio divides by a random index RI(n) from the table `randomIndexTable` names (default `saaty-2005`, Saaty’s later table; `saaty-1980` is the one most tools use), and the answer names the table. A group’s matrices are combined cell by cell by the geometric mean. Nothing is stored.
         */
        post: operations["weighByAhp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/direct-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derive weights from points given directly
         * @description The buyer distributes points or percentages over the items (as the Cloud Sovereignty Framework’s 15/10/10/… split does); each weight is the item’s share of all points, exactly. Returns the shares to six decimals and as basis points summing to 10,000, as `POST /api/v1/analysis/ahp` does. Nothing is stored.
         */
        post: operations["weighByDirectPoints"];
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
         * @description Checks every bid against the suitability criteria, minimum requirements and contract conditions, scores the admitted bids exactly under the scheme’s method (weighted sum or UfAB reference-value or median method), ranks them on their exact figures and publishes these rounded to two decimals. The answer carries per-criterion contributions, flags for a reviewer (abnormally low price, diverging evaluators, a draw by lot required) and the SHA-256 commitment of the scheme and of the input. Every ordinal score needs a justification, and attestations are judged on the published submission deadline. Nothing is stored. A body above 32 KiB is validated and evaluated on the analysis workers, with the same answer.
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
    "/api/v1/analysis/rank-order-centroid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derive weights from a ranking (rank-order centroid)
         * @description The buyer only ranks the items (1 most important; equal ranks are ties); the weights are the centre of all weight vectors that respect the ranking, w_k = (1/n) Σ_{j=k..n} 1/j (Barron & Barrett 1996), tied items sharing the positions they hold together, exactly. Returns the shares to six decimals and as basis points summing to 10,000, as `POST /api/v1/analysis/ahp` does. Nothing is stored.
         */
        post: operations["weighByRankOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/sensitivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show how robust a ranking is to its weights
         * @description For each criterion and group of a weighted-sum or UfAB scheme, the interval of its share (siblings rescaled proportionally) within which the bid the evaluation ranks first stays first, and the share at which each pair of adjacent ranks swaps, solved exactly; a flag when the top two are within a margin; optionally SMAA-2 rank acceptability indices and central weights from seeded random weights (the same seed gives the same numbers), tied bids sharing their ranks. It analyses the official ranking: the evaluation’s order, its tie-breaks and the extended method’s corridor, followed in floating point. Nothing is stored.
         */
        post: operations["analyseSensitivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test a draft scheme on simulated bids
         * @description ADVISORY, for a DRAFT scheme before publication: draws simulated bids (prices uniform or triangular, assessments per leaf from stated distributions) over seeded runs and reports how each price formula distributes its points, how often the winner changes when one weight is raised or lowered by a percentage (siblings rescaled), and how often removing one non-winning bid changes the winner (the flipping effect UfAB 2018 warns about). Optionally ranks given option scores by TOPSIS (Hwang & Yoon 1981), labelled advisory, for options reviews. None of this is ever applied to the official result of a tender. At most 50 bids and 2,000 runs, runs × (bids × (bids + 3 × criteria) + criteria² / 4) at most 4,000,000 (criteria: every scored leaf, price included), sized to finish well within the 15 s time limit; the same seed gives the same numbers. Runs on the analysis worker pool. Nothing is stored.
         */
        post: operations["simulateRobustness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/swing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derive weights from swings (swing weighting)
         * @description The buyer gives the most important swing of an item from its worst to its best level 100 points and rates every other swing against it (0 to 100); each weight is the item’s points over the sum of all points (von Winterfeldt & Edwards 1986), exactly. Returns the shares to six decimals and as basis points summing to 10,000, as `POST /api/v1/analysis/ahp` does. Nothing is stored.
         */
        post: operations["weighBySwing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your vendor organisation’s API keys
         * @description Name, scopes, creation, expiry, revocation and last use of every key of your organisation; never a key’s secret, which is shown only when it is created.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key for your vendor organisation
         * @description For vendor users signed in with a session (a key cannot create keys). The key (`tw_<id>.<secret>`, 160 random bits of secret) is in this response only and stored only as a hash; send it as `Authorization: Bearer <key>`, never in a URL. It expires at `expiresAt` (at most a year ahead) and may do only what its scopes allow.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Immediate: the next request with the key is anonymous. Revoking twice keeps the first time. Vendor users revoke their own organisation’s keys: another organisation’s key is not found, exactly like a key that does not exist. Administrators revoke any key, for a vendor who lost control of one (`GET /api/v1/organisations/{organisationId}/api-keys` lists them).
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the authorities you may grant evidence access to
         * @description Id and name of every enabled authority organisation, by name.
         */
        get: operations["listAuthorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the criteria catalogues with their versions
         * @description Every catalogue file loaded from `seed/catalogue/` (`npm run seed`): id, version, changelog, number of entries and how many of them were checked against the text of their sources (`verified`). Empty until the catalogue has been loaded.
         */
        get: operations["getCatalogueIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalogue entries
         * @description Catalogue entries in catalogue order, each with its catalogue file and version: title and description in German and English, the legal types it can take and why, how it is evidenced and verified, its sources, and whether it was checked against them. Filter by catalogue file, kind, legal type or verification.
         */
        get: operations["listCatalogueEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch one catalogue entry
         * @description One entry by its stable id (e.g. `c3a.sov-4-09-c`), with its catalogue file and version.
         */
        get: operations["getCatalogueEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the recommendation and legal-exposure rules
         * @description The rule files with their versions and rules, as data: each recommendation rule with its condition on the buyer context, what it recommends, its reason, sources and whether it is a legal duty or advice; each legal-exposure rule with its question and cases.
         */
        get: operations["listCatalogueRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this installation takes the demo data
         * @description For administrators. The demo (fictional organisations, people and their work) is accepted while the server can be reached from this machine only and the installation holds no real data: no organisation or user that is not demo data, administrators and their authorities aside. Also says whether the demo is loaded and where its credentials file is on the server.
         */
        get: operations["getDemoDataStatus"];
        put?: never;
        /**
         * Load the demo data
         * @description For administrators: loads the installation’s catalogue, then the demo: a fictional contracting authority with a lead officer, three committee members, an officer and an administrator, fictional vendors modelled on real archetypes, each with a vendor user, every organisation marked `demo`, and two options reviews of the authority comparing the vendors’ offers: one concluded, one in review. Creates only what is missing: a second load changes nothing and says so (`changed: false`). The sign-in credentials (passwords, and TOTP keys for officers and administrators) are written to `credentialsFile` on the server, readable only by its owner; they are answered only when asked for (`include=signIns`), once, to the administrator loading the demo on a server only this machine can reach (the setup page shows them). Refused with 409 while the server can be reached from other machines (only the operator can force it, on the server: `npm run seed -- --demo --force`) or the installation holds real data (`GET /api/v1/demo-data` says which).
         */
        post: operations["loadDemoData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-exposure-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assess an offer's legal exposure from its self-assessment
         * @description Answers the legal-exposure questions (US CLOUD Act, FISA 702, processing outside the EEA, control from outside the EEA, sanctions under Art. 5k Regulation 833/2014, disconnect capability) from a vendor's self-declared facts. Every answer carries its finding, the reasoning it prints, a trace of the facts it tested, its sources and the catalogue entries that deal with the exposure lawfully. The answers rest on declarations, which the buyer verifies. Nothing is stored.
         */
        post: operations["assessLegalExposure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your notices
         * @description The notices of your organisation addressed to it or to you, newest first, in German and English, with what they concern and whether they were read, and how many are unread. A vendor’s API key with `tenders:read` reads those addressed to its organisation.
         */
        get: operations["listNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{noticeId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notice read
         * @description Sets the time a notice of yours was read, once: marking it again keeps the first time. A notice to your whole organisation is read for all its users. Another organisation’s notice is not found (404).
         */
        post: operations["markNoticeRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the options reviews you take part in
         * @description For officers and reviewers: the reviews you lead or are a member of, newest first, optionally of one status. Other reviews of your authority are not listed.
         */
        get: operations["listOptionsReviews"];
        put?: never;
        /**
         * Start an options review
         * @description For officers. The review belongs to your authority; you lead it and are its first member. It starts as a draft without a scheme or options.
         */
        post: operations["createOptionsReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an options review
         * @description For its lead and members: the review with its members, its latest scheme version and the number of its options.
         */
        get: operations["getOptionsReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an options review’s title, purpose or reference date
         * @description For the lead, until the review is concluded. Send the `version` you read: if the review changed since, the change is refused with 409. A new reference date also saves the latest scheme again on that date, as a new version.
         */
        patch: operations["updateOptionsReview"];
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Pass the lead of an options review to another officer
         * @description For the lead, until the review is concluded. The new lead must be an active officer who is a member of the review already (422 otherwise); you stay a member.
         */
        put: operations["transferOptionsReviewLead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/matrix.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the matrix of an options review as CSV
         * @description The matrix of `getOptionsReviewMatrixXlsx` as UTF-8 CSV with a byte order mark, `;` between fields and CRLF line ends; numbers with the language’s decimal mark (7,5 in German).
         */
        get: operations["getOptionsReviewMatrixCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/matrix.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the matrix of an options review as XLSX
         * @description One row per option, columns per award criterion: the offer’s data and, for scored criteria, the consensus score as far as the caller may see it. Headers in German or English.
         */
        get: operations["getOptionsReviewMatrixXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/member-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users who could join an options review
         * @description For the lead, until the review is concluded: the active officers and reviewers of the review’s authority who do not take part yet, to pick a member from (`addOptionsReviewMember`).
         */
        get: operations["listOptionsReviewMemberCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to an options review
         * @description For the lead, until the review is concluded. The user must be an active officer or reviewer of the review’s authority (422 otherwise; a user of another authority is refused like one that does not exist); one who takes part already: 409.
         */
        post: operations["addOptionsReviewMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from an options review
         * @description For the lead, until the review is concluded. The lead cannot be removed (409): transfer the lead first. A removed member no longer finds the review.
         */
        delete: operations["removeOptionsReviewMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the options of an options review
         * @description For the lead and members: the options with their offers and versions, in the order they were added.
         */
        get: operations["listOptionsReviewOptions"];
        put?: never;
        /**
         * Add an option to an options review
         * @description For officers who take part, until the review is concluded. The offer’s data is given per criterion of the review’s latest scheme, in the engine’s shapes; criteria the scheme lacks or of another kind are named in the 422. The name must be unique within the review.
         */
        post: operations["createOptionsReviewOption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/options/from-registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a published registry version as an option
         * @description For officers who take part, until the review is concluded. The option is named after the service (or `name`), carries the vendor’s published legal name and cites the version (`registrySource`). Its offer is pre-filled against the review’s latest scheme: evidence for attestation criteria from the version’s attestations with dates by the scheme’s validity rule, and answers in words for criteria taken from catalogue entries the version answers. A service or version that is not published is named in the 422.
         */
        post: operations["createOptionsReviewOptionFromRegistry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/options/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import options from an XLSX or CSV file
         * @description For officers who take part, until the review is concluded. The request body is the file itself, shaped like `getOptionsReviewImportTemplate` (headings in German or English, any order, columns may be left out): an XLSX workbook (its first sheet) or a CSV file in UTF-8, semicolon-separated, numbers with a decimal comma. The file is judged by its bytes; one whose content is not its declared type gets 415. All options are created, or none: every cell that cannot be read, every name used twice in the file or already in the review, and whatever `createOptionsReviewOption` refuses in an offer is named in one 422 with its row (the heading row is 1) and column letter, in the language asked for. At most 500 rows.
         */
        post: operations["importOptionsReviewOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/options/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the template for importing options
         * @description For the lead and members: an empty table for the review’s latest scheme, one heading per column (name, vendor, service; an answer per criterion; a value per metric criterion; per attestation rule whether it is held for the service and from and until when; the price or each life-cycle cost component), in German or English. Fill in one row per option and send the file to `importOptionsReviewOptions`. XLSX adds a sheet of notes on each column; CSV uses semicolons, UTF-8 with a byte order mark, and numbers with a decimal comma.
         */
        get: operations["getOptionsReviewImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/options/{optionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an option of an options review
         * @description For officers who take part, until the review is concluded. Send the whole option and the `version` you read: if somebody changed the option since, the change is refused with 409 and nothing is overwritten; reload and apply your change again.
         */
        put: operations["updateOptionsReviewOption"];
        post?: never;
        /**
         * Remove an option from an options review
         * @description For officers who take part, until the review is concluded. With `version`, an option changed since you read it is not removed (409).
         */
        delete: operations["deleteOptionsReviewOption"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the report of an options review
         * @description For its lead and members: everything the report shows, as data for the print view — the review and its members, the scheme version (the latest unless named) with its weights and commitment, the options with their offers, the scoring as blind as the scoring itself, and the audit chain head, whose time is the report’s as-of time.
         */
        get: operations["getOptionsReviewReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the report of an options review as PDF
         * @description The report (`getOptionsReviewReport`) as an A4 PDF in German or English with embedded fonts. Its creation date is the report’s as-of time, so the same state gives the same bytes.
         */
        get: operations["getOptionsReviewReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the results of an options review
         * @description For the lead and members: the results of a scheme version (the latest unless named; for a concluded review the version it concluded on), computed from the scheme, the options’ offers and the consensus scores, the same bytes for the same inputs. The exact engine’s ranking with each criterion’s contribution and excluded options with their reasons; weight stability and rank swaps; and, labelled as advisory, SMAA rank acceptability, the ranking under other price formulas and TOPSIS; plus the model a client re-ranks other weights with. Pass/fail criteria are not judged in an options review and are listed as `unjudged`. As blind as the scoring: a member reads the results once they have submitted their own sheet (409 before), the lead always. 409 names every missing consensus score, measured value or price while the results cannot be computed yet.
         */
        get: operations["getOptionsReviewResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/scheme-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the scheme versions of an options review
         * @description For the lead and members: number, commitment, origin, note, author and time of every version, newest first; the schemes themselves are read one by one.
         */
        get: operations["listOptionsReviewSchemeVersions"];
        put?: never;
        /**
         * Save the review’s scheme as a new version
         * @description For officers who take part, until the review is concluded. The scheme comes from a catalogue template, from catalogue entries, blank (price alone), or as edited; its `submissionDeadline` is the review’s reference date. The engine validates it: each issue is named in `errors` (for an edited scheme, by its JSON pointer under `/source/scheme`). Versions are numbered and never change; `basedOnVersion` must be the latest (409 otherwise), so nobody replaces a version they have not seen.
         */
        post: operations["saveOptionsReviewSchemeVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/scheme-versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a scheme version of an options review
         * @description For the lead and members: the scheme of one version (by number, or `latest`) with its commitment, the SHA-256 of the scheme in RFC 8785 canonical JSON.
         */
        get: operations["getOptionsReviewSchemeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the scoring of an options review
         * @description For the lead and members: the caller’s own score sheet for a scheme version (the latest unless named) and who has submitted. Blind until submitted: the other members’ scores and their divergences appear only once the caller has submitted their own sheet (`null` before); the consensus is shown to the lead, and to the others once they have submitted.
         */
        get: operations["getOptionsReviewScoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/scoring/consensus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a consensus score
         * @description For the lead, until the review is concluded, once at least two members have submitted their sheets (409 before): the group’s score of one option on one ordinal criterion of the latest scheme version, with a joint justification; recording again replaces it.
         */
        put: operations["recordOptionsReviewConsensus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/scoring/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save your draft score sheet
         * @description For members, until the review is concluded: the scores sent replace your draft for the latest scheme version (409 for an older one). Each score names an option, an ordinal criterion and a level of its scale, with a justification against the anchors. A submitted sheet is final (409).
         */
        put: operations["saveOptionsReviewScoreSheet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/scoring/sheet/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit your score sheet
         * @description For members, until the review is concluded: submits your saved sheet for the latest scheme version. It must score every option on every ordinal criterion (409 otherwise), and is final once submitted; from then on you see the other members’ submitted scores.
         */
        post: operations["submitOptionsReviewScoreSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move an options review to another status
         * @description For the lead: `draft` → `inReview` (needs a scheme), `inReview` → `draft`, and `inReview` → `concluded` (needs a scheme and an option). Concluding records the latest scheme version and its commitment; the review is read-only from then on. Any other move is refused with 409.
         */
        put: operations["changeOptionsReviewStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/weighting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the weighting of an options review
         * @description For the lead and members, for a scheme version (the latest unless named): every member’s weight set per sibling set (visible to the whole group, not blind), the group’s weights computed on read (the AHP of the geometric mean of the members’ pairwise judgements, and the mean of the members’ weights, each with how many members it rests on), and the lead’s adoptions, oldest first; the latest is the adopted weights.
         */
        get: operations["getOptionsReviewWeighting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/weighting/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt weights
         * @description For the lead, until the review is concluded: adopts weights for the latest scheme version with a reason: the group’s geometric mean (409 while a sibling set has no pairwise judgements), the group’s mean, one member’s set, or explicit weights (`custom`, every award node, each sibling set summing to 10,000). Appended to the history; the latest adoption is in force, and a concluding review records it.
         */
        post: operations["adoptOptionsReviewWeights"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/options-reviews/{reviewId}/weighting/my-weight-set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save my weight set
         * @description For every member, until the review is concluded: the caller’s weights for the latest scheme version, one entry per sibling set of two or more nodes, each by points, ranks (ROC), swing or pairwise comparisons (AHP). Saving again replaces the caller’s set. Inconsistent pairwise judgements are saved with their consistency ratio and the judgements to reconsider.
         */
        put: operations["saveOptionsReviewWeightSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every organisation of the installation
         * @description For administrators: authorities and vendor organisations, oldest first.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create an authority or a vendor organisation
         * @description For administrators, who administer the whole installation. Users are added to the organisation afterwards, each with an invitation link.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the API keys of an organisation
         * @description For administrators, to revoke a key a vendor lost control of (`DELETE /api/v1/api-keys/{keyId}`). Revoked and expired keys included; never a secret. An authority has none.
         */
        get: operations["listOrganisationApiKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an organisation
         * @description At once and together: nobody of the organisation can log in, every session of its users ends, its invitation links stop working and every API key of it is revoked. Its users keep their own state for when it is enabled again; revoked keys stay revoked. Your own organisation, or one whose administrators are the last active ones: 409. Disabling twice changes nothing.
         */
        post: operations["disableOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled organisation again
         * @description Its users who are not disabled themselves can log in again. Sessions, invitation links and API keys that disabling ended stay ended. Enabling an active organisation changes nothing.
         */
        post: operations["enableOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users of an organisation
         * @description For administrators. Shows whether each user has set a password and whether they are disabled; never a password hash, TOTP secret or invitation token.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user and an invitation link
         * @description Creates a user without a password and a one-time invitation link to set one (and, for officers and administrators, to enrol TOTP). The link is in this response only: the administrator hands it over. Vendors belong to vendor organisations, everybody else to an authority; an e-mail address is used once.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published tenders
         * @description Free and open to everybody without an account (§ 41 (1) VgV): the published tenders, the newest publication first, optionally only those whose submission period runs (`open`) or has ended (`closed`). Drafts are never listed.
         */
        get: operations["listPublishedTenders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders/{tenderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a published tender
         * @description Free and open to everybody (§ 41 (1) VgV): the authority, reference, title, description, CPV codes, regime and procedure type, the deadlines, the lots with their scheme versions and commitments, corrections and a cancellation. A draft is not found (404). A vendor’s user or API key also sees `interestRegistered`.
         */
        get: operations["getPublishedTender"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders/{tenderId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the answers to bidders’ questions
         * @description Free and open to everybody: the answered questions of a published tender by number, with the answer and when it was given. Who asked is never shown.
         */
        get: operations["listPublishedTenderAnswers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders/{tenderId}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Register interest in a published tender
         * @description For vendors’ users and API keys with `tenders:read`, while the submission period runs: the organisation receives the tender’s notices (corrections, answers, a cancellation). Idempotent.
         */
        put: operations["registerTenderInterest"];
        post?: never;
        /**
         * Withdraw interest in a published tender
         * @description For vendors’ users and API keys with `tenders:read`: the organisation no longer receives the tender’s notices. Idempotent.
         */
        delete: operations["withdrawTenderInterest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders/{tenderId}/lots/{lotNumber}/scheme-versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a published scheme version of a lot
         * @description Free and open to everybody: the evaluation scheme of one published version of a lot with its commitment, the SHA-256 of the scheme in RFC 8785 canonical JSON, so anybody can check it. Earlier versions stay readable after a correction.
         */
        get: operations["getPublishedTenderSchemeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders/{tenderId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your organisation’s questions on a tender
         * @description For vendors’ users and API keys with `tenders:read`: the questions your organisation asked, answered or not, late or not. Other organisations’ questions are not shown.
         */
        get: operations["listOwnTenderQuestions"];
        put?: never;
        /**
         * Ask a question about a published tender
         * @description For vendors’ users and API keys with `tenders:read`, while the submission period runs. The question is numbered per tender; its answer is published without naming who asked. A question after the last day for questions is stored and flagged `late`, not refused; the response then says that the authority need not answer it (§ 20 (3) VgV).
         */
        post: operations["askTenderQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recommend criteria for a buyer context
         * @description Applies the recommendation rules to the buyer's context (data classes, NIS2, KRITIS, sector, service model, AI workloads, contract value) and answers with the rules that apply, each with its reason and sources, and the union of recommended criteria (with their legal types), minimum SEAL levels and contract conditions. A criterion is a `duty` when any rule requiring it is a legal duty, otherwise `advice`. Nothing is stored.
         */
        post: operations["recommendCriteria"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the registry’s published services
         * @description For officers and reviewers: each service’s latest published version that meets every criterion given (AND): attestations held, covering the service and valid on `validOn` (today when absent) by the scheme’s validity rule; any of the key controls; data, processing, support and administration all in the EEA (or Germany); at least the SEAL levels; the C3A criteria met; `q` in the vendor’s or service’s name. Ordered by service name.
         */
        get: operations["searchRegistry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a published service
         * @description For officers and reviewers: the service with its published versions and the vendor’s legal name as last published. A service without a published version is not found.
         */
        get: operations["getRegistryService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/services/{serviceId}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare two published versions
         * @description For officers and reviewers: what changed from version `from` to version `to`, as JSON pointers into the content with the values before and after. A number that names no published version is named in the 422.
         */
        get: operations["compareRegistryVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/services/{serviceId}/evidence/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence document a published version cites
         * @description For officers and reviewers of any authority: a document cited by an attestation of a published version of the service. A confidential one only while the vendor grants your authority access; without, as for a document no published version cites, the answer is 404, so its existence is not revealed. Every download is written to the audit log with the reader.
         */
        get: operations["downloadRegistryEvidenceDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/services/{serviceId}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a published self-assessment version
         * @description For officers and reviewers: the version’s answers, the vendor profile published with it and its SHA-256, with every attestation judged on `validOn` (today when absent) by its scheme’s validity rule, and the evidence documents it cites: `readable` says whether the caller’s authority may download one now. Of a confidential report the vendor has not granted the caller’s authority (§ 41 (3) VgV) only its SHA-256 is shown. Drafts are not found.
         */
        get: operations["getRegistryVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/services/{serviceId}/versions/{number}/legal-exposure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The legal-exposure findings of a published version
         * @description For officers and reviewers: the catalogue’s legal-exposure answers (CLOUD Act, FISA 702, sanctions, disconnection …) for the self-assessment derived from the version and the vendor profile published with it (registered office, controlling owners, locations, key control, the legal-exposure answers), with that derived input.
         */
        get: operations["assessRegistryLegalExposure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/services/{serviceId}/versions/{number}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your authority’s verifications of a version
         * @description For officers and reviewers: the verifications your authority recorded for the version’s attestations, oldest first, with who recorded them. Other authorities’ records are not shown.
         */
        get: operations["listRegistryVerifications"];
        put?: never;
        /**
         * Record a verification of an attestation
         * @description For officers and reviewers: that your authority checked one attestation of the version (against the issuer’s register, the report …) on `checkedOn`, and the result. The attestation must be one of the version’s and the day not in the future (422). Only your authority sees the record.
         */
        post: operations["recordRegistryVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the evaluation templates
         * @description The complete evaluation schemes a buyer can start from, summarised: use case, evaluation method and number of criteria. Fetch one to get its scheme, the reasons for its weights and the catalogue entries each criterion is taken from.
         */
        get: operations["listEvaluationTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch one evaluation template
         * @description The template with its complete evaluation scheme (which `POST /api/v1/analysis/evaluate` accepts as it is), the rationale of its weights and method, and the catalogue entries its criteria are taken from.
         */
        get: operations["getEvaluationTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenders you are on the team of
         * @description For officers and reviewers: the tenders on whose team you are, in any capacity, newest first, each with your capacities. Other tenders of your authority are not listed.
         */
        get: operations["listTenders"];
        put?: never;
        /**
         * Start a tender
         * @description For officers. The tender belongs to your authority; you lead it and are on its team as an officer. It starts as a draft with lot 1, titled like the tender. The procedure type must be one of the regime (with its ground where it needs one); the reference is unique within your authority (409 otherwise).
         */
        post: operations["createTender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/procedure-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the procedure types of a regime
         * @description For officers and reviewers: the procedure types the regime knows, open procedures first, each with its stages, whether it needs a recorded ground and the paragraphs it rests on.
         */
        get: operations["listTenderProcedureTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a tender
         * @description For its team: the procedure with its stages, the estimated value with the computed contract value and the EU threshold it implies (with the table’s source and validity), the lots, the deadlines with their checks explained, publication and cancellation, your capacities and what you may do now. Anyone else gets 404.
         */
        get: operations["getTender"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft tender
         * @description For the officers on its team while it is a draft (409 afterwards): subject, CPV codes, regime and procedure type with its ground, Land, kinds of authority and contract, the estimated value (its lots are the tender’s by id `lot-<number>`) and its day, the reasons for not dividing into lots and the lot limits (§ 30 (1) VgV). Send the `version` you read: if the tender changed since, the change is refused with 409.
         */
        patch: operations["updateTender"];
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a tender
         * @description For the officers on the team in any state before the award (Aufhebung): the ground of § 63 (1) S. 1 Nr. 1–4 VgV (§ 48 (1) UVgO) and the reasons. Nothing is deleted; every vendor that registered interest is notified (§ 63 (2) VgV).
         */
        post: operations["cancelTender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a published tender
         * @description For the officers on the team while the submission period runs (§ 20 (3) VgV; 409 after the submission deadline). Each changed lot gets its next scheme version under its own commitment; earlier versions stay readable and unchanged. The submission deadline is extended as the rules require: a deadline earlier than that is refused with 422 and the reason, none given takes the earliest required one; the explanation is in `extension`. Every vendor that registered interest is notified. A correction may move only the deadlines.
         */
        post: operations["correctTender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a draft tender’s deadlines
         * @description For the officers on its team while it is a draft. The submission deadline is a Berlin wall-clock time; the questions deadline and the bid validity default to what the deadline rules compute. The answer explains the checks in German and English: a deadline below the minimum period is saved but reported as an error finding (publication refuses it), warnings are for choices the law leaves open. Send the tender’s `version` you read (409 when stale).
         */
        put: operations["updateTenderDeadlines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare no conflict of interest in a tender (§ 6 VgV)
         * @description For each member of the team, for themselves: declares the text of `declarationText` (its `version` sent as `textVersion`; a text changed since: 409) for every capacity held. Declaring again keeps the earlier declarations with their time and version and declares only capacities added since (200). The tender’s version does not change.
         */
        post: operations["declareNoConflictOfInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the vendors interested in a tender
         * @description For the tender’s team: the vendor organisations that registered interest and so receive the tender’s notices, and when they registered.
         */
        get: operations["listTenderInterests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a tender’s lots
         * @description For its team: the lots in the order of their numbers, with the tender’s version.
         */
        get: operations["listTenderLots"];
        put?: never;
        /**
         * Add a lot to a draft tender
         * @description For the officers on its team while it is a draft. The lot is numbered one above the highest; the others keep their numbers. Send the tender’s `version` you read (409 when stale).
         */
        post: operations["createTenderLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/lots/{lotNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a lot from a draft tender
         * @description For the officers on its team while the tender is a draft; the lot’s draft scheme goes with it, the other lots keep their numbers. The last lot cannot be removed, nor one that would leave fewer lots than a lot limit (409). Send the tender’s `version` you read (409 when stale).
         */
        delete: operations["deleteTenderLot"];
        options?: never;
        head?: never;
        /**
         * Change a lot’s title or description
         * @description For the officers on its team while the tender is a draft. Send the tender’s `version` you read (409 when stale).
         */
        patch: operations["updateTenderLot"];
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/lots/{lotNumber}/scheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the scheme of a lot
         * @description For the tender’s team. While the tender is a draft: the lot’s draft scheme with its origin, the lot’s version to send with the next save, and the rules of evaluation it still breaks (`issues`). Once published: the latest published version with its commitment.
         */
        get: operations["getTenderLotScheme"];
        /**
         * Save the draft scheme of a lot
         * @description For the officers on the team while the tender is a draft; after publication the scheme is frozen (409). The scheme comes from a catalogue template, from catalogue entries, blank (price alone), or as edited; it takes the tender’s submission day and regime. The engine validates it: each issue is named in `errors` (for an edited scheme by its JSON pointer under `/source/scheme`). `version` is the lot’s version you read (409 when stale); the save moves the lot’s and the tender’s versions on, which voids a request for publication.
         */
        put: operations["saveTenderLotScheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/lots/{lotNumber}/scheme-versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a published scheme version of a lot
         * @description For the tender’s team: the scheme of one published version with its commitment (the SHA-256 of the scheme in RFC 8785 canonical JSON) and, for a corrected version, the correction’s number and reason.
         */
        get: operations["getTenderSchemeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the notices sent about a tender
         * @description For everybody on the team, newest first: kind, subject, recipient organisation, when made and read, and the state of its e-mails (none without an SMTP relay).
         */
        get: operations["listTenderNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the publication of a tender
         * @description For a second officer on the team (four eyes): the officer who asked is refused with 403. The request must be for the tender’s current version (409 when the tender changed since) and the tender still ready (422). Publication freezes each lot’s draft as its scheme version 1, with the tender’s submission day and regime, under its commitment: the SHA-256 of the scheme in RFC 8785 canonical JSON. From then on the scheme cannot change; corrections add versions.
         */
        post: operations["approveTenderPublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/publication-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for the publication of a tender
         * @description For the officers on the team while the tender is a draft. Refused with 422 while the tender is not ready: each missing item (the tender’s `readiness`) is named in `errors` by its pointer. The request records who asked and the tender’s version: a second officer approves it (four eyes), and any later change of the tender voids it.
         */
        post: operations["requestTenderPublication"];
        /**
         * Withdraw the request for publication
         * @description For the officers on the team while the tender is a draft: the request is cleared and can no longer be approved. `version` is the tender’s version you read (409 when stale).
         */
        delete: operations["withdrawTenderPublicationRequest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the bidders’ questions on a tender
         * @description For the tender’s team: every question in the order asked, answered or not, with the asking organisation (never published) and whether it came after the last day for questions; `unanswered=true` lists the open ones.
         */
        get: operations["listTenderQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/questions/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a bidder’s question
         * @description For officers of the team while the tender is published or its submission period has ended. The answer is published under the question’s number without naming who asked, and every vendor that registered interest, and the asker, receive it as a notice. An answer is given once: a second one is refused (409).
         */
        post: operations["answerTenderQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tender record (Vergabeakte)
         * @description For everybody on the team: every event of the tender from the audit log in the log’s order (changes, refused and failed attempts), with action, outcome, a German and English label, who acted (name and role, or the API key and its organisation) and when.
         */
        get: operations["getTenderRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/scheme-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the published scheme versions of a tender
         * @description For the tender’s team: every published version by lot and number (of one lot with `lot`), with its commitment and the number of the correction that made it (null for version 1, frozen by the publication). The schemes are read one by one.
         */
        get: operations["listTenderSchemeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the team of a tender
         * @description For everybody on the team: each member with display name, role and capacities (officer, opening officer, deputy with whom they stand in for, evaluator, reviewer), who added them and when, their declarations of no conflict of interest (§ 6 VgV) with the text version, the lead marked; what the team lacks for the publication (`findings`); and the declaration text every member makes.
         */
        get: operations["listTenderTeam"];
        put?: never;
        /**
         * Add a member to a tender’s team in one capacity
         * @description For the officers on the team until the award, naming the tender’s `version` read (409 when it changed since). The user must be an enabled officer or reviewer of the tender’s authority whose role allows the capacity (422 otherwise; a user of another authority is refused like one that does not exist); a capacity held already: 409. A deputy (`openingDeputy`) names the opening officer they stand in for (`deputyFor`) and is no opening officer themselves. The new membership is undeclared until its member declares (§ 6 VgV); nothing else changes.
         */
        post: operations["addTenderTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/team/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users who could join a tender’s team
         * @description For the officers on the team until the award: the enabled officers and reviewers of the tender’s authority, members included, with the capacities each holds and may still take (officer, opening officer and deputy: officers; evaluator and reviewer: officers and reviewers), to pick from for `addTenderTeamMember`.
         */
        get: operations["listTenderTeamCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{tenderId}/team/{userId}/{capacity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove one capacity of a member from a tender’s team
         * @description For the officers on the team until the award, naming the tender’s `version` read (409 when it changed since). The lead’s officer capacity stays (422); an opening officer with a deputy is removed only after the deputy (422). A member left without capacities is off the team and no longer finds the tender.
         */
        delete: operations["removeTenderTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
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
        /**
         * Change a user’s role
         * @description Ends all the user’s sessions: a change of privilege needs a new login. The role must fit the organisation (vendor in a vendor organisation, the others in an authority); the last active administrator keeps the role.
         */
        patch: operations["changeUserRole"];
        trace?: never;
    };
    "/api/v1/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a user
         * @description Ends the user’s sessions and open invitations at once and revokes the API keys they created; the user can no longer log in. Disabling twice changes nothing. Your own account, or the last active administrator: 409.
         */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled user again
         * @description The user logs in again with the password (and TOTP) they had. What disabling ended stays ended: sessions, invitation links (a user without a password needs a new one) and the API keys they created. Enabling an active user changes nothing.
         */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new invitation link
         * @description For a user who has not accepted an invitation yet (the link was lost or has expired). Earlier links stop working. A user who has set a password, is disabled or belongs to a disabled organisation gets none: 409.
         */
        post: operations["issueInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End all sessions of a user
         * @description For a lost laptop or a suspected break-in: every session of the user ends at once, and their next request is anonymous. The account itself stays usable.
         */
        delete: operations["endUserSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a user’s TOTP key and recovery codes
         * @description For a user who lost the phone and the recovery codes. All their sessions end; officers and administrators set up TOTP again at their next login. Check who is asking before you do this: it removes the second factor.
         */
        post: operations["resetUserTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read your organisation's vendor profile
         * @description Legal name, registered office, owner chain (facts for the legal-exposure assessment, never a score) and contacts, with the `version` a change must name. 404 until the first save.
         */
        get: operations["getVendorProfile"];
        /**
         * Create or replace your organisation's vendor profile
         * @description The first save creates the profile (send no `version`; 201). Later saves send the whole profile and the `version` read: a profile changed since is refused with 409 and nothing is overwritten. Published self-assessment versions keep the profile as it was when published.
         */
        put: operations["saveVendorProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your organisation's services
         * @description Your own services in the order they were created, each with its newest published version and its draft.
         */
        get: operations["listVendorServices"];
        put?: never;
        /**
         * Add a service
         * @description A service your organisation offers, e.g. "Sovereign Cloud IaaS, Region DE"; its self-assessments are versions of it. The name must be new among your services (409).
         */
        post: operations["createVendorService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/attestation-warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List attestations that expire soon or have expired
         * @description Of each of your services’ newest published version: the attestations whose validity, by the scheme’s rule, ends within `withinDays` days from today (Europe/Berlin) or has ended, soonest first. Attestations whose validity cannot be determined are not listed.
         */
        get: operations["listAttestationWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one of your services
         * @description With its newest published version and its draft. Another vendor’s service: 404.
         */
        get: operations["getVendorService"];
        /**
         * Rename one of your services or change its summary
         * @description Send name, summary and the `version` read (409 when stale, or when another of your services has the name). Published versions cite the service by id and do not change.
         */
        put: operations["updateVendorService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the evidence documents of an own service
         * @description Every document of the service, confidential ones included, oldest first.
         */
        get: operations["listEvidenceDocuments"];
        put?: never;
        /**
         * Upload an evidence document of an own service
         * @description The request body is the file itself: a PDF, PNG, JPEG, Word (DOCX) or Excel (XLSX) file, judged by its content, not by its name or declared type (an HTML page sent as `application/pdf` gets 415; a declared type other than `application/octet-stream` must match the content). DOCX and XLSX containers are checked before anything unpacks them: a zip bomb or a broken archive gets 422, as does an empty file. The limit is `EVIDENCE_MAX_BYTES` of the installation (default 20 MiB; larger gets 413). The file is stored under a generated name with its SHA-256; the uploaded name is not kept. `confidential=true` makes it readable by authorities only with a grant (`createEvidenceGrant`), once a published version cites it.
         */
        post: operations["uploadEvidenceDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/evidence-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the authorities granted access to confidential evidence
         * @description Standing and revoked grants of the service, oldest first.
         */
        get: operations["listEvidenceGrants"];
        put?: never;
        /**
         * Let an authority read the confidential evidence of an own service
         * @description The authority (an id from `GET /authorities`) may then download the service’s confidential documents that a published version cites (§ 41 (3) VgV). 422 when the id names no authority, 409 when a standing grant exists.
         */
        post: operations["createEvidenceGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/evidence-grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a grant to read confidential evidence
         * @description Takes effect at once; the grant stays listed with `revokedAt`. 409 if it was revoked already.
         */
        delete: operations["revokeEvidenceGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/evidence/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence document of an own service
         * @description The stored bytes as an attachment under the generated name, with the stored media type and the SHA-256 as ETag and Repr-Digest.
         */
        get: operations["downloadEvidenceDocument"];
        put?: never;
        post?: never;
        /**
         * Delete an evidence document of an own service
         * @description Only while no published version cites it (409 otherwise): what was published stays readable as it was published.
         */
        delete: operations["deleteEvidenceDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a self-assessment file into the draft of one of your services
         * @description Replaces the draft’s content with the file’s, or starts a draft with it (201). The whole file is checked first: every invalid value is reported in one 422 problem with its JSON pointer into the file (`/content/attestations/0/auditPeriod/to`), and so is a cited document that is not evidence of this service. Nothing is imported unless everything is valid. The service keeps its name and summary.
         */
        post: operations["importSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the self-assessment versions of one of your services
         * @description Newest first, the draft included, without their content.
         */
        get: operations["listSelfAssessmentVersions"];
        put?: never;
        /**
         * Start the next self-assessment version as a draft
         * @description Empty (`{}`), or with the content of a published version (`{ "copyOf": 2 }`). A service has at most one draft: 409 when it has one. Only you see the draft until it is published.
         */
        post: operations["createSelfAssessmentDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one self-assessment version of one of your services
         * @description The draft or a published version, with `validity`: each attestation judged on `validOn` (today in Germany when absent) by its scheme’s rule from the catalogue, not by the day it is read.
         */
        get: operations["getSelfAssessmentVersion"];
        /**
         * Save the draft of one of your services
         * @description Replaces the draft’s whole content; send the `version` read (409 when stale). Parts may be missing in a draft. A published version never changes: saving it answers 409.
         */
        put: operations["saveSelfAssessmentDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/versions/{number}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one self-assessment version as a file
         * @description The version’s content as a `SelfAssessmentTransfer`, saved as `self-assessment-<service>-v<number>.json`; import it into a draft of this or another of your services with `importSelfAssessment`.
         */
        get: operations["exportSelfAssessmentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{serviceId}/versions/{number}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft of one of your services
         * @description Send the draft’s `version` (409 when stale). Refused with 422, one JSON pointer per problem, while `/content/locations`, `/content/keyManagement` or `/content/legalExposure` is missing or an attestation cites a document that is not evidence of this service; with 409 while you have no vendor profile. Publishing keeps your profile with the version and sets `contentSha256`, the SHA-256 of the RFC 8785 canonical JSON of `{ content, vendor }`. The version never changes afterwards; authorities can read and cite it.
         */
        post: operations["publishSelfAssessmentVersion"];
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
         *       "password": "tram lines under the old bridge",
         *       "token": "abcdefghijklmnopqrstuvwxyz234567"
         *     }
         */
        AcceptInvitationRequest: {
            /**
             * @description The token of the invitation link (sent in the body, never in a URL)
             * @example abcdefghijklmnopqrstuvwxyz234567
             */
            token: string;
            /**
             * @description 8 to 128 characters, no composition rules; refused when common or built from the account's data (reason codes: too-short, too-long, common, contains-personal-data, contains-context-word)
             * @example tram lines under the old bridge
             */
            password: string;
        };
        /**
         * @example {
         *       "endedSessions": 1,
         *       "user": {
         *         "createdAt": "2026-12-01T09:31:00.000Z",
         *         "disabledAt": null,
         *         "displayName": "Erika Muster",
         *         "email": "erika.muster@nordlicht.example",
         *         "id": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *         "organisationId": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *         "passwordSet": true,
         *         "role": "vendor"
         *       }
         *     }
         */
        AccountChangeResponse: {
            user: components["schemas"]["UserResponse"];
            /** @description Sessions ended by the change */
            endedSessions: number;
        };
        /**
         * @example {
         *       "userId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
         *     }
         */
        AddOptionsReviewMemberInput: {
            /**
             * Format: uuid
             * @description A user of the review’s authority with the role officer or reviewer
             * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
             */
            userId: string;
        };
        /**
         * @example {
         *       "capacity": "openingDeputy",
         *       "deputyFor": "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f",
         *       "userId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "version": 4
         *     }
         */
        AddTenderTeamMemberInput: {
            /**
             * Format: uuid
             * @description An enabled officer or reviewer of the tender’s authority
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            capacity: components["schemas"]["TenderTeamCapacity"];
            /**
             * Format: uuid
             * @description Only with `openingDeputy`, and required there: the opening officer of the team this member stands in for
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            deputyFor?: string;
            /**
             * @description The tender’s version you read; the change is refused with 409 if the tender changed since
             * @example 4
             */
            version: number;
        };
        /**
         * @example {
         *       "kind": "geometricMean",
         *       "reason": "Der Ausschuss übernimmt das geometrische Mittel der Paarvergleiche (CR 0,02).",
         *       "schemeVersion": 2
         *     }
         */
        AdoptWeightsInput: {
            /**
             * @description The scheme version the weights are for; only the latest takes new weights
             * @example 2
             */
            schemeVersion: number;
            kind: components["schemas"]["WeightAdoptionKind"];
            /**
             * Format: uuid
             * @description For `member`: whose set
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            memberUserId?: string;
            /** @description For `custom`: every node’s weight */
            weightsBp?: {
                [key: string]: number;
            };
            /** @description Why the group adopts these weights; recorded with them */
            reason: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "sovereignty"
         *         },
         *         {
         *           "id": "security"
         *         },
         *         {
         *           "id": "price"
         *         },
         *         {
         *           "id": "exit"
         *         }
         *       ],
         *       "judgements": [
         *         [
         *           1,
         *           2,
         *           3,
         *           5
         *         ],
         *         [
         *           0.5,
         *           1,
         *           2,
         *           3
         *         ],
         *         [
         *           0.3333333333333333,
         *           0.5,
         *           1,
         *           0.3333333333333333
         *         ],
         *         [
         *           0.2,
         *           0.3333333333333333,
         *           3,
         *           1
         *         ]
         *       ]
         *     }
         */
        AhpRequest: {
            /** @description The items to weigh, e.g. the criteria of one sibling set */
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
            }[];
            /**
             * @description One person’s judgements. Give either this or `judges`.
             * @example [
             *       [
             *         1,
             *         2,
             *         3,
             *         5
             *       ],
             *       [
             *         0.5,
             *         1,
             *         2,
             *         3
             *       ],
             *       [
             *         0.3333333333333333,
             *         0.5,
             *         1,
             *         0.3333333333333333
             *       ],
             *       [
             *         0.2,
             *         0.3333333333333333,
             *         3,
             *         1
             *       ]
             *     ]
             */
            judgements?: number[][];
            /** @description A group’s judgements, one matrix per judge, combined cell by cell by the geometric mean (Aczél & Saaty 1983) before the analysis. Give either this or `judgements`. */
            judges?: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                judgements: components["schemas"]["PairwiseJudgements"];
            }[];
            randomIndexTable?: components["schemas"]["RandomIndexTable"];
        };
        /**
         * @example {
         *       "acceptable": false,
         *       "consistencyIndex": 0.108264,
         *       "consistencyRatio": 0.121645,
         *       "inconsistentPairs": [
         *         {
         *           "columnId": "price",
         *           "deviation": 0.732824,
         *           "given": 3,
         *           "implied": 1.44165,
         *           "rowId": "exit"
         *         },
         *         {
         *           "columnId": "exit",
         *           "deviation": 0.509186,
         *           "given": 3,
         *           "implied": 1.802954,
         *           "rowId": "security"
         *         },
         *         {
         *           "columnId": "exit",
         *           "deviation": 0.44183,
         *           "given": 5,
         *           "implied": 3.214293,
         *           "rowId": "sovereignty"
         *         },
         *         {
         *           "columnId": "price",
         *           "deviation": 0.434783,
         *           "given": 3,
         *           "implied": 4.633885,
         *           "rowId": "sovereignty"
         *         },
         *         {
         *           "columnId": "price",
         *           "deviation": 0.262067,
         *           "given": 2,
         *           "implied": 2.599228,
         *           "rowId": "security"
         *         }
         *       ],
         *       "judges": null,
         *       "lambdaMax": 4.324792,
         *       "randomIndex": 0.89,
         *       "randomIndexTable": "saaty-2005",
         *       "weights": {
         *         "exit": 0.149011,
         *         "price": 0.103362,
         *         "security": 0.268661,
         *         "sovereignty": 0.478966
         *       },
         *       "weightsBp": {
         *         "exit": 1490,
         *         "price": 1034,
         *         "security": 2686,
         *         "sovereignty": 4790
         *       }
         *     }
         */
        AhpResponse: {
            /** @description Priorities by item id: the principal eigenvector, six decimals */
            weights: {
                [key: string]: number;
            };
            /** @description The published priorities in whole basis points, summing to exactly 10,000 (largest remainder) */
            weightsBp: {
                [key: string]: number;
            };
            /** @description The principal eigenvalue λmax */
            lambdaMax: number;
            /** @description CI = (λmax − n)/(n − 1) */
            consistencyIndex: number;
            /** @description The random index RI(n) of the table named in `randomIndexTable` */
            randomIndex: number;
            randomIndexTable: components["schemas"]["RandomIndexTable"];
            /** @description CR = CI/RI; 0 for two items */
            consistencyRatio: number;
            /** @description CR ≤ 0.10 (Saaty) */
            acceptable: boolean;
            /** @description When not acceptable: up to five judgements furthest from the ratio of the priorities, worst first; reconsider the first and compute again. Empty when acceptable. */
            inconsistentPairs: {
                /**
                 * @description The item the judgement favours
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                rowId: string;
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                columnId: string;
                /** @description The judgement, at least 1 */
                given: number;
                /** @description The ratio of the two priorities */
                implied: number;
                /** @description |ln(given / implied)| */
                deviation: number;
            }[];
            /** @description For a group, each judge’s own consistency; null for one person */
            judges: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                consistencyRatio: number;
                acceptable: boolean;
            }[] | null;
        };
        /**
         * @example {
         *       "answer": "Nein, Angebote sind für die Gesamtleistung abzugeben."
         *     }
         */
        AnswerTenderQuestionInput: {
            answer: string;
        };
        /**
         * @description The keys of one vendor organisation, newest first, revoked ones included
         * @example {
         *       "keys": [
         *         {
         *           "createdAt": "2026-12-01T10:00:00.000Z",
         *           "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "expiresAt": "2027-06-01T00:00:00.000Z",
         *           "id": "k7m2q4r6t8v2x4z6b3d5f7h2",
         *           "lastUsedAt": null,
         *           "name": "ERP integration",
         *           "revokedAt": null,
         *           "scopes": [
         *             "tenders:read",
         *             "self-assessment:write"
         *           ]
         *         }
         *       ]
         *     }
         */
        ApiKeyListResponse: {
            keys: components["schemas"]["ApiKeyResponse"][];
        };
        /**
         * @example {
         *       "createdAt": "2026-12-01T10:00:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "expiresAt": "2027-06-01T00:00:00.000Z",
         *       "id": "k7m2q4r6t8v2x4z6b3d5f7h2",
         *       "lastUsedAt": null,
         *       "name": "ERP integration",
         *       "revokedAt": null,
         *       "scopes": [
         *         "tenders:read",
         *         "self-assessment:write"
         *       ]
         *     }
         */
        ApiKeyResponse: {
            /** @example k7m2q4r6t8v2x4z6b3d5f7h2 */
            id: string;
            name: string;
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * Format: uuid
             * @description The vendor user who created it
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description Last accepted request, to the minute; null if never used
             * @example 2026-12-01T09:30:00.000Z
             */
            lastUsedAt: string | null;
        };
        /**
         * @description `tenders:read` reads published tenders, `self-assessment:write` fills in self-assessments, `bids:submit` submits bids
         * @enum {string}
         */
        ApiKeyScope: "tenders:read" | "self-assessment:write" | "bids:submit";
        /**
         * @example {
         *       "lotNumber": 1,
         *       "text": "Ist eine Teilleistung im Unterauftrag zulässig?"
         *     }
         */
        AskTenderQuestionInput: {
            text: string;
            /** @description The lot the question concerns; omitted for the tender as a whole */
            lotNumber?: number;
        };
        /**
         * @example {
         *       "askedAt": "2027-02-10T09:00:00.000Z",
         *       "id": "6a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "late": false,
         *       "lotNumber": 1,
         *       "message": null,
         *       "number": 3,
         *       "text": "Ist eine Teilleistung im Unterauftrag zulässig?"
         *     }
         */
        AskedTenderQuestion: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /** @description Numbered per tender in the order asked; answers are published under it */
            number: number;
            lotNumber: number | null;
            text: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            askedAt: string;
            /** @description Asked after the last day for questions */
            late: boolean;
            /** @description For a late question: that it is stored and passed on, but the authority need not answer it; null otherwise */
            message: {
                de: string;
                en: string;
            } | null;
        };
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
        AttestationValidity: {
            attestationId: string;
            /** Format: date */
            on: string;
            /** @enum {string} */
            status: "valid" | "expired" | "notYetValid" | "undetermined";
            /** Format: date */
            validFrom: string | null;
            /** Format: date */
            validUntil: string | null;
            rule: string | null;
            reason: {
                de: string;
                en: string;
            };
        };
        AttestationValidityRule: {
            /** @enum {string} */
            kind: "periodEnd";
            months: number;
            /** @enum {string} */
            basis: "law" | "scheme" | "practice";
            text: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
        } | {
            /** @enum {string} */
            kind: "referenceDate";
            months: number;
            /** @enum {string} */
            countsFrom: "auditPeriodEnd" | "reportDate";
            /** @enum {string} */
            basis: "law" | "scheme" | "practice";
            text: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
        } | {
            /** @enum {string} */
            kind: "stated";
            defaultTerm?: {
                months: number;
                /** @enum {string} */
                countsFrom: "auditPeriodEnd" | "reportDate";
            };
            /** @enum {string} */
            basis: "law" | "scheme" | "practice";
            text: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
        } | {
            /** @enum {string} */
            kind: "undefined";
            /** @enum {string} */
            basis: "law" | "scheme" | "practice";
            text: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
        };
        AttestationWarningListResponse: {
            /** Format: date */
            today: string;
            withinDays: number;
            items: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                serviceId: string;
                serviceName: string;
                versionNumber: number;
                attestationId: string;
                scheme: string;
                type: string | null;
                /** Format: date */
                validUntil: string;
                /** @enum {string} */
                status: "expiring" | "expired";
                daysLeft: number;
            }[];
        };
        AuthorityListResponse: {
            items: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                name: string;
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
            /** @description Every pass/fail criterion with its outcome, by stage: exclusion grounds and restricted requirements (formal stage), suitability, minimum requirements, conditions */
            checks: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                criterionId: string;
                /** @enum {string} */
                legalType: "exclusion" | "restricted" | "suitability" | "minimum" | "condition";
                met: boolean;
                byEquivalent: boolean;
                note: string | null;
            }[];
            reasons: {
                /** @enum {string} */
                code: "exclusionGroundApplies" | "restrictedNotMet" | "suitabilityNotMet" | "minimumNotMet" | "conditionNotAccepted" | "belowMinimumScore";
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                criterionId: string;
            }[];
            /** @description Published score, two decimals, rounded half to even from the exact value: points 0–100 (weighted sum), Z = L/P per the published currency units (UfAB reference-value methods) or Z in percent of the medians (UfAB median method). The ranking is decided on the exact value. Null when excluded, or when the ratio has no value (a price of zero or below; a median performance of zero or median price of zero or below). */
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
        /** @description Something a reviewer must look at. `abnormallyLow` asks for a price clarification (§ 60 VgV, § 54 SektVO) and never excludes; its reasons: under the next higher price or under the median of the other admitted prices by at least the trigger threshold, or under the estimate by as much. `drawRequired`: bids tied on every deciding figure, to be decided by drawing lots (Losentscheid); `decidedByDraw`: the recorded draw decided. `tiedWhenRounded`: the published two-decimal score equals that of a bid with another rank; the ranking is decided on the exact values, shown with enough decimals. */
        BidFlag: {
            /** @enum {string} */
            code: "abnormallyLow";
            reasons: ("zeroOrNegative" | "belowNextBid" | "belowMedianOfOthers" | "belowEstimate")[];
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
            code: "drawRequired";
            tiedWith: string[];
        } | {
            /** @enum {string} */
            code: "decidedByDraw";
            tiedWith: string[];
        } | {
            /** @enum {string} */
            code: "tiedWhenRounded";
            tiedWith: string[];
            /** @description The exact score with as many decimals as separate it from the others */
            exactScore: string;
        } | {
            /** @enum {string} */
            code: "inCorridor";
        } | {
            /** @enum {string} */
            code: "ratioUndefined";
        };
        BidGeneratorSettings: {
            /** @description Simulated bids per run */
            count: number;
            /** @description Each bid’s evaluated price, drawn independently, rounded to cents; above 0 */
            price: {
                /** @enum {string} */
                kind: "uniform";
                /** @description A decimal number, read exactly */
                min: number;
                /** @description A decimal number, read exactly */
                max: number;
            } | {
                /** @enum {string} */
                kind: "triangular";
                /** @description A decimal number, read exactly */
                min: number;
                /** @description A decimal number, read exactly */
                mode: number;
                /** @description A decimal number, read exactly */
                max: number;
            };
            /** @default {} */
            leaves: {
                [key: string]: components["schemas"]["LeafDistribution"];
            };
        };
        BindingPeriod: {
            /** Format: date */
            lastDay: string;
            end: string;
            /** Format: date */
            lastWorkingDayForAward: string;
            errors: components["schemas"]["DeadlineFinding"][];
            warnings: components["schemas"]["DeadlineFinding"][];
            explanation: components["schemas"]["DeadlineExplanationStep"][];
        } | null;
        /**
         * @example {
         *       "aboveEuThreshold": true,
         *       "aiWorkloads": false,
         *       "contractValueEur": 1200000,
         *       "dataClasses": [
         *         "personal",
         *         "health",
         *         "social"
         *       ],
         *       "kritisOperator": false,
         *       "nis2Entity": "essential",
         *       "sector": "health",
         *       "serviceModel": "saas",
         *       "sgbVActor": true
         *     }
         */
        BuyerContext: {
            /** @default [] */
            dataClasses: ("personal" | "specialCategories" | "health" | "social" | "professionalSecrets" | "vsNfd")[];
            /**
             * @default none
             * @enum {string}
             */
            nis2Entity: "none" | "important" | "essential";
            /** @default false */
            kritisOperator: boolean;
            /** @enum {string} */
            sector: "publicAdministration" | "health" | "energy" | "water" | "transport" | "finance" | "telecommunications" | "digitalInfrastructure" | "research" | "education" | "defence" | "other";
            /** @default false */
            sgbVActor: boolean;
            /** @enum {string} */
            serviceModel: "iaas" | "paas" | "saas" | "onPremises";
            /** @default false */
            aiWorkloads: boolean;
            contractValueEur: number;
            aboveEuThreshold: boolean;
            /** @enum {string} */
            regime?: "VgV" | "SektVO" | "VSVgV" | "UVgO";
        };
        /**
         * @example {
         *       "ground": "essentialChange",
         *       "reasons": "Der Landtag hat die Mittel für das Vorhaben gestrichen; die Leistung wird nicht mehr benötigt.",
         *       "version": 9
         *     }
         */
        CancelTenderInput: {
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            ground: components["schemas"]["TenderCancellationGround"];
            /** @description Why, in the words the bidders are told (§ 63 (2) VgV) */
            reasons: string;
        };
        CatalogueEntry: {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "requirement";
        } | {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "sovereigntyObjective";
            objective: {
                /** @enum {string} */
                code: "SOV-1" | "SOV-2" | "SOV-3" | "SOV-4" | "SOV-5" | "SOV-6" | "SOV-7" | "SOV-8";
                defaultWeightPercent: number;
                contributingFactors: components["schemas"]["LocalizedText"][];
            };
        } | {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "assuranceLevel";
            level: {
                code: string;
                value: number;
                name: string;
                /** @default [] */
                aliases: string[];
            };
        } | {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "c3aCriterion";
            criterion: {
                code: string;
                /** @enum {string} */
                objective: "SOV-1" | "SOV-2" | "SOV-3" | "SOV-4" | "SOV-5" | "SOV-6" | "SOV-7" | "SOV-8";
                /** @enum {string} */
                tier: "basic" | "additional";
                /** @enum {string} */
                scope: "eu" | "de" | "general";
            };
        } | {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "attestation";
            attestation: {
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
                issuer: components["schemas"]["LocalizedText"];
                attests: components["schemas"]["LocalizedText"];
                validity: components["schemas"]["LocalizedText"];
                validityRule: components["schemas"]["AttestationValidityRule"];
                equivalence: components["schemas"]["LocalizedText"];
            };
        } | {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "law";
            law: {
                jurisdiction: string;
                citation: string;
                meaning: components["schemas"]["LocalizedText"];
                /** @default [] */
                lawfulExpression: components["schemas"]["LocalizedText"][];
            };
        } | {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "ruling";
            ruling: {
                court: string;
                /** Format: date */
                date: string;
                reference: string;
                holding: components["schemas"]["LocalizedText"];
            };
        } | {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            subject: "service" | "contract" | "price" | "staff" | "company" | "background";
            legalTypes: {
                /** @enum {string} */
                type: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                why: components["schemas"]["LocalizedText"];
            }[];
            caution?: components["schemas"]["LocalizedText"];
            evidence: components["schemas"]["LocalizedText"];
            verification: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            kind: "costTemplate";
            components: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                /** @enum {string} */
                part: "oneOff" | "migrationIn" | "recurringPerYear" | "egressPerYear" | "exit";
                title: components["schemas"]["LocalizedText"];
                description: components["schemas"]["LocalizedText"];
            }[];
        };
        CatalogueEntryListResponse: {
            entries: components["schemas"]["StoredCatalogueEntry"][];
        };
        CatalogueIndexResponse: {
            catalogues: components["schemas"]["CatalogueSummary"][];
            entryCount: number;
            verifiedCount: number;
            verifiedShare: number;
        };
        CatalogueSource: {
            name: string;
            version?: string;
            /**
             * @example 2025-10
             * @example 2024-10-22
             */
            date?: string;
            /** Format: uri */
            url: string;
            locator?: string;
        };
        CatalogueSummary: {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            /** @example 1.0.0 */
            version: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            changelog: {
                /** @example 1.0.0 */
                version: string;
                /** Format: date */
                date: string;
                changes: components["schemas"]["LocalizedText"];
            }[];
            entryCount: number;
            verifiedCount: number;
        };
        /**
         * @example {
         *       "status": "inReview"
         *     }
         */
        ChangeOptionsReviewStatusInput: {
            status: components["schemas"]["OptionsReviewStatus"];
        };
        /**
         * @example {
         *       "currentPassword": "correct horse battery staple",
         *       "newPassword": "tram lines under the old bridge"
         *     }
         */
        ChangePasswordRequest: {
            /** @example correct horse battery staple */
            currentPassword: string;
            /**
             * @description 8 to 128 characters, no composition rules; refused when common or built from the account's data (reason codes: too-short, too-long, common, contains-personal-data, contains-context-word)
             * @example tram lines under the old bridge
             */
            newPassword: string;
        };
        /**
         * @example {
         *       "role": "reviewer"
         *     }
         */
        ChangeRoleInput: {
            role: components["schemas"]["UserRole"];
        };
        /**
         * @example {
         *       "token": "abcdefghijklmnopqrstuvwxyz234567"
         *     }
         */
        CheckInvitationRequest: {
            /**
             * @description The token of the invitation link (sent in the body, never in a URL)
             * @example abcdefghijklmnopqrstuvwxyz234567
             */
            token: string;
        };
        /**
         * @example {
         *       "token": "abcdefghijklmnopqrstuvwxyz234567"
         *     }
         */
        CheckSetupTokenRequest: {
            /**
             * @description The token of the setup link the server printed at start (sent in the body, never in a URL)
             * @example abcdefghijklmnopqrstuvwxyz234567
             */
            token: string;
        };
        /**
         * @example {
         *       "displayName": "Erika Mustermann",
         *       "email": "it@musterhausen.example",
         *       "organisationName": "Stadt Musterhausen",
         *       "password": "tram lines under the old bridge",
         *       "token": "abcdefghijklmnopqrstuvwxyz234567"
         *     }
         */
        CompleteSetupRequest: {
            /**
             * @description The token of the setup link the server printed at start (sent in the body, never in a URL)
             * @example abcdefghijklmnopqrstuvwxyz234567
             */
            token: string;
            /**
             * @description The authority the administrators belong to; created with them
             * @example Stadt Musterhausen
             */
            organisationName: string;
            /** @example Erika Mustermann */
            displayName: string;
            /**
             * @description Also the login name
             * @example it@musterhausen.example
             */
            email: string;
            /**
             * @description 8 to 128 characters, no composition rules; refused when common or built from the name, the e-mail address or the authority’s name (reason codes as for invitations)
             * @example tram lines under the old bridge
             */
            password: string;
        };
        /**
         * @example {
         *       "code": "492039",
         *       "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
         *     }
         */
        ConfirmTotpEnrolmentRequest: {
            /**
             * @description The TOTP key in base32 (RFC 4648)
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
            /** @example 492039 */
            code: string;
        };
        ConflictDeclarationText: {
            version: string;
            text: {
                de: string;
                en: string;
            };
            source: string;
        };
        ConsensusScore: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            optionId: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            criterionId: string;
            /** @description A level of the criterion’s scale */
            score: number;
            /** @description Which qualities of the offer earned this level, against the anchors */
            justification: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            recordedBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            recordedAt: string;
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
        ContractValue: {
            value: components["schemas"]["EuroAmount"];
            lots: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                value: components["schemas"]["EuroAmount"];
            }[];
            steps: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                lotId?: string;
                paragraph: string;
                text: components["schemas"]["LocalizedText"];
                amount: components["schemas"]["EuroAmount"];
            }[];
            smallLots?: {
                lotIds: string[];
                total: components["schemas"]["EuroAmount"];
                share: string;
                permitted: boolean;
                explanation: components["schemas"]["LocalizedText"];
            };
        } | null;
        /**
         * @example {
         *       "contractKind": "suppliesServices",
         *       "lots": [
         *         {
         *           "additions": [
         *             {
         *               "amount": "36000",
         *               "description": "One renewal of twelve months",
         *               "kind": "extension"
         *             }
         *           ],
         *           "basis": {
         *             "kind": "periodicPrice",
         *             "monthlyAmount": "3000",
         *             "termMonths": 36
         *           },
         *           "id": "hosting"
         *         },
         *         {
         *           "basis": {
         *             "amount": "40000",
         *             "kind": "totalPrice"
         *           },
         *           "id": "migration"
         *         }
         *       ],
         *       "smallLotIds": [
         *         "migration"
         *       ]
         *     }
         */
        ContractValueInput: {
            /** @enum {string} */
            contractKind: "suppliesServices" | "works" | "socialServices" | "designContest";
            lots: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                title?: string;
                basis: {
                    /** @enum {string} */
                    kind: "totalPrice";
                    amount: components["schemas"]["EuroAmount"];
                } | {
                    /** @enum {string} */
                    kind: "periodicPrice";
                    monthlyAmount: components["schemas"]["EuroAmount"];
                    termMonths: number | null;
                } | {
                    /** @enum {string} */
                    kind: "recurringPreviousYear";
                    previousYearAmount: components["schemas"]["EuroAmount"];
                    expectedIncrease?: components["schemas"]["EuroAmount"];
                    expectedDecrease?: components["schemas"]["EuroAmount"];
                } | {
                    /** @enum {string} */
                    kind: "recurringFollowingYear";
                    amount: components["schemas"]["EuroAmount"];
                } | {
                    /** @enum {string} */
                    kind: "frameworkAgreement";
                    callOffsAmount: components["schemas"]["EuroAmount"];
                };
                /** @default [] */
                additions: {
                    /** @enum {string} */
                    kind: "option" | "extension";
                    description: string;
                    amount: components["schemas"]["EuroAmount"];
                }[];
                paymentsToParticipants?: components["schemas"]["EuroAmount"];
                suppliedByAuthority?: components["schemas"]["EuroAmount"];
            }[];
            /** @default [] */
            smallLotIds: string[];
        } | null;
        /**
         * @example {
         *       "lots": [
         *         {
         *           "lotNumber": 1,
         *           "scheme": {
         *             "award": [
         *               {
         *                 "anchors": [
         *                   {
         *                     "de": "fehlt",
         *                     "en": "missing"
         *                   },
         *                   {
         *                     "de": "mangelhaft",
         *                     "en": "poor"
         *                   },
         *                   {
         *                     "de": "ausreichend",
         *                     "en": "adequate"
         *                   },
         *                   {
         *                     "de": "befriedigend",
         *                     "en": "satisfactory"
         *                   },
         *                   {
         *                     "de": "gut",
         *                     "en": "good"
         *                   },
         *                   {
         *                     "de": "sehr gut",
         *                     "en": "very good"
         *                   }
         *                 ],
         *                 "id": "concept",
         *                 "kind": "ordinal",
         *                 "parentId": null,
         *                 "scale": 5,
         *                 "subject": "service",
         *                 "title": {
         *                   "de": "Betriebskonzept",
         *                   "en": "Operations concept"
         *                 },
         *                 "weightBp": 6000
         *               },
         *               {
         *                 "id": "price",
         *                 "kind": "price",
         *                 "parentId": null,
         *                 "title": {
         *                   "de": "Preis",
         *                   "en": "Price"
         *                 },
         *                 "weightBp": 4000
         *               }
         *             ],
         *             "conditions": [
         *               {
         *                 "id": "exit-support",
         *                 "legalType": "condition",
         *                 "title": {
         *                   "de": "Unterstützung beim Ausstieg",
         *                   "en": "Exit support"
         *                 }
         *               }
         *             ],
         *             "currency": "EUR",
         *             "id": "cloud-office-2027",
         *             "method": {
         *               "kind": "weightedSum",
         *               "priceFormula": {
         *                 "kind": "lowestPriceRatio"
         *               }
         *             },
         *             "minimumRequirements": [
         *               {
         *                 "id": "eu-operation",
         *                 "legalType": "minimum",
         *                 "title": {
         *                   "de": "Betrieb in der EU",
         *                   "en": "Operated in the EU"
         *                 }
         *               }
         *             ],
         *             "price": {
         *               "kind": "totalPrice"
         *             },
         *             "regime": "VgV",
         *             "schemaVersion": 1,
         *             "submissionDeadline": "2027-03-01",
         *             "suitability": [
         *               {
         *                 "id": "turnover",
         *                 "legalType": "suitability",
         *                 "title": {
         *                   "de": "Mindestumsatz",
         *                   "en": "Minimum turnover"
         *                 }
         *               }
         *             ],
         *             "title": {
         *               "de": "Cloud-Bürosoftware 2027",
         *               "en": "Cloud office software 2027"
         *             }
         *           }
         *         }
         *       ],
         *       "reason": "Die Gewichtung des Betriebskonzepts wurde auf Hinweis einer Bieterfrage korrigiert.",
         *       "submissionDeadline": "2027-03-15T12:00",
         *       "version": 9
         *     }
         */
        CorrectTenderInput: {
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /** @description What is corrected and why, as the bidders are told */
            reason: string;
            /** @default [] */
            lots: {
                lotNumber: number;
                scheme: components["schemas"]["EvaluationScheme"];
            }[];
            material?: boolean;
            /**
             * @example 2027-11-02T12:00
             * @example 2027-10-31T02:30+01:00
             */
            submissionDeadline?: string;
            /**
             * @example 2027-11-02T12:00
             * @example 2027-10-31T02:30+01:00
             */
            questionsDeadline?: string;
        };
        CorrectionExtension: {
            extensionRequired: boolean;
            earliestDeadline: string;
            errors: components["schemas"]["DeadlineFinding"][];
            warnings: components["schemas"]["DeadlineFinding"][];
            explanation: components["schemas"]["DeadlineExplanationStep"][];
        };
        CorridorDecision: ("lowestPrice" | "highestPerformance") | {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            criterionId: string;
        };
        /**
         * @example {
         *       "expiresAt": "2027-06-01T00:00:00Z",
         *       "name": "ERP integration",
         *       "scopes": [
         *         "tenders:read",
         *         "self-assessment:write"
         *       ]
         *     }
         */
        CreateApiKeyInput: {
            /** @description What the key is for */
            name: string;
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * Format: date-time
             * @description In the future and at most a year ahead
             */
            expiresAt: string;
        };
        CreateEvidenceGrantInput: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            authorityId: string;
        };
        CreateOptionFromRegistryInput: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            versionNumber: number;
            name?: string;
        };
        /**
         * @example {
         *       "name": "openDesk beim Landesdienstleister",
         *       "offer": {
         *         "answers": {
         *           "concept": "Betrieb durch den Landesdienstleister im eigenen Rechenzentrum, 24/7-Bereitschaft."
         *         },
         *         "assessments": {},
         *         "price": {
         *           "costs": {
         *             "egressPerYear": 0,
         *             "exit": 150000,
         *             "migrationIn": 400000,
         *             "oneOff": 250000,
         *             "recurringPerYear": 1200000
         *           },
         *           "kind": "lifeCycleCost"
         *         }
         *       },
         *       "serviceName": "openDesk",
         *       "vendorName": "Dataport AöR (fiktiv)"
         *     }
         */
        CreateOptionInput: {
            /** @description Unique within the review */
            name: string;
            vendorName?: string;
            serviceName?: string;
            offer?: components["schemas"]["OptionOffer"];
        };
        /**
         * @example {
         *       "purpose": "Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung: die bisherige Suite eines Hyperscalers, einen openDesk-Stack beim Landesdienstleister und eine deutsche souveräne Cloud.",
         *       "referenceDate": "2027-01-15",
         *       "title": "Kollaborationsplattform für 4.000 Arbeitsplätze"
         *     }
         */
        CreateOptionsReviewInput: {
            title: string;
            /** @description What the review is to decide, and for whom */
            purpose: string;
            /**
             * Format: date
             * @description The date as of which evidence (attestations, certificates) is judged; every scheme version of the review carries it as its `submissionDeadline`
             * @example 2027-01-15
             */
            referenceDate: string;
        };
        /**
         * @example {
         *       "kind": "vendor",
         *       "name": "Nordlicht Software GmbH"
         *     }
         */
        CreateOrganisationInput: {
            kind: components["schemas"]["OrganisationKind"];
            /** @description The name people know it by */
            name: string;
        };
        CreateSelfAssessmentDraftInput: {
            copyOf?: number;
        };
        /**
         * @example {
         *       "authorityKind": "otherPublicAuthority",
         *       "contractKind": "suppliesServices",
         *       "cpvCodes": [
         *         "72000000-5"
         *       ],
         *       "description": "Betrieb und Pflege einer souveränen Kollaborationsplattform.",
         *       "land": "DE-BE",
         *       "procedureType": "vgv.open",
         *       "reference": "VG-2027-014",
         *       "regime": "VgV",
         *       "title": "Kollaborationsplattform für die Landesverwaltung"
         *     }
         */
        CreateTenderInput: {
            /**
             * @description The authority’s file number (Vergabenummer), unique within the authority
             * @example VG-2027-014
             */
            reference: string;
            title: string;
            /** @default  */
            description: string;
            /**
             * @description CPV codes, the main one first (at most 20)
             * @default []
             */
            cpvCodes: string[];
            regime: components["schemas"]["TenderRegime"];
            /**
             * @description An id of the table of procedure types valid for the regime (`vgv.open`, or `open` for short); stored in the long form
             * @example vgv.open
             */
            procedureType: string;
            /** @description Why the procedure type may be used, for a type that needs a ground (§ 14 (3), (4) VgV; § 13 (2) SektVO; §§ 11–13 VSVgV; § 8 (3), (4) UVgO) */
            procedureGround?: string;
            land: components["schemas"]["TenderLand"];
            authorityKind: components["schemas"]["TenderAuthorityKind"];
            contractKind: components["schemas"]["TenderContractKind"];
        };
        /**
         * @example {
         *       "description": "Betrieb der Plattform",
         *       "title": "Betrieb",
         *       "version": 4
         *     }
         */
        CreateTenderLotInput: {
            title: string;
            /** @default  */
            description: string;
            /** @description The tender’s version you read; the change is refused with 409 if the tender changed since */
            version: number;
        };
        /**
         * @example {
         *       "displayName": "Erika Muster",
         *       "email": "erika.muster@nordlicht.example",
         *       "role": "vendor"
         *     }
         */
        CreateUserInput: {
            /** @description Also the login name */
            email: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
        };
        CreateVendorServiceInput: {
            /**
             * @description Unique per vendor
             * @example Sovereign Cloud IaaS, Region DE
             */
            name: string;
            summary?: string;
        };
        /**
         * @example {
         *       "key": {
         *         "createdAt": "2026-12-01T10:00:00.000Z",
         *         "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *         "expiresAt": "2027-06-01T00:00:00.000Z",
         *         "id": "k7m2q4r6t8v2x4z6b3d5f7h2",
         *         "lastUsedAt": null,
         *         "name": "ERP integration",
         *         "revokedAt": null,
         *         "scopes": [
         *           "tenders:read",
         *           "self-assessment:write"
         *         ]
         *       },
         *       "token": "tw_k7m2q4r6t8v2x4z6b3d5f7h2.abcdefghijklmnopqrstuvwxyz234567"
         *     }
         */
        CreatedApiKeyResponse: {
            key: components["schemas"]["ApiKeyResponse"];
            /** @description The key to send as `Authorization: Bearer <token>`. Shown only in this response and stored only as a hash: it cannot be shown again. */
            token: string;
        };
        /**
         * @example {
         *       "invitation": {
         *         "expiresAt": "2026-12-04T09:31:00.000Z",
         *         "url": "https://tenderwise.example/invitation/abcdefghijklmnopqrstuvwxyz234567"
         *       },
         *       "user": {
         *         "createdAt": "2026-12-01T09:31:00.000Z",
         *         "disabledAt": null,
         *         "displayName": "Erika Muster",
         *         "email": "erika.muster@nordlicht.example",
         *         "id": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *         "organisationId": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *         "passwordSet": false,
         *         "role": "vendor"
         *       }
         *     }
         */
        CreatedUserResponse: {
            user: components["schemas"]["UserResponse"];
            invitation: components["schemas"]["Invitation"];
        };
        DeadlineExplanationStep: {
            code: string;
            /** Format: date */
            date?: string;
            at?: string;
            text: components["schemas"]["LocalizedText"];
            sources: string[];
        };
        DeadlineFinding: {
            code: string;
            text: components["schemas"]["LocalizedText"];
            sources: string[];
        };
        /**
         * @example {
         *       "textVersion": "2026-12-vgv6-1"
         *     }
         */
        DeclareNoConflictOfInterestInput: {
            /**
             * @description The version of the declaration text you read and declare (`declarationText.version` of the team); a text changed since is refused with 409
             * @example 2026-12-vgv6-1
             */
            textVersion: string;
        };
        /**
         * @example {
         *       "catalogueChanged": true,
         *       "changed": true,
         *       "credentialsFile": "/srv/tenderwise/data/demo-sign-in.txt",
         *       "newSignIns": 12,
         *       "parts": [
         *         {
         *           "objects": [
         *             {
         *               "created": 7,
         *               "kind": "organisation",
         *               "present": 0
         *             },
         *             {
         *               "created": 12,
         *               "kind": "user",
         *               "present": 0
         *             }
         *           ],
         *           "part": "accounts"
         *         }
         *       ]
         *     }
         * @example {
         *       "catalogueChanged": false,
         *       "changed": false,
         *       "credentialsFile": "/srv/tenderwise/data/demo-sign-in.txt",
         *       "newSignIns": 0,
         *       "parts": [
         *         {
         *           "objects": [
         *             {
         *               "created": 0,
         *               "kind": "organisation",
         *               "present": 7
         *             },
         *             {
         *               "created": 0,
         *               "kind": "user",
         *               "present": 12
         *             }
         *           ],
         *           "part": "accounts"
         *         }
         *       ]
         *     }
         */
        DemoDataLoadResponse: {
            /** @description False when everything was loaded before: nothing was written */
            changed: boolean;
            /** @description Whether the catalogue, loaded first, changed (it is the installation’s own) */
            catalogueChanged: boolean;
            /** @description Per demo part, in loading order */
            parts: components["schemas"]["DemoPartSummary"][];
            /** @description Demo users created by this load, whose credentials were added to the file */
            newSignIns: number;
            /**
             * @description Where the sign-in credentials of the demo users are, on the server: a file in the data directory that only its owner may read. Null while there is none.
             * @example /srv/tenderwise/data/demo-sign-in.txt
             */
            credentialsFile: string | null;
            /** @description Only when asked (`include=signIns`) on a server only this machine can reach: the sign-ins of the people this load created, once; a later load creates none */
            signIns?: components["schemas"]["DemoSignIn"][];
        };
        /**
         * @example {
         *       "credentialsFile": null,
         *       "eligible": true,
         *       "loaded": false,
         *       "refusals": []
         *     }
         * @example {
         *       "credentialsFile": null,
         *       "eligible": false,
         *       "loaded": false,
         *       "refusals": [
         *         "real-data"
         *       ]
         *     }
         */
        DemoDataStatusResponse: {
            /** @description Whether loading the demo would be accepted now */
            eligible: boolean;
            /** @description Why not; empty when eligible */
            refusals: components["schemas"]["DemoRefusal"][];
            /** @description Whether demo data is in the installation already */
            loaded: boolean;
            /**
             * @description Where the sign-in credentials of the demo users are, on the server: a file in the data directory that only its owner may read. Null while there is none.
             * @example /srv/tenderwise/data/demo-sign-in.txt
             */
            credentialsFile: string | null;
        };
        DemoObjectCount: {
            /**
             * @example organisation
             * @example user
             */
            kind: string;
            created: number;
            /** @description Loaded before and left as they are */
            present: number;
        };
        DemoPartSummary: {
            /** @example accounts */
            part: string;
            objects: components["schemas"]["DemoObjectCount"][];
        };
        /**
         * @description `not-loopback`: the server is reachable from other machines; `real-data`: the installation holds organisations or users that are not demo data, other than administrators and their authorities
         * @enum {string}
         */
        DemoRefusal: "not-loopback" | "real-data";
        DemoSignIn: {
            /** @example Landesverwaltung Musterland (fiktiv) */
            organisation: string;
            /** @example Erika Mustermann */
            displayName: string;
            function: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            role: "admin" | "officer" | "reviewer" | "vendor";
            /** @example erika.mustermann@musterland.example */
            email: string;
            /** @example k3m9qa-x7bd2p-h4tn8r-w2ce6y */
            password: string;
            /** @description Set up already for officers and administrators; null for others */
            totp: {
                /** @description The otpauth address for an authenticator app */
                keyUri: string;
                /** @description The same key, to type in (base32) */
                key: string;
            } | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "SOV-1",
         *           "points": 15
         *         },
         *         {
         *           "id": "SOV-2",
         *           "points": 10
         *         },
         *         {
         *           "id": "SOV-3",
         *           "points": 10
         *         },
         *         {
         *           "id": "SOV-4",
         *           "points": 15
         *         }
         *       ]
         *     }
         */
        DirectPointsWeightsRequest: {
            /** @description The items to weigh, e.g. the criteria of one sibling set; ids unique */
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                /** @description Points or a percentage as entered; only the proportions matter */
                points: number;
            }[];
        };
        /**
         * @example 216000
         * @example 215999.99
         */
        EuroAmount: string;
        /**
         * @example {
         *       "bids": [
         *         {
         *           "assessments": {
         *             "concept": {
         *               "justification": {
         *                 "de": "Vollständiges Betriebskonzept; der Notfallplan nennt keine Wiederanlaufzeiten.",
         *                 "en": "Complete operations concept; the contingency plan names no recovery times."
         *               },
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
         *               "justification": {
         *                 "de": "Vollständiges Betriebskonzept mit geprüftem Notfallplan und Wiederanlaufzeiten.",
         *                 "en": "Complete operations concept with a tested contingency plan and recovery times."
         *               },
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
            drawOrder?: string[];
            /** @description A decimal number, read exactly */
            estimate?: number;
        };
        /**
         * @example {
         *       "inputHash": "93808d13844e1b046d802b67b9bc1ba9df06287fda411c0c8da410c857f7defd",
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
         *           "flags": [
         *             {
         *               "code": "abnormallyLow",
         *               "reasons": [
         *                 "belowNextBid"
         *               ]
         *             }
         *           ],
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
            method: "weightedSum" | "ufabSimple" | "ufabExtended" | "ufabMedian";
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
            exclusionGrounds?: {
                [key: string]: {
                    met: boolean;
                    /** @default false */
                    byEquivalent: boolean;
                    note?: string;
                };
            };
            restrictedRequirements?: {
                [key: string]: {
                    met: boolean;
                    /** @default false */
                    byEquivalent: boolean;
                    note?: string;
                };
            };
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
            tieBreak: components["schemas"]["CorridorDecision"];
        } | {
            /** @enum {string} */
            kind: "ufabMedian";
            /** @default 1000 */
            performanceMaxPoints: number;
            performanceWeightBp: number;
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
            /** @enum {string} */
            regime?: "VgV" | "SektVO" | "VSVgV" | "UVgO";
            exemption?: components["schemas"]["ProcurementExemption"];
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
            exclusionGrounds?: components["schemas"]["ExclusionGround"][];
            restrictedRequirements?: components["schemas"]["RestrictedRequirement"][];
            /** @default [] */
            suitability: components["schemas"]["SuitabilityCriterion"][];
            /** @default [] */
            minimumRequirements: components["schemas"]["MinimumRequirement"][];
            /** @default [] */
            conditions: components["schemas"]["ContractCondition"][];
            award: components["schemas"]["AwardNode"][];
        };
        EvaluationTemplate: {
            /** @enum {number} */
            schemaVersion: 1;
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            /** @example 1.0.0 */
            version: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            changelog: {
                /** @example 1.0.0 */
                version: string;
                /** Format: date */
                date: string;
                changes: components["schemas"]["LocalizedText"];
            }[];
            useCase: components["schemas"]["LocalizedText"];
            /** @default [] */
            preliminaryChecks: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                question: components["schemas"]["LocalizedText"];
                guidance: components["schemas"]["LocalizedText"];
                /** @default [] */
                entryIds: string[];
            }[];
            lots: {
                /** @enum {string} */
                kind: "single";
                reason: components["schemas"]["LocalizedText"];
            } | {
                /** @enum {string} */
                kind: "divided";
                lots: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    id: string;
                    title: components["schemas"]["LocalizedText"];
                    description: components["schemas"]["LocalizedText"];
                }[];
                note: components["schemas"]["LocalizedText"];
            };
            scheme: components["schemas"]["EvaluationScheme"];
            weightRationale: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                nodeId: string;
                why: components["schemas"]["LocalizedText"];
            }[];
            methodRationale: components["schemas"]["LocalizedText"];
            /** @default [] */
            basedOn: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                criterionId: string;
                entryIds: string[];
            }[];
            /** @default [] */
            needSpecific: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                criterionId: string;
                measures: components["schemas"]["LocalizedText"];
            }[];
        };
        EvidenceDocumentListResponse: {
            items: components["schemas"]["EvidenceDocumentResponse"][];
        };
        EvidenceDocumentResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            title: string;
            fileName: string;
            /** @enum {string} */
            mediaType: "application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            byteSize: number;
            sha256: string;
            confidential: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            uploadedAt: string;
        };
        EvidenceGrantListResponse: {
            items: components["schemas"]["EvidenceGrantResponse"][];
        };
        EvidenceGrantResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            authorityId: string;
            authorityName: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            grantedAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            revokedAt: string | null;
        };
        ExclusionGround: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            legalType: "exclusion";
        };
        GroupSiblingSet: {
            /**
             * @description The group whose children are weighed; null for the top level of the award tree
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            /** @description How many members the figure is based on */
            members: number;
            /** @description Null when no member contributes */
            weightsBp: {
                [key: string]: number;
            } | null;
            /** @description Of the aggregated judgements (geometric mean only); null otherwise */
            consistency: {
                /** @description CR = CI/RI; 0 for two items */
                consistencyRatio: number;
                /** @description CR ≤ 0.10 (Saaty) */
                acceptable: boolean;
                randomIndexTable: components["schemas"]["RandomIndexTable"];
                /** @description When not acceptable: up to five judgements furthest from the ratio of the priorities, worst first; reconsider the first and compute again. Empty when acceptable. */
                inconsistentPairs: {
                    /**
                     * @description The item the judgement favours
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    rowId: string;
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    columnId: string;
                    /** @description The judgement, at least 1 */
                    given: number;
                    /** @description The ratio of the two priorities */
                    implied: number;
                    /** @description |ln(given / implied)| */
                    deviation: number;
                }[];
            } | null;
        };
        GroupWeights: {
            sets: components["schemas"]["GroupSiblingSet"][];
            /** @description Every node, once every sibling set of two or more has a contribution */
            weightsBp: {
                [key: string]: number;
            } | null;
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
        Invitation: {
            /**
             * Format: uri
             * @description The one-time link to set a password. Shown only in this response: hand it to the user over a trusted channel.
             */
            url: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            expiresAt: string;
        };
        /**
         * @example {
         *       "status": "valid"
         *     }
         * @example {
         *       "status": "expired"
         *     }
         */
        InvitationStatusResponse: {
            /**
             * @description `valid`: the link sets a password; `used`: it was accepted, replaced by a newer link or withdrawn; `expired`; `invalid`: no such link. Whose link it is stays unsaid.
             * @enum {string}
             */
            status: "valid" | "used" | "expired" | "invalid";
        };
        /**
         * @example {
         *       "invitation": {
         *         "expiresAt": "2026-12-07T10:00:00.000Z",
         *         "url": "https://tenderwise.example/invitation/bcdefghijklmnopqrstuvwxyz234567a"
         *       }
         *     }
         */
        IssuedInvitationResponse: {
            invitation: components["schemas"]["Invitation"];
        };
        /** @description How a scored leaf’s assessment is drawn: ordinal leaves `levels` or `uniformLevels` (default: every level equally likely); metric leaves `uniform` or `triangular` over the measured value (default for a linear utility: uniform between worst and best); attestation leaves `rules` (no default). */
        LeafDistribution: {
            /** @enum {string} */
            kind: "levels";
            /** @description Ordinal leaf: relative weight of each level 0…scale */
            weights: number[];
        } | {
            /** @enum {string} */
            kind: "uniformLevels";
            from: number;
            to: number;
        } | {
            /** @enum {string} */
            kind: "uniform";
            /** @description A decimal number, read exactly */
            min: number;
            /** @description A decimal number, read exactly */
            max: number;
            /** @description Places the drawn value is rounded to; default 2 */
            decimals?: number;
        } | {
            /** @enum {string} */
            kind: "triangular";
            /** @description A decimal number, read exactly */
            min: number;
            /** @description A decimal number, read exactly */
            mode: number;
            /** @description A decimal number, read exactly */
            max: number;
            /** @description Places the drawn value is rounded to; default 2 */
            decimals?: number;
        } | {
            /** @enum {string} */
            kind: "rules";
            /** @description Attestation leaf: relative weight of each rule, then of holding none */
            weights: number[];
        };
        /**
         * @example {
         *       "offer": {
         *         "controllingCompanyCountries": [
         *           "US"
         *         ],
         *         "customerKeyControl": "externalKeyManagement",
         *         "dataLocations": [
         *           "DE"
         *         ],
         *         "disconnectTested": false,
         *         "nonEuShareholding": {
         *           "largestSinglePercent": 100,
         *           "totalPercent": 100
         *         },
         *         "operationsLocations": [
         *           "DE",
         *           "IE"
         *         ],
         *         "providerCountry": "DE",
         *         "russiaLinks": {
         *           "actingForRussianEntity": false,
         *           "establishedInRussia": false,
         *           "russianOwnershipOver50Percent": false,
         *           "russianSubcontractorsOver10Percent": false
         *         },
         *         "usJurisdiction": "yes"
         *       }
         *     }
         */
        LegalExposureRequest: {
            offer: components["schemas"]["OfferSelfAssessment"];
        };
        LegalExposureResponse: {
            facts: {
                usJurisdiction: boolean | string;
                providerOutsideEea: boolean | string;
                nonEeaControl: boolean | string;
                dataOutsideEea: boolean | string;
                operationsOutsideEea: boolean | string;
                customerKeyControl: boolean | string;
                disconnectTested: boolean | string;
                russiaLinked: boolean | string;
                nonEuShareholdingAboveSecNumCloudLimits: boolean | string;
            };
            answers: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                ruleId: string;
                ruleFile: {
                    /**
                     * @example csf.sov-1
                     * @example c3a.sov-4-09-c
                     * @example assurance.c5-type-2
                     */
                    id: string;
                    /** @example 1.0.0 */
                    version: string;
                };
                question: components["schemas"]["LocalizedText"];
                /** @enum {string} */
                finding: "exposed" | "mitigated" | "excluded" | "undetermined" | "notExposed";
                reasoning: components["schemas"]["LocalizedText"];
                trace: components["schemas"]["LocalizedText"][];
                sources: components["schemas"]["CatalogueSource"][];
                verified: boolean;
                relatedEntryIds: string[];
            }[];
            notApplicable: string[];
            ruleFiles: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                id: string;
                /** @example 1.0.0 */
                version: string;
            }[];
        };
        LegalExposureRule: {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            question: components["schemas"]["LocalizedText"];
            cases: {
                when: components["schemas"]["RuleCondition"];
                /** @enum {string} */
                finding: "exposed" | "mitigated" | "excluded" | "undetermined" | "notExposed";
                reasoning: components["schemas"]["LocalizedText"];
            }[];
            otherwise?: {
                /** @enum {string} */
                finding: "exposed" | "mitigated" | "excluded" | "undetermined" | "notExposed";
                reasoning: components["schemas"]["LocalizedText"];
            };
            /** @default [] */
            relatedEntryIds: string[];
        };
        LegalReference: {
            paragraph: string;
            /** Format: uri */
            url: string;
        };
        LocalizedText: {
            de: string;
            en: string;
        };
        /**
         * @description E-mail address and password. The password may be pasted.
         * @example {
         *       "email": "a.officer@example.org",
         *       "password": "correct horse battery staple"
         *     }
         */
        LoginRequest: {
            /** @example a.officer@example.org */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        /**
         * @example {
         *       "stage": "totp"
         *     }
         */
        LoginResponse: {
            /**
             * @description `full`: signed in. `totp`: send a TOTP or recovery code next. `enrolment`: the role needs TOTP, which is not set up yet; set it up next. The session cookie is set in every case; a `totp` or `enrolment` session can do nothing else but log out.
             * @enum {string}
             */
            stage: "full" | "totp" | "enrolment";
        };
        MemberWeightSet: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            savedAt: string;
            sets: components["schemas"]["WeighedSiblingSet"][];
            /** @description Every node of the award tree */
            weightsBp: {
                [key: string]: number;
            };
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
        NodeSensitivity: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            nodeId: string;
            /** @enum {string} */
            kind: "leaf" | "group";
            /** @description Published share of its sibling set */
            share: number;
            /** @description Effective weight of its parent (1 at the top level); share × this = its weight */
            parentWeight: number;
            /** @description The share of its sibling set, siblings rescaled proportionally, within which the bid the evaluation ranks first stays first */
            stable: {
                from: number;
                to: number;
            };
            /** @description For each pair of adjacent ranks of the evaluation, the share nearest the published one at which they change places; null: nowhere in [0, 1] */
            swaps: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                above: string;
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                below: string;
                atShare: number | null;
            }[];
        };
        /** @description Basis points by award node id; each sibling set sums to exactly 10,000 (largest remainder) */
        NodeWeights: {
            [key: string]: number;
        };
        Notice: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            kind: components["schemas"]["NoticeKind"];
            subject: {
                de: string;
                en: string;
            };
            body: {
                de: string;
                en: string;
            };
            /** @description What the notice is about, e.g. `tender` and its id */
            object: {
                type: string;
                id: string;
            };
            /** @description True when addressed to you, false when to your whole organisation */
            personal: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was first marked read; a notice to the whole organisation is read for everyone
             * @example 2026-12-01T09:30:00.000Z
             */
            readAt: string | null;
        };
        /** @description All zero when no e-mail was made (no SMTP relay configured) */
        NoticeEmailState: {
            /** @description E-mails made for the notice */
            deliveries: number;
            dispatched: number;
            /** @description Still to be sent or retried */
            pending: number;
            /** @description Not sent, attempts given up */
            givenUp: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            lastDispatchedAt: string | null;
        };
        /**
         * @description `correction`: the tender was corrected (§ 20 (3) VgV); `clarification_answer`: a question was answered; `pre_award_information`: information before the award (§ 134 GWB); `cancellation`: the tender was cancelled (§ 63 VgV)
         * @enum {string}
         */
        NoticeKind: "correction" | "clarification_answer" | "pre_award_information" | "cancellation";
        /**
         * @description The notices of your organisation addressed to it or to you, newest first; an API key reads those addressed to its organisation
         * @example {
         *       "nextCursor": null,
         *       "notices": [
         *         {
         *           "body": {
         *             "de": "Frage 3 wurde beantwortet.",
         *             "en": "Question 3 has been answered."
         *           },
         *           "createdAt": "2027-02-10T09:30:00.000Z",
         *           "id": "5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c",
         *           "kind": "clarification_answer",
         *           "object": {
         *             "id": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *             "type": "tender"
         *           },
         *           "personal": false,
         *           "readAt": null,
         *           "subject": {
         *             "de": "Antwort auf eine Bieterfrage: IT-Dienstleistungen",
         *             "en": "Answer to a bidder question: IT services"
         *           }
         *         }
         *       ],
         *       "unread": 1
         *     }
         */
        NoticeListResponse: {
            notices: components["schemas"]["Notice"][];
            /** @description How many of all your notices are unread */
            unread: number;
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "controllingCompanyCountries": [
         *         "US"
         *       ],
         *       "customerKeyControl": "externalKeyManagement",
         *       "dataLocations": [
         *         "DE"
         *       ],
         *       "disconnectTested": false,
         *       "nonEuShareholding": {
         *         "largestSinglePercent": 100,
         *         "totalPercent": 100
         *       },
         *       "operationsLocations": [
         *         "DE",
         *         "IE"
         *       ],
         *       "providerCountry": "DE",
         *       "russiaLinks": {
         *         "actingForRussianEntity": false,
         *         "establishedInRussia": false,
         *         "russianOwnershipOver50Percent": false,
         *         "russianSubcontractorsOver10Percent": false
         *       },
         *       "usJurisdiction": "yes"
         *     }
         */
        OfferSelfAssessment: {
            providerCountry: string;
            /** @default [] */
            controllingCompanyCountries: string[];
            /** @enum {string} */
            usJurisdiction: "yes" | "no" | "unknown";
            dataLocations: string[];
            operationsLocations: string[];
            /** @enum {string} */
            customerKeyControl: "provider" | "externalKeyManagement" | "clientSideEncryption";
            disconnectTested: boolean;
            russiaLinks: {
                establishedInRussia: boolean;
                russianOwnershipOver50Percent: boolean;
                actingForRussianEntity: boolean;
                russianSubcontractorsOver10Percent: boolean;
            };
            nonEuShareholding?: {
                largestSinglePercent: number;
                totalPercent: number;
            };
        };
        /**
         * @example {
         *       "options": [
         *         {
         *           "checkedAgainstSchemeVersion": 2,
         *           "createdAt": "2026-12-05T11:00:00.000Z",
         *           "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "id": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *           "name": "openDesk beim Landesdienstleister",
         *           "offer": {
         *             "answers": {
         *               "eu-data": "Rechenzentren in Hamburg und Schleswig-Holstein"
         *             },
         *             "assessments": {
         *               "availability": {
         *                 "kind": "metric",
         *                 "value": 99.9
         *               }
         *             },
         *             "price": {
         *               "amount": 1250000,
         *               "kind": "totalPrice"
         *             }
         *           },
         *           "registrySource": null,
         *           "reviewId": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
         *           "serviceName": "openDesk",
         *           "updatedAt": "2026-12-05T11:00:00.000Z",
         *           "updatedBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "vendorName": "Dataport AöR (fiktiv)",
         *           "version": 1
         *         }
         *       ]
         *     }
         */
        OptionImportResponse: {
            /** @description The new options, in the file’s order */
            options: components["schemas"]["OptionResponse"][];
        };
        /**
         * @description The options in the order they were added
         * @example {
         *       "nextCursor": null,
         *       "options": [
         *         {
         *           "checkedAgainstSchemeVersion": 2,
         *           "createdAt": "2026-12-05T11:00:00.000Z",
         *           "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "id": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *           "name": "openDesk beim Landesdienstleister",
         *           "offer": {
         *             "answers": {
         *               "concept": "Betrieb durch den Landesdienstleister im eigenen Rechenzentrum, 24/7-Bereitschaft."
         *             },
         *             "assessments": {},
         *             "price": {
         *               "costs": {
         *                 "egressPerYear": 0,
         *                 "exit": 150000,
         *                 "migrationIn": 400000,
         *                 "oneOff": 250000,
         *                 "recurringPerYear": 1200000
         *               },
         *               "kind": "lifeCycleCost"
         *             }
         *           },
         *           "registrySource": null,
         *           "reviewId": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
         *           "serviceName": "openDesk",
         *           "updatedAt": "2026-12-06T08:15:00.000Z",
         *           "updatedBy": "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f",
         *           "vendorName": "Dataport AöR (fiktiv)",
         *           "version": 2
         *         }
         *       ]
         *     }
         */
        OptionListResponse: {
            options: components["schemas"]["OptionResponse"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        OptionOffer: {
            /** @default {} */
            answers: {
                [key: string]: string;
            };
            /** @default {} */
            assessments: {
                [key: string]: {
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
            price?: {
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
        /**
         * @example {
         *       "checkedAgainstSchemeVersion": 2,
         *       "createdAt": "2026-12-05T11:00:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "id": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *       "name": "openDesk beim Landesdienstleister",
         *       "offer": {
         *         "answers": {
         *           "concept": "Betrieb durch den Landesdienstleister im eigenen Rechenzentrum, 24/7-Bereitschaft."
         *         },
         *         "assessments": {},
         *         "price": {
         *           "costs": {
         *             "egressPerYear": 0,
         *             "exit": 150000,
         *             "migrationIn": 400000,
         *             "oneOff": 250000,
         *             "recurringPerYear": 1200000
         *           },
         *           "kind": "lifeCycleCost"
         *         }
         *       },
         *       "registrySource": null,
         *       "reviewId": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
         *       "serviceName": "openDesk",
         *       "updatedAt": "2026-12-06T08:15:00.000Z",
         *       "updatedBy": "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f",
         *       "vendorName": "Dataport AöR (fiktiv)",
         *       "version": 2
         *     }
         */
        OptionResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            reviewId: string;
            name: string;
            vendorName: string | null;
            serviceName: string | null;
            offer: components["schemas"]["OptionOffer"];
            /** @description The scheme version the offer’s criteria were checked against when it was last saved; older than the review’s latest version means the offer may name criteria that changed */
            checkedAgainstSchemeVersion: number | null;
            /** @description The published self-assessment version of the registry the option was taken from; null for an option entered by hand */
            registrySource: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                serviceId: string;
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                versionId: string;
                versionNumber: number;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                publishedAt: string;
                contentSha256: string;
            } | null;
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            updatedBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description The reviews the caller takes part in, newest first
         * @example {
         *       "nextCursor": null,
         *       "reviews": [
         *         {
         *           "conclusion": null,
         *           "createdAt": "2026-12-04T09:30:00.000Z",
         *           "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "id": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
         *           "latestSchemeVersion": 4,
         *           "leadDisplayName": "Erika Muster",
         *           "leadUserId": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "optionCount": 3,
         *           "organisationId": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *           "purpose": "Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung: die bisherige Suite eines Hyperscalers, einen openDesk-Stack beim Landesdienstleister und eine deutsche souveräne Cloud.",
         *           "referenceDate": "2027-01-15",
         *           "status": "inReview",
         *           "title": "Kollaborationsplattform für 4.000 Arbeitsplätze",
         *           "updatedAt": "2026-12-09T14:05:00.000Z",
         *           "version": 6
         *         }
         *       ]
         *     }
         */
        OptionsReviewListResponse: {
            reviews: components["schemas"]["OptionsReviewSummary"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        OptionsReviewMember: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
            /** @description Whether this member is the lead officer */
            lead: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            addedAt: string;
        };
        OptionsReviewMemberCandidate: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
        };
        /**
         * @description The active officers and reviewers of the review’s authority who do not take part yet, in the order their accounts were created
         * @example {
         *       "candidates": [
         *         {
         *           "displayName": "Jonas Beispiel",
         *           "role": "reviewer",
         *           "userId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        OptionsReviewMemberCandidateListResponse: {
            candidates: components["schemas"]["OptionsReviewMemberCandidate"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        OptionsReviewReport: {
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            asOf: string;
            auditHead: components["schemas"]["ReportAuditHead"];
            review: components["schemas"]["OptionsReviewResponse"];
            schemeVersion: components["schemas"]["SchemeVersionResponse"];
            /** @description All options, in the order they were added */
            options: components["schemas"]["OptionResponse"][];
            scoring: components["schemas"]["ScoringResponse"];
            weighting: components["schemas"]["WeightingResponse"];
            /** @description The results on this scheme version (ranking with contributions, stability, advisory methods labelled as such), as `getOptionsReviewResults` computes them, without the what-if model (`whatIf` is null); null when the caller may not see them yet or they cannot be computed (see `resultsUnavailable`) */
            results: {
                options: {
                    /**
                     * Format: uuid
                     * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                     */
                    id: string;
                    name: string;
                    vendorName: string | null;
                }[];
                criteria: components["schemas"]["ResultsCriterion"][];
                /** @description Pass/fail criteria of the scheme that an options review records no outcome for: they are not taken as grounds to exclude, and must be checked against the options’ answers */
                unjudged: components["schemas"]["UnjudgedCriterion"][];
                /**
                 * @description The exact engine’s result: bids are the options (by id), ordinal scores the consensus; excluded options with their reasons
                 * @example {
                 *       "inputHash": "93808d13844e1b046d802b67b9bc1ba9df06287fda411c0c8da410c857f7defd",
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
                 *           "flags": [
                 *             {
                 *               "code": "abnormallyLow",
                 *               "reasons": [
                 *                 "belowNextBid"
                 *               ]
                 *             }
                 *           ],
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
                evaluation: {
                    /** @enum {string} */
                    method: "weightedSum" | "ufabSimple" | "ufabExtended" | "ufabMedian";
                    /** Format: date */
                    referenceDate: string;
                    /** @description SHA-256 of the canonical form (RFC 8785) of the scheme as parsed, defaults included */
                    schemeCommitment: string;
                    /** @description SHA-256 of the canonical form of the request as parsed, bids in id order */
                    inputHash: string;
                    ranking: components["schemas"]["BidEvaluation"][];
                };
                /** @description Why stability, SMAA, the what-if model and TOPSIS are not available for this scheme’s method (null when they are) */
                notAnalysable: string | null;
                stability: {
                    noClearWinner: boolean;
                    margin: number;
                    criteria: components["schemas"]["NodeSensitivity"][];
                } | null;
                smaa: components["schemas"]["SmaaAdvice"];
                priceFormulas: components["schemas"]["PriceFormulaRobustness"];
                topsis: components["schemas"]["TopsisAdvice"];
                whatIf: components["schemas"]["WhatIfModel"];
            } | null;
            resultsUnavailable: {
                /**
                 * @description `blind`: the caller has not submitted their own sheet; `incomplete`: consensus scores, measured values or prices are missing
                 * @enum {string}
                 */
                reason: "blind" | "incomplete";
                detail: string;
            } | null;
            /** @description The name of everybody the report names, by user id */
            people: {
                [key: string]: string;
            };
        };
        /**
         * @example {
         *       "conclusion": null,
         *       "createdAt": "2026-12-04T09:30:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "id": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
         *       "latestSchemeVersion": 4,
         *       "leadUserId": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "members": [
         *         {
         *           "addedAt": "2026-12-04T09:30:00.000Z",
         *           "displayName": "Erika Muster",
         *           "lead": true,
         *           "role": "officer",
         *           "userId": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d"
         *         },
         *         {
         *           "addedAt": "2026-12-04T09:41:00.000Z",
         *           "displayName": "Jonas Beispiel",
         *           "lead": false,
         *           "role": "reviewer",
         *           "userId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
         *         }
         *       ],
         *       "optionCount": 3,
         *       "organisationId": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *       "purpose": "Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung: die bisherige Suite eines Hyperscalers, einen openDesk-Stack beim Landesdienstleister und eine deutsche souveräne Cloud.",
         *       "referenceDate": "2027-01-15",
         *       "status": "inReview",
         *       "title": "Kollaborationsplattform für 4.000 Arbeitsplätze",
         *       "updatedAt": "2026-12-09T14:05:00.000Z",
         *       "version": 6
         *     }
         */
        OptionsReviewResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @description The authority that owns the review
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            title: string;
            purpose: string;
            /** Format: date */
            referenceDate: string;
            status: components["schemas"]["OptionsReviewStatus"];
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            leadUserId: string;
            /** @description Null until a scheme is saved */
            latestSchemeVersion: number | null;
            optionCount: number;
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
            /** @description Set when the review is concluded */
            conclusion: {
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                concludedAt: string;
                /** @description The scheme version the review used */
                schemeVersion: number;
                /** @description SHA-256 of that scheme version in RFC 8785 canonical JSON (docs/canonical-form.md) */
                schemeCommitment: string;
                /**
                 * Format: uuid
                 * @description The weight adoption in force for that scheme version when the review concluded; null when the lead adopted none (the scheme’s own weights apply)
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                weightAdoptionId: string | null;
            } | null;
            /** @description Everybody who takes part, the lead included; lead first */
            members: components["schemas"]["OptionsReviewMember"][];
        };
        /**
         * @example {
         *       "criteria": [
         *         {
         *           "id": "quality",
         *           "kind": "group",
         *           "parentId": null,
         *           "title": {
         *             "de": "Qualität",
         *             "en": "Quality"
         *           },
         *           "weightBp": 7000,
         *           "weightPercent": 70
         *         },
         *         {
         *           "id": "concept",
         *           "kind": "ordinal",
         *           "parentId": "quality",
         *           "title": {
         *             "de": "Betriebskonzept",
         *             "en": "Operations concept"
         *           },
         *           "weightBp": 6000,
         *           "weightPercent": 42
         *         },
         *         {
         *           "id": "availability",
         *           "kind": "metric",
         *           "parentId": "quality",
         *           "title": {
         *             "de": "Verfügbarkeit",
         *             "en": "Availability"
         *           },
         *           "weightBp": 4000,
         *           "weightPercent": 28
         *         },
         *         {
         *           "id": "price",
         *           "kind": "price",
         *           "parentId": null,
         *           "title": {
         *             "de": "Preis",
         *             "en": "Price"
         *           },
         *           "weightBp": 3000,
         *           "weightPercent": 30
         *         }
         *       ],
         *       "evaluation": {
         *         "inputHash": "7e402c0538769a8d1ad42564f8fece5aeb760cc28d1ca24e3391cb30c0816bde",
         *         "method": "weightedSum",
         *         "ranking": [
         *           {
         *             "checks": [
         *               {
         *                 "byEquivalent": false,
         *                 "criterionId": "eu-operation",
         *                 "legalType": "minimum",
         *                 "met": true,
         *                 "note": "Not judged in an options review"
         *               }
         *             ],
         *             "comparedWithAbove": null,
         *             "contributions": [
         *               {
         *                 "criterionId": "concept",
         *                 "panel": null,
         *                 "points": 42,
         *                 "share": 1,
         *                 "weightPercent": 42
         *               },
         *               {
         *                 "criterionId": "availability",
         *                 "panel": null,
         *                 "points": 25.45,
         *                 "share": 0.9091,
         *                 "weightPercent": 28
         *               },
         *               {
         *                 "criterionId": "price",
         *                 "panel": null,
         *                 "points": 27,
         *                 "share": 0.9,
         *                 "weightPercent": 30
         *               }
         *             ],
         *             "excluded": false,
         *             "flags": [],
         *             "id": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *             "performance": 67.45,
         *             "price": 1000000,
         *             "rank": 1,
         *             "reasons": [],
         *             "score": 94.45
         *           },
         *           {
         *             "checks": [
         *               {
         *                 "byEquivalent": false,
         *                 "criterionId": "eu-operation",
         *                 "legalType": "minimum",
         *                 "met": true,
         *                 "note": "Not judged in an options review"
         *               }
         *             ],
         *             "comparedWithAbove": {
         *               "bidId": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *               "criteria": [
         *                 {
         *                   "criterionId": "concept",
         *                   "difference": 16.8
         *                 },
         *                 {
         *                   "criterionId": "availability",
         *                   "difference": -1.41
         *                 },
         *                 {
         *                   "criterionId": "price",
         *                   "difference": -3
         *                 }
         *               ]
         *             },
         *             "contributions": [
         *               {
         *                 "criterionId": "concept",
         *                 "panel": null,
         *                 "points": 25.2,
         *                 "share": 0.6,
         *                 "weightPercent": 42
         *               },
         *               {
         *                 "criterionId": "availability",
         *                 "panel": null,
         *                 "points": 26.87,
         *                 "share": 0.9596,
         *                 "weightPercent": 28
         *               },
         *               {
         *                 "criterionId": "price",
         *                 "panel": null,
         *                 "points": 30,
         *                 "share": 1,
         *                 "weightPercent": 30
         *               }
         *             ],
         *             "excluded": false,
         *             "flags": [],
         *             "id": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *             "performance": 52.07,
         *             "price": 900000,
         *             "rank": 2,
         *             "reasons": [],
         *             "score": 82.07
         *           },
         *           {
         *             "checks": [
         *               {
         *                 "byEquivalent": false,
         *                 "criterionId": "eu-operation",
         *                 "legalType": "minimum",
         *                 "met": true,
         *                 "note": "Not judged in an options review"
         *               }
         *             ],
         *             "comparedWithAbove": {
         *               "bidId": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *               "criteria": [
         *                 {
         *                   "criterionId": "availability",
         *                   "difference": 12.73
         *                 },
         *                 {
         *                   "criterionId": "price",
         *                   "difference": 7.5
         *                 },
         *                 {
         *                   "criterionId": "concept",
         *                   "difference": -8.4
         *                 }
         *               ]
         *             },
         *             "contributions": [
         *               {
         *                 "criterionId": "concept",
         *                 "panel": null,
         *                 "points": 33.6,
         *                 "share": 0.8,
         *                 "weightPercent": 42
         *               },
         *               {
         *                 "criterionId": "availability",
         *                 "panel": null,
         *                 "points": 14.14,
         *                 "share": 0.5051,
         *                 "weightPercent": 28
         *               },
         *               {
         *                 "criterionId": "price",
         *                 "panel": null,
         *                 "points": 22.5,
         *                 "share": 0.75,
         *                 "weightPercent": 30
         *               }
         *             ],
         *             "excluded": false,
         *             "flags": [],
         *             "id": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *             "performance": 47.74,
         *             "price": 1200000,
         *             "rank": 3,
         *             "reasons": [],
         *             "score": 70.24
         *           }
         *         ],
         *         "referenceDate": "2027-01-15",
         *         "schemeCommitment": "e21c5ebf51c06a5f34616dced085ad029af756bf5a34b385f41e67bccdab62f7"
         *       },
         *       "latestSchemeVersion": 2,
         *       "notAnalysable": null,
         *       "options": [
         *         {
         *           "id": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *           "name": "Hyperscaler-Suite (EU-Region)",
         *           "vendorName": "Fiktiv Cloud Inc."
         *         },
         *         {
         *           "id": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *           "name": "openDesk beim Landesdienstleister",
         *           "vendorName": "Landesdienstleister (fiktiv)"
         *         },
         *         {
         *           "id": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *           "name": "Souveräne Cloud",
         *           "vendorName": "Beispiel Cloud GmbH (fiktiv)"
         *         }
         *       ],
         *       "priceFormulas": {
         *         "advisory": true,
         *         "formulas": [
         *           {
         *             "formula": {
         *               "kind": "lowestPriceRatio"
         *             },
         *             "published": true,
         *             "ranking": [
         *               {
         *                 "optionId": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *                 "rank": 1
         *               },
         *               {
         *                 "optionId": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *                 "rank": 2
         *               },
         *               {
         *                 "optionId": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *                 "rank": 3
         *               }
         *             ],
         *             "sameOrder": true,
         *             "sameWinner": true
         *           },
         *           {
         *             "formula": {
         *               "kind": "oneSidedLinear",
         *               "zeroAtMultiple": 2
         *             },
         *             "published": false,
         *             "ranking": [
         *               {
         *                 "optionId": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *                 "rank": 1
         *               },
         *               {
         *                 "optionId": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *                 "rank": 2
         *               },
         *               {
         *                 "optionId": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *                 "rank": 3
         *               }
         *             ],
         *             "sameOrder": true,
         *             "sameWinner": true
         *           },
         *           {
         *             "formula": {
         *               "kind": "twoSidedLinear"
         *             },
         *             "published": false,
         *             "ranking": [
         *               {
         *                 "optionId": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *                 "rank": 1
         *               },
         *               {
         *                 "optionId": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *                 "rank": 2
         *               },
         *               {
         *                 "optionId": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *                 "rank": 3
         *               }
         *             ],
         *             "sameOrder": true,
         *             "sameWinner": true
         *           }
         *         ],
         *         "note": {
         *           "de": "Beratend: dieselbe Bewertung mit anderen Preisformeln. Ein Optionenvergleich darf sie erkunden; in einem Vergabeverfahren gilt allein die veröffentlichte Formel.",
         *           "en": "Advisory: the same evaluation under other price formulas. An options review may explore them; in a tender only the published formula applies."
         *         },
         *         "preview": {
         *           "formulas": [
         *             {
         *               "formula": {
         *                 "kind": "lowestPriceRatio"
         *               },
         *               "points": [
         *                 30,
         *                 29.51,
         *                 29.03,
         *                 28.57,
         *                 28.12,
         *                 27.69,
         *                 27.27,
         *                 26.87,
         *                 26.47,
         *                 26.09,
         *                 25.71,
         *                 25.35,
         *                 25,
         *                 24.66,
         *                 24.32,
         *                 24,
         *                 23.68,
         *                 23.38,
         *                 23.08,
         *                 22.78,
         *                 22.5
         *               ]
         *             },
         *             {
         *               "formula": {
         *                 "kind": "oneSidedLinear",
         *                 "zeroAtMultiple": 2
         *               },
         *               "points": [
         *                 30,
         *                 29.5,
         *                 29,
         *                 28.5,
         *                 28,
         *                 27.5,
         *                 27,
         *                 26.5,
         *                 26,
         *                 25.5,
         *                 25,
         *                 24.5,
         *                 24,
         *                 23.5,
         *                 23,
         *                 22.5,
         *                 22,
         *                 21.5,
         *                 21,
         *                 20.5,
         *                 20
         *               ]
         *             },
         *             {
         *               "formula": {
         *                 "kind": "twoSidedLinear"
         *               },
         *               "points": [
         *                 30,
         *                 28.5,
         *                 27,
         *                 25.5,
         *                 24,
         *                 22.5,
         *                 21,
         *                 19.5,
         *                 18,
         *                 16.5,
         *                 15,
         *                 13.5,
         *                 12,
         *                 10.5,
         *                 9,
         *                 7.5,
         *                 6,
         *                 4.5,
         *                 3,
         *                 1.5,
         *                 0
         *               ]
         *             }
         *           ],
         *           "prices": [
         *             900000,
         *             915000,
         *             930000,
         *             945000,
         *             960000,
         *             975000,
         *             990000,
         *             1005000,
         *             1020000,
         *             1035000,
         *             1050000,
         *             1065000,
         *             1080000,
         *             1095000,
         *             1110000,
         *             1125000,
         *             1140000,
         *             1155000,
         *             1170000,
         *             1185000,
         *             1200000
         *           ]
         *         }
         *       },
         *       "reviewId": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
         *       "schemeVersion": 2,
         *       "smaa": {
         *         "acceptability": [
         *           {
         *             "bidId": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *             "ranks": [
         *               1,
         *               0,
         *               0
         *             ]
         *           },
         *           {
         *             "bidId": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *             "ranks": [
         *               0,
         *               1,
         *               0
         *             ]
         *           },
         *           {
         *             "bidId": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *             "ranks": [
         *               0,
         *               0,
         *               1
         *             ]
         *           }
         *         ],
         *         "advisory": true,
         *         "centralWeights": [
         *           {
         *             "bidId": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *             "weights": [
         *               {
         *                 "criterionId": "concept",
         *                 "weight": 0.419632
         *               },
         *               {
         *                 "criterionId": "availability",
         *                 "weight": 0.28017
         *               },
         *               {
         *                 "criterionId": "price",
         *                 "weight": 0.300198
         *               }
         *             ]
         *           },
         *           {
         *             "bidId": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *             "weights": null
         *           },
         *           {
         *             "bidId": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *             "weights": null
         *           }
         *         ],
         *         "note": {
         *           "de": "Beratend: SMAA-2 (Lahdelma & Salminen 2001) mit 4.000 Gewichtungen, jede Gewichtung zufällig bis ±25 % um die verwendete, fester Startwert. Zeigt, wie oft jede Option welchen Rang erreicht; die Rangfolge selbst bleibt die der Bewertung.",
         *           "en": "Advisory: SMAA-2 (Lahdelma & Salminen 2001) over 4,000 weightings, each weight drawn within ±25 % of the one used, with a fixed seed. Shows how often each option takes each rank; the ranking itself remains the evaluation’s."
         *         },
         *         "samples": 4000,
         *         "sampling": {
         *           "kind": "aroundPublished",
         *           "percent": 25
         *         },
         *         "seed": 20261204
         *       },
         *       "stability": {
         *         "criteria": [
         *           {
         *             "kind": "group",
         *             "nodeId": "quality",
         *             "parentWeight": 1,
         *             "share": 0.7,
         *             "stable": {
         *               "from": 0.312697,
         *               "to": 1
         *             },
         *             "swaps": [
         *               {
         *                 "above": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *                 "atShare": 0.312697,
         *                 "below": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01"
         *               },
         *               {
         *                 "above": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *                 "atShare": null,
         *                 "below": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23"
         *               }
         *             ]
         *           },
         *           {
         *             "kind": "leaf",
         *             "nodeId": "concept",
         *             "parentWeight": 0.7,
         *             "share": 0.6,
         *             "stable": {
         *               "from": 0.207239,
         *               "to": 1
         *             },
         *             "swaps": [
         *               {
         *                 "above": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *                 "atShare": 0.207239,
         *                 "below": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01"
         *               },
         *               {
         *                 "above": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *                 "atShare": 0.858135,
         *                 "below": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23"
         *               }
         *             ]
         *           },
         *           {
         *             "kind": "leaf",
         *             "nodeId": "availability",
         *             "parentWeight": 0.7,
         *             "share": 0.4,
         *             "stable": {
         *               "from": 0,
         *               "to": 0.792761
         *             },
         *             "swaps": [
         *               {
         *                 "above": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *                 "atShare": 0.792761,
         *                 "below": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01"
         *               },
         *               {
         *                 "above": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *                 "atShare": 0.141865,
         *                 "below": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23"
         *               }
         *             ]
         *           },
         *           {
         *             "kind": "leaf",
         *             "nodeId": "price",
         *             "parentWeight": 1,
         *             "share": 0.3,
         *             "stable": {
         *               "from": 0,
         *               "to": 0.687303
         *             },
         *             "swaps": [
         *               {
         *                 "above": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *                 "atShare": 0.687303,
         *                 "below": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01"
         *               },
         *               {
         *                 "above": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *                 "atShare": null,
         *                 "below": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23"
         *               }
         *             ]
         *           }
         *         ],
         *         "margin": 1,
         *         "noClearWinner": false
         *       },
         *       "topsis": {
         *         "advisory": true,
         *         "note": {
         *           "de": "Beratend: TOPSIS (Hwang & Yoon 1981) ordnet nach der Nähe zum Idealpunkt. Es ist nicht das Ergebnis der Bewertung und wird nie auf ein Vergabeverfahren angewandt.",
         *           "en": "Advisory: TOPSIS (Hwang & Yoon 1981) orders by closeness to the ideal point. It is not the evaluation’s result and is never applied to a tender."
         *         },
         *         "ranking": [
         *           {
         *             "closeness": 0.8834,
         *             "optionId": "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *             "rank": 1
         *           },
         *           {
         *             "closeness": 0.4641,
         *             "optionId": "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *             "rank": 2
         *           },
         *           {
         *             "closeness": 0.3333,
         *             "optionId": "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23",
         *             "rank": 3
         *           }
         *         ]
         *       },
         *       "unjudged": [
         *         {
         *           "criterionId": "eu-operation",
         *           "legalType": "minimum",
         *           "title": {
         *             "de": "Betrieb in der EU",
         *             "en": "Operated in the EU"
         *           }
         *         }
         *       ],
         *       "weights": {
         *         "source": "scheme"
         *       },
         *       "whatIf": {
         *         "corridor": null,
         *         "criterionIds": [
         *           "concept",
         *           "availability",
         *           "price"
         *         ],
         *         "nodes": [
         *           {
         *             "column": -1,
         *             "id": "quality",
         *             "parentId": null,
         *             "share": 0.7
         *           },
         *           {
         *             "column": 0,
         *             "id": "concept",
         *             "parentId": "quality",
         *             "share": 0.6
         *           },
         *           {
         *             "column": 1,
         *             "id": "availability",
         *             "parentId": "quality",
         *             "share": 0.4
         *           },
         *           {
         *             "column": 2,
         *             "id": "price",
         *             "parentId": null,
         *             "share": 0.3
         *           }
         *         ],
         *         "optionIds": [
         *           "1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12",
         *           "0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01",
         *           "2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23"
         *         ],
         *         "price": [
         *           1000000,
         *           900000,
         *           1200000
         *         ],
         *         "priceColumn": 2,
         *         "rowFactor": [
         *           100,
         *           100,
         *           100
         *         ],
         *         "shares": [
         *           [
         *             1,
         *             0.909090909090909,
         *             0.9
         *           ],
         *           [
         *             0.6,
         *             0.95959595959596,
         *             1
         *           ],
         *           [
         *             0.8,
         *             0.505050505050505,
         *             0.75
         *           ]
         *         ]
         *       }
         *     }
         */
        OptionsReviewResults: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            reviewId: string;
            schemeVersion: number;
            latestSchemeVersion: number;
            weights: components["schemas"]["ResultsWeights"];
            options: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                name: string;
                vendorName: string | null;
            }[];
            criteria: components["schemas"]["ResultsCriterion"][];
            /** @description Pass/fail criteria of the scheme that an options review records no outcome for: they are not taken as grounds to exclude, and must be checked against the options’ answers */
            unjudged: components["schemas"]["UnjudgedCriterion"][];
            /**
             * @description The exact engine’s result: bids are the options (by id), ordinal scores the consensus; excluded options with their reasons
             * @example {
             *       "inputHash": "93808d13844e1b046d802b67b9bc1ba9df06287fda411c0c8da410c857f7defd",
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
             *           "flags": [
             *             {
             *               "code": "abnormallyLow",
             *               "reasons": [
             *                 "belowNextBid"
             *               ]
             *             }
             *           ],
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
            evaluation: {
                /** @enum {string} */
                method: "weightedSum" | "ufabSimple" | "ufabExtended" | "ufabMedian";
                /** Format: date */
                referenceDate: string;
                /** @description SHA-256 of the canonical form (RFC 8785) of the scheme as parsed, defaults included */
                schemeCommitment: string;
                /** @description SHA-256 of the canonical form of the request as parsed, bids in id order */
                inputHash: string;
                ranking: components["schemas"]["BidEvaluation"][];
            };
            /** @description Why stability, SMAA, the what-if model and TOPSIS are not available for this scheme’s method (null when they are) */
            notAnalysable: string | null;
            stability: {
                noClearWinner: boolean;
                margin: number;
                criteria: components["schemas"]["NodeSensitivity"][];
            } | null;
            smaa: components["schemas"]["SmaaAdvice"];
            priceFormulas: components["schemas"]["PriceFormulaRobustness"];
            topsis: components["schemas"]["TopsisAdvice"];
            whatIf: components["schemas"]["WhatIfModel"];
        };
        /**
         * @description `draft`: scheme and options are being prepared; `inReview`: the members review the options (scheme and options may still change, each change a new version); `concluded`: read-only, with the commitment of the scheme version used
         * @enum {string}
         */
        OptionsReviewStatus: "draft" | "inReview" | "concluded";
        /**
         * @example {
         *       "conclusion": null,
         *       "createdAt": "2026-12-04T09:30:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "id": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
         *       "latestSchemeVersion": 4,
         *       "leadDisplayName": "Erika Muster",
         *       "leadUserId": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "optionCount": 3,
         *       "organisationId": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *       "purpose": "Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung: die bisherige Suite eines Hyperscalers, einen openDesk-Stack beim Landesdienstleister und eine deutsche souveräne Cloud.",
         *       "referenceDate": "2027-01-15",
         *       "status": "inReview",
         *       "title": "Kollaborationsplattform für 4.000 Arbeitsplätze",
         *       "updatedAt": "2026-12-09T14:05:00.000Z",
         *       "version": 6
         *     }
         */
        OptionsReviewSummary: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @description The authority that owns the review
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            title: string;
            purpose: string;
            /** Format: date */
            referenceDate: string;
            status: components["schemas"]["OptionsReviewStatus"];
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            leadUserId: string;
            /** @description Null until a scheme is saved */
            latestSchemeVersion: number | null;
            optionCount: number;
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
            /** @description Set when the review is concluded */
            conclusion: {
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                concludedAt: string;
                /** @description The scheme version the review used */
                schemeVersion: number;
                /** @description SHA-256 of that scheme version in RFC 8785 canonical JSON (docs/canonical-form.md) */
                schemeCommitment: string;
                /**
                 * Format: uuid
                 * @description The weight adoption in force for that scheme version when the review concluded; null when the lead adopted none (the scheme’s own weights apply)
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                weightAdoptionId: string | null;
            } | null;
            /** @description The name of the lead officer */
            leadDisplayName: string;
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
        /**
         * @example {
         *       "endedSessions": 3,
         *       "organisation": {
         *         "createdAt": "2026-12-01T09:30:00.000Z",
         *         "demo": false,
         *         "disabledAt": "2026-12-03T14:00:00.000Z",
         *         "id": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *         "kind": "vendor",
         *         "name": "Nordlicht Software GmbH"
         *       },
         *       "revokedApiKeys": 2
         *     }
         */
        OrganisationChangeResponse: {
            organisation: components["schemas"]["OrganisationResponse"];
            /** @description Sessions of its users ended by the change */
            endedSessions: number;
            /** @description API keys of the organisation revoked by the change */
            revokedApiKeys: number;
        };
        /**
         * @description `authority`: a public buyer; `vendor`: a company that bids
         * @enum {string}
         */
        OrganisationKind: "authority" | "vendor";
        /**
         * @description Every organisation of the installation, oldest first
         * @example {
         *       "organisations": [
         *         {
         *           "createdAt": "2026-12-01T09:30:00.000Z",
         *           "demo": false,
         *           "disabledAt": null,
         *           "id": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *           "kind": "vendor",
         *           "name": "Nordlicht Software GmbH"
         *         }
         *       ]
         *     }
         */
        OrganisationListResponse: {
            organisations: components["schemas"]["OrganisationResponse"][];
        };
        /**
         * @example {
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "demo": false,
         *       "disabledAt": null,
         *       "id": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *       "kind": "vendor",
         *       "name": "Nordlicht Software GmbH"
         *     }
         */
        OrganisationResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            kind: components["schemas"]["OrganisationKind"];
            name: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Null while the organisation is active
             * @example 2026-12-01T09:30:00.000Z
             */
            disabledAt: string | null;
            /** @description Fictional demo data (`npm run seed -- --demo`, `POST /api/v1/demo-data`), not a real organisation */
            demo: boolean;
        };
        /**
         * @description Who calls: the signed-in user (for pages to greet them and offer what their role may do), or the API key with its organisation and scopes (for a vendor's client to check what its key may do)
         * @example {
         *       "displayName": "Anna Officer",
         *       "email": "a.officer@stadt-musterhausen.example",
         *       "id": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "kind": "user",
         *       "organisation": {
         *         "id": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *         "kind": "authority",
         *         "name": "Stadt Musterhausen"
         *       },
         *       "role": "officer",
         *       "totpEnrolled": true
         *     }
         */
        OwnAccountResponse: components["schemas"]["OwnUserAccount"] | components["schemas"]["OwnApiKeyAccount"];
        OwnApiKeyAccount: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "apiKey";
            /** @example k7m2q4r6t8v2x4z6b3d5f7h2 */
            id: string;
            name: string;
            organisation: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                kind: components["schemas"]["OrganisationKind"];
                name: string;
            };
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            expiresAt: string;
        };
        OwnSession: {
            /** @description The public id of the session (never its secret) */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** @description As sent at login, shortened */
            userAgent: string | null;
            /** @description Whether this is the session of this request */
            current: boolean;
        };
        /**
         * @example {
         *       "sessions": [
         *         {
         *           "createdAt": "2026-01-15T09:00:00.000Z",
         *           "current": true,
         *           "id": "h4kq7c2xw3mz5rtv",
         *           "lastSeenAt": "2026-01-15T09:12:00.000Z",
         *           "userAgent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"
         *         }
         *       ]
         *     }
         */
        OwnSessionsResponse: {
            sessions: components["schemas"]["OwnSession"][];
        };
        OwnTenderQuestion: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /** @description Numbered per tender in the order asked; answers are published under it */
            number: number;
            lotNumber: number | null;
            text: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            askedAt: string;
            /** @description Asked after the last day for questions */
            late: boolean;
            answered: boolean;
            answer: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            answeredAt: string | null;
        };
        /** @description The questions your organisation asked on the tender, in the order asked */
        OwnTenderQuestionListResponse: {
            questions: components["schemas"]["OwnTenderQuestion"][];
        };
        OwnUserAccount: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "user";
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            email: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
            organisation: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                kind: components["schemas"]["OrganisationKind"];
                name: string;
            };
            /** @description Whether the user has set up TOTP */
            totpEnrolled: boolean;
        };
        /**
         * @description Row i, column j: how many times more important item i is than item j, on Saaty’s scale 1 (equal) to 9 (extreme), reciprocals for the reverse. One row per item, in the order of `items`; the diagonal is 1 and a_ji = 1/a_ij (rounded decimals such as 0.33 are accepted within 5% and reconciled by the geometric mean of the pair).
         * @example [
         *       [
         *         1,
         *         2,
         *         3,
         *         5
         *       ],
         *       [
         *         0.5,
         *         1,
         *         2,
         *         3
         *       ],
         *       [
         *         0.3333333333333333,
         *         0.5,
         *         1,
         *         0.3333333333333333
         *       ],
         *       [
         *         0.2,
         *         0.3333333333333333,
         *         3,
         *         1
         *       ]
         *     ]
         */
        PairwiseJudgements: number[][];
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
        PriceFormulaRobustness: {
            /** @enum {boolean} */
            advisory: true;
            /** @description What the method is, and that it only advises */
            note: {
                de: string;
                en: string;
            };
            formulas: {
                formula: components["schemas"]["PriceFormula"];
                /** @description The formula the scheme itself uses */
                published: boolean;
                ranking: {
                    /**
                     * Format: uuid
                     * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                     */
                    optionId: string;
                    rank: number | null;
                }[];
                sameWinner: boolean;
                sameOrder: boolean;
            }[];
            /** @description Points of the price criterion at each price of the options’ range, per formula, for an option joining the others’ prices */
            preview: {
                prices: number[];
                formulas: {
                    formula: components["schemas"]["PriceFormula"];
                    points: number[];
                }[];
            };
        } | null;
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
            /**
             * @description For an uploaded spreadsheet or CSV file: the row, counted as a spreadsheet program does (the heading row is 1)
             * @example 3
             */
            row?: number;
            /**
             * @description For an uploaded spreadsheet or CSV file: the column letter; absent for the whole row
             * @example D
             */
            column?: string;
        };
        ProcedureStage: {
            /** @enum {string} */
            id: "preparation" | "approval" | "publication" | "participationPeriod" | "candidateSelection" | "invitation" | "submissionPeriod" | "dialogue" | "opening" | "formalCheck" | "suitability" | "negotiation" | "finalOffers" | "priceCheck" | "awardEvaluation" | "preAwardInformation" | "award" | "partnershipPhases" | "documentation";
            references: components["schemas"]["LegalReference"][];
            note?: components["schemas"]["LocalizedText"];
        };
        ProcurementExemption: {
            /** @enum {string} */
            ground: "gwb-107-2" | "gwb-117";
            reason: components["schemas"]["LocalizedText"];
        };
        /**
         * @example {
         *       "at": "2027-03-01T11:00:00.000Z",
         *       "local": "2027-03-01T12:00:00+01:00[Europe/Berlin]",
         *       "text": {
         *         "de": "Mo., 01.03.2027, 12:00 Uhr (+01:00)",
         *         "en": "Mon 2027-03-01 12:00 (+01:00)"
         *       }
         *     }
         */
        PublicDeadline: {
            /**
             * Format: date-time
             * @description The instant, UTC
             * @example 2026-12-01T09:30:00.000Z
             */
            at: string;
            /** @description The same instant in Europe/Berlin (RFC 9557) */
            local: string;
            /** @description As people read it, German and English */
            text: {
                de: string;
                en: string;
            };
        };
        /**
         * @example {
         *       "id": "vgv.open",
         *       "label": {
         *         "de": "Offenes Verfahren",
         *         "en": "Open procedure"
         *       }
         *     }
         */
        PublicProcedureType: {
            id: string;
            label: {
                de: string;
                en: string;
            };
        };
        PublishSelfAssessmentInput: {
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
        };
        /** @description A published scheme version of a lot: anyone can recompute the commitment from the scheme in RFC 8785 canonical JSON (docs/canonical-form.md) */
        PublishedSchemeVersionResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            lotNumber: number;
            number: number;
            /** @description SHA-256 of the scheme in RFC 8785 canonical JSON */
            commitment: string;
            correctionNumber: number | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            scheme: components["schemas"]["EvaluationScheme"];
        };
        PublishedSchemeVersionSummary: {
            number: number;
            /** @description SHA-256 of the scheme in RFC 8785 canonical JSON */
            commitment: string;
            /** @description The correction that made this version; null for version 1 */
            correctionNumber: number | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "answer": "Nein, Angebote sind für die Gesamtleistung abzugeben.",
         *       "answeredAt": "2027-02-12T14:00:00.000Z",
         *       "lotNumber": null,
         *       "number": 1,
         *       "question": "Ist eine Teilleistung zulässig?"
         *     }
         */
        PublishedTenderAnswer: {
            /** @description Numbered per tender in the order asked; answers are published under it */
            number: number;
            lotNumber: number | null;
            question: string;
            answer: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            answeredAt: string;
        };
        /** @description The answered questions by number, without the askers */
        PublishedTenderAnswerListResponse: {
            answers: components["schemas"]["PublishedTenderAnswer"][];
        };
        /** @description The cancellation (§ 63 VgV) */
        PublishedTenderCancellation: {
            /** @example noSuitableBids */
            ground: string;
            label: {
                de: string;
                en: string;
            };
            /** @example § 63 Abs. 1 Satz 1 Nr. 1 VgV */
            source: string;
            reasons: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            cancelledAt: string;
        } | null;
        /** @description A correction during the submission period (§ 20 (3) VgV) */
        PublishedTenderCorrection: {
            number: number;
            reason: string;
            previousSubmissionDeadline: components["schemas"]["PublicDeadline"];
            submissionDeadline: components["schemas"]["PublicDeadline"];
            previousQuestionsDeadline: components["schemas"]["PublicDeadline"];
            questionsDeadline: components["schemas"]["PublicDeadline"];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            correctedAt: string;
        };
        /**
         * @description Published tenders, the newest publication first
         * @example {
         *       "nextCursor": null,
         *       "tenders": [
         *         {
         *           "authorityName": "Landesamt für Digitales",
         *           "cpvCodes": [
         *             "48000000-8"
         *           ],
         *           "id": "3c9a1f2e-7b4d-4e8a-9f1c-2d3e4f5a6b7c",
         *           "procedureType": {
         *             "id": "vgv.open",
         *             "label": {
         *               "de": "Offenes Verfahren",
         *               "en": "Open procedure"
         *             }
         *           },
         *           "publishedAt": "2027-01-20T09:00:00.000Z",
         *           "reference": "LfD-2027-014",
         *           "regime": "VgV",
         *           "state": "published",
         *           "submissionDeadline": {
         *             "at": "2027-03-01T11:00:00.000Z",
         *             "local": "2027-03-01T12:00:00+01:00[Europe/Berlin]",
         *             "text": {
         *               "de": "Mo., 01.03.2027, 12:00 Uhr (+01:00)",
         *               "en": "Mon 2027-03-01 12:00 (+01:00)"
         *             }
         *           },
         *           "title": "Kollaborationsplattform für die Landesverwaltung"
         *         }
         *       ]
         *     }
         */
        PublishedTenderListResponse: {
            tenders: components["schemas"]["PublishedTenderSummary"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        PublishedTenderLot: {
            number: number;
            title: string;
            description: string;
            /** @description The lot’s published scheme versions, oldest first; the last one is in force */
            schemeVersions: components["schemas"]["PublishedSchemeVersionSummary"][];
        };
        /**
         * @example {
         *       "authorityName": "Landesamt für Digitales",
         *       "cancellation": null,
         *       "corrections": [],
         *       "cpvCodes": [
         *         "48000000-8"
         *       ],
         *       "deadlines": {
         *         "bidValidityUntil": "2027-05-31",
         *         "questions": {
         *           "at": "2027-02-22T22:59:59.000Z",
         *           "local": "2027-02-22T23:59:59+01:00[Europe/Berlin]",
         *           "text": {
         *             "de": "Mo., 22.02.2027, 23:59 Uhr (+01:00)",
         *             "en": "Mon 2027-02-22 23:59 (+01:00)"
         *           }
         *         },
         *         "submission": {
         *           "at": "2027-03-01T11:00:00.000Z",
         *           "local": "2027-03-01T12:00:00+01:00[Europe/Berlin]",
         *           "text": {
         *             "de": "Mo., 01.03.2027, 12:00 Uhr (+01:00)",
         *             "en": "Mon 2027-03-01 12:00 (+01:00)"
         *           }
         *         }
         *       },
         *       "description": "Bereitstellung und Betrieb einer Kollaborationsplattform.",
         *       "id": "3c9a1f2e-7b4d-4e8a-9f1c-2d3e4f5a6b7c",
         *       "lotLimits": {
         *         "maxLotsPerAward": null,
         *         "maxLotsPerBidder": null
         *       },
         *       "lots": [
         *         {
         *           "description": "",
         *           "number": 1,
         *           "schemeVersions": [
         *             {
         *               "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *               "correctionNumber": null,
         *               "createdAt": "2027-01-20T09:00:00.000Z",
         *               "number": 1
         *             }
         *           ],
         *           "title": "Gesamtleistung"
         *         }
         *       ],
         *       "procedureType": {
         *         "id": "vgv.open",
         *         "label": {
         *           "de": "Offenes Verfahren",
         *           "en": "Open procedure"
         *         }
         *       },
         *       "publishedAt": "2027-01-20T09:00:00.000Z",
         *       "reference": "LfD-2027-014",
         *       "regime": "VgV",
         *       "state": "published",
         *       "submissionDeadline": {
         *         "at": "2027-03-01T11:00:00.000Z",
         *         "local": "2027-03-01T12:00:00+01:00[Europe/Berlin]",
         *         "text": {
         *           "de": "Mo., 01.03.2027, 12:00 Uhr (+01:00)",
         *           "en": "Mon 2027-03-01 12:00 (+01:00)"
         *         }
         *       },
         *       "title": "Kollaborationsplattform für die Landesverwaltung"
         *     }
         */
        PublishedTenderResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            authorityName: string;
            /** @description The authority’s file number (Vergabenummer) */
            reference: string;
            title: string;
            /** @description CPV codes, the main one first */
            cpvCodes: string[];
            /** @enum {string} */
            regime: "VgV" | "SektVO" | "VSVgV" | "UVgO";
            procedureType: components["schemas"]["PublicProcedureType"];
            state: components["schemas"]["PublishedTenderState"];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            publishedAt: string;
            submissionDeadline: components["schemas"]["PublicDeadline"];
            description: string;
            deadlines: {
                submission: components["schemas"]["PublicDeadline"];
                /**
                 * @description The last moment for bidders’ questions
                 * @example {
                 *       "at": "2027-03-01T11:00:00.000Z",
                 *       "local": "2027-03-01T12:00:00+01:00[Europe/Berlin]",
                 *       "text": {
                 *         "de": "Mo., 01.03.2027, 12:00 Uhr (+01:00)",
                 *         "en": "Mon 2027-03-01 12:00 (+01:00)"
                 *       }
                 *     }
                 */
                questions: {
                    /**
                     * Format: date-time
                     * @description The instant, UTC
                     * @example 2026-12-01T09:30:00.000Z
                     */
                    at: string;
                    /** @description The same instant in Europe/Berlin (RFC 9557) */
                    local: string;
                    /** @description As people read it, German and English */
                    text: {
                        de: string;
                        en: string;
                    };
                };
                /**
                 * Format: date
                 * @description The last day bids are binding (Bindefrist)
                 */
                bidValidityUntil: string;
            };
            lotLimits: {
                maxLotsPerBidder: number | null;
                maxLotsPerAward: number | null;
            };
            lots: components["schemas"]["PublishedTenderLot"][];
            corrections: components["schemas"]["PublishedTenderCorrection"][];
            cancellation: components["schemas"]["PublishedTenderCancellation"];
            /** @description For a vendor’s user or API key only: whether the organisation registered interest and so receives the tender’s notices */
            interestRegistered?: boolean;
        };
        /**
         * @description `published`: the submission period runs; `submissionClosed`, `opened`, `evaluated`, `awarded`: later stages; `cancelled`: cancelled after publication (§ 63 VgV)
         * @enum {string}
         */
        PublishedTenderState: "published" | "submissionClosed" | "opened" | "evaluated" | "awarded" | "cancelled";
        /**
         * @example {
         *       "authorityName": "Landesamt für Digitales",
         *       "cpvCodes": [
         *         "48000000-8"
         *       ],
         *       "id": "3c9a1f2e-7b4d-4e8a-9f1c-2d3e4f5a6b7c",
         *       "procedureType": {
         *         "id": "vgv.open",
         *         "label": {
         *           "de": "Offenes Verfahren",
         *           "en": "Open procedure"
         *         }
         *       },
         *       "publishedAt": "2027-01-20T09:00:00.000Z",
         *       "reference": "LfD-2027-014",
         *       "regime": "VgV",
         *       "state": "published",
         *       "submissionDeadline": {
         *         "at": "2027-03-01T11:00:00.000Z",
         *         "local": "2027-03-01T12:00:00+01:00[Europe/Berlin]",
         *         "text": {
         *           "de": "Mo., 01.03.2027, 12:00 Uhr (+01:00)",
         *           "en": "Mon 2027-03-01 12:00 (+01:00)"
         *         }
         *       },
         *       "title": "Kollaborationsplattform für die Landesverwaltung"
         *     }
         */
        PublishedTenderSummary: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            authorityName: string;
            /** @description The authority’s file number (Vergabenummer) */
            reference: string;
            title: string;
            /** @description CPV codes, the main one first */
            cpvCodes: string[];
            /** @enum {string} */
            regime: "VgV" | "SektVO" | "VSVgV" | "UVgO";
            procedureType: components["schemas"]["PublicProcedureType"];
            state: components["schemas"]["PublishedTenderState"];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            publishedAt: string;
            submissionDeadline: components["schemas"]["PublicDeadline"];
        };
        QuestionsDeadline: {
            answersDueBy: string;
            /** Format: date */
            lastDayForQuestions: string;
            questionsDueBy: string;
            errors: components["schemas"]["DeadlineFinding"][];
            warnings: components["schemas"]["DeadlineFinding"][];
            explanation: components["schemas"]["DeadlineExplanationStep"][];
        };
        /**
         * @description The table of random indices RI(n) the consistency ratio is computed against: `saaty-1980` (Saaty 1980, RI(3) = 0.58, the table most tools use), `saaty-2005` (Saaty’s later table, 2005/2007, RI(3) = 0.52; the default of a request) or `alonso-lamata-2006` (Alonso & Lamata 2006, RI(3) = 0.5245). A matrix near CR = 0.10 can be acceptable under one and not another.
         * @enum {string}
         */
        RandomIndexTable: "saaty-1980" | "saaty-2005" | "alonso-lamata-2006";
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "sovereignty",
         *           "rank": 1
         *         },
         *         {
         *           "id": "security",
         *           "rank": 2
         *         },
         *         {
         *           "id": "exit",
         *           "rank": 2
         *         },
         *         {
         *           "id": "price",
         *           "rank": 3
         *         }
         *       ]
         *     }
         */
        RankOrderWeightsRequest: {
            /** @description The items to weigh, e.g. the criteria of one sibling set; ids unique */
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                /** @description 1 is the most important; equal ranks are ties; only the order matters */
                rank: number;
            }[];
        };
        /**
         * @example {
         *       "context": {
         *         "aboveEuThreshold": true,
         *         "aiWorkloads": false,
         *         "contractValueEur": 1200000,
         *         "dataClasses": [
         *           "personal",
         *           "health",
         *           "social"
         *         ],
         *         "kritisOperator": false,
         *         "nis2Entity": "essential",
         *         "sector": "health",
         *         "serviceModel": "saas",
         *         "sgbVActor": true
         *       }
         *     }
         */
        RecommendationRequest: {
            context: components["schemas"]["BuyerContext"];
        };
        RecommendationResponse: {
            applied: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                ruleId: string;
                ruleFile: {
                    /**
                     * @example csf.sov-1
                     * @example c3a.sov-4-09-c
                     * @example assurance.c5-type-2
                     */
                    id: string;
                    /** @example 1.0.0 */
                    version: string;
                };
                title: components["schemas"]["LocalizedText"];
                /** @enum {string} */
                obligation: "duty" | "advice";
                reason: components["schemas"]["LocalizedText"];
                sources: components["schemas"]["CatalogueSource"][];
                verified: boolean;
                criteria: {
                    /**
                     * @example csf.sov-1
                     * @example c3a.sov-4-09-c
                     * @example assurance.c5-type-2
                     */
                    entryId: string;
                    title: components["schemas"]["LocalizedText"];
                    /** @enum {string} */
                    legalType: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                    note?: components["schemas"]["LocalizedText"];
                }[];
                minimumLevels: {
                    /** @enum {string} */
                    objective: "SOV-1" | "SOV-2" | "SOV-3" | "SOV-4" | "SOV-5" | "SOV-6" | "SOV-7" | "SOV-8";
                    seal: number;
                }[];
                related: {
                    /**
                     * @example csf.sov-1
                     * @example c3a.sov-4-09-c
                     * @example assurance.c5-type-2
                     */
                    entryId: string;
                    title: components["schemas"]["LocalizedText"];
                }[];
            }[];
            criteria: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                entryId: string;
                title: components["schemas"]["LocalizedText"];
                legalTypes: ("exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition")[];
                /** @enum {string} */
                obligation: "duty" | "advice";
                ruleIds: string[];
            }[];
            minimumLevels: {
                /** @enum {string} */
                objective: "SOV-1" | "SOV-2" | "SOV-3" | "SOV-4" | "SOV-5" | "SOV-6" | "SOV-7" | "SOV-8";
                seal: number;
                /** @enum {string} */
                obligation: "duty" | "advice";
                ruleIds: string[];
            }[];
            notApplied: string[];
            ruleFiles: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                id: string;
                /** @example 1.0.0 */
                version: string;
            }[];
        };
        RecommendationRule: {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            when: components["schemas"]["RuleCondition"];
            /** @enum {string} */
            obligation: "duty" | "advice";
            reason: components["schemas"]["LocalizedText"];
            /** @default [] */
            criteria: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                entryId: string;
                /** @enum {string} */
                legalType: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                note?: components["schemas"]["LocalizedText"];
            }[];
            /** @default [] */
            minimumLevels: {
                /** @enum {string} */
                objective: "SOV-1" | "SOV-2" | "SOV-3" | "SOV-4" | "SOV-5" | "SOV-6" | "SOV-7" | "SOV-8";
                seal: number;
            }[];
            /** @default [] */
            relatedEntryIds: string[];
        };
        /**
         * @example {
         *       "criterionId": "operating-concept",
         *       "justification": "Der Ausschuss folgt der Mehrheit: Anker 4 ist erfüllt, 5 nicht belegt.",
         *       "optionId": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *       "schemeVersion": 2,
         *       "score": 4
         *     }
         */
        RecordConsensusInput: {
            /**
             * @description The scheme version the scores are for: scores belong to one version, and a later version never reinterprets them
             * @example 2
             */
            schemeVersion: number;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            optionId: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            criterionId: string;
            /** @description A level of the criterion’s scale */
            score: number;
            /** @description Which qualities of the offer earned this level, against the anchors */
            justification: string;
        };
        RecordVerificationInput: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            attestationId: string;
            /** Format: date */
            checkedOn: string;
            /** @enum {string} */
            method: "issuerRegister" | "report" | "bridgeLetter" | "other";
            /** @enum {string} */
            result: "confirmed" | "discrepancies" | "notConfirmed";
            note?: string;
        };
        /**
         * @example {
         *       "recoveryCodes": [
         *         "7kq3-vx2m-9hfd",
         *         "p4ra-82cz-tn6w"
         *       ]
         *     }
         */
        RecoveryCodesResponse: {
            /** @description One-time recovery codes, shown this once and stored only hashed */
            recoveryCodes: string[];
        };
        /** @description A cited evidence document. Of a confidential one the reader’s authority may not download (§ 41 (3) VgV) only its SHA-256 is shown; title, mediaType and byteSize are null. */
        RegistryEvidenceDocument: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            title: string | null;
            /** @enum {string|null} */
            mediaType: "application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | null;
            byteSize: number | null;
            sha256: string;
            confidential: boolean;
            readable: boolean;
        };
        RegistryLegalExposureResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            versionId: string;
            versionNumber: number;
            input: components["schemas"]["OfferSelfAssessment"];
            assessment: components["schemas"]["LegalExposureResponse"];
        };
        RegistrySearchResponse: {
            items: components["schemas"]["RegistryServiceSummary"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
            /** Format: date */
            validOn: string;
        };
        RegistryServiceResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            vendorOrganisationId: string;
            vendorName: string;
            name: string;
            summary: string | null;
            versions: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                number: number;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                publishedAt: string | null;
            }[];
        };
        RegistryServiceSummary: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            vendorOrganisationId: string;
            vendorName: string;
            serviceName: string;
            summary: string | null;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            versionId: string;
            versionNumber: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            publishedAt: string;
            validAttestations: string[];
            /** @enum {string} */
            keyControl: "provider" | "externalKeyManagement" | "clientSideEncryption";
            seal: {
                "sov-1"?: number;
                "sov-2"?: number;
                "sov-3"?: number;
                "sov-4"?: number;
                "sov-5"?: number;
                "sov-6"?: number;
                "sov-7"?: number;
                "sov-8"?: number;
            };
        };
        RegistryVersionResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            number: number;
            status: components["schemas"]["SelfAssessmentStatus"];
            content: components["schemas"]["SelfAssessmentContent"];
            vendor: components["schemas"]["VendorProfile"] | null;
            contentSha256: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            publishedAt: string | null;
            validity: components["schemas"]["AttestationValidity"][];
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
            documents: components["schemas"]["RegistryEvidenceDocument"][];
        };
        ReportAuditHead: {
            seq: number;
            hash: string;
            /**
             * Format: date-time
             * @description When the head entry was written; null for an empty chain
             * @example 2026-12-01T09:30:00.000Z
             */
            recordedAt: string | null;
        };
        /**
         * @example {
         *       "password": "correct horse battery staple"
         *     }
         */
        ResetOwnTotpRequest: {
            /** @description The current password again */
            password: string;
        };
        RestrictedRequirement: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            id: string;
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            legalType: "restricted";
            /** @enum {string} */
            basis: "exemptProcedure" | "nonAgreementBidders";
            justification: components["schemas"]["LocalizedText"];
        };
        ResultsCriterion: {
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
            /** @enum {string} */
            kind: "group" | "ordinal" | "metric" | "attestation" | "price";
            title: components["schemas"]["LocalizedText"];
            /** @description Share of its sibling set, in basis points */
            weightBp: number;
            /** @description Effective weight: its share of the whole tree in percent, four decimals */
            weightPercent: number;
        };
        ResultsWeights: {
            /** @enum {string} */
            source: "scheme";
        } | {
            /** @enum {string} */
            source: "adopted";
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            adoptionId: string;
            kind: components["schemas"]["WeightAdoptionKind"];
            reason: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            adoptedBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            adoptedAt: string;
        };
        RuleCondition: {
            fact: string;
            equals: boolean | string;
        } | {
            fact: string;
            in: string[];
        } | {
            fact: string;
            includes: string;
        } | {
            fact: string;
            includesAny: string[];
        } | {
            fact: string;
            atLeast: number;
        } | {
            all: components["schemas"]["RuleCondition"][];
        } | {
            any: components["schemas"]["RuleCondition"][];
        } | {
            not: components["schemas"]["RuleCondition"];
        };
        RuleListResponse: {
            recommendation: {
                /** @enum {number} */
                schemaVersion: 1;
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                id: string;
                /** @example 1.0.0 */
                version: string;
                title: components["schemas"]["LocalizedText"];
                description: components["schemas"]["LocalizedText"];
                changelog: {
                    /** @example 1.0.0 */
                    version: string;
                    /** Format: date */
                    date: string;
                    changes: components["schemas"]["LocalizedText"];
                }[];
                /** @enum {string} */
                kind: "recommendation";
                rules: components["schemas"]["RecommendationRule"][];
            }[];
            legalExposure: {
                /** @enum {number} */
                schemaVersion: 1;
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                id: string;
                /** @example 1.0.0 */
                version: string;
                title: components["schemas"]["LocalizedText"];
                description: components["schemas"]["LocalizedText"];
                changelog: {
                    /** @example 1.0.0 */
                    version: string;
                    /** Format: date */
                    date: string;
                    changes: components["schemas"]["LocalizedText"];
                }[];
                /** @enum {string} */
                kind: "legalExposure";
                rules: components["schemas"]["LegalExposureRule"][];
            }[];
        };
        /**
         * @example {
         *       "basedOnVersion": null,
         *       "source": {
         *         "kind": "template",
         *         "templateId": "state-collaboration-suite"
         *       }
         *     }
         * @example {
         *       "basedOnVersion": 1,
         *       "note": "Betriebskonzept stärker gewichtet",
         *       "source": {
         *         "kind": "edited",
         *         "scheme": {
         *           "award": [
         *             {
         *               "anchors": [
         *                 {
         *                   "de": "fehlt",
         *                   "en": "missing"
         *                 },
         *                 {
         *                   "de": "mangelhaft",
         *                   "en": "poor"
         *                 },
         *                 {
         *                   "de": "ausreichend",
         *                   "en": "adequate"
         *                 },
         *                 {
         *                   "de": "befriedigend",
         *                   "en": "satisfactory"
         *                 },
         *                 {
         *                   "de": "gut",
         *                   "en": "good"
         *                 },
         *                 {
         *                   "de": "sehr gut",
         *                   "en": "very good"
         *                 }
         *               ],
         *               "id": "concept",
         *               "kind": "ordinal",
         *               "parentId": null,
         *               "scale": 5,
         *               "subject": "service",
         *               "title": {
         *                 "de": "Betriebskonzept",
         *                 "en": "Operations concept"
         *               },
         *               "weightBp": 6000
         *             },
         *             {
         *               "id": "price",
         *               "kind": "price",
         *               "parentId": null,
         *               "title": {
         *                 "de": "Preis",
         *                 "en": "Price"
         *               },
         *               "weightBp": 4000
         *             }
         *           ],
         *           "conditions": [
         *             {
         *               "id": "exit-support",
         *               "legalType": "condition",
         *               "title": {
         *                 "de": "Unterstützung beim Ausstieg",
         *                 "en": "Exit support"
         *               }
         *             }
         *           ],
         *           "currency": "EUR",
         *           "id": "cloud-office-2027",
         *           "method": {
         *             "kind": "weightedSum",
         *             "priceFormula": {
         *               "kind": "lowestPriceRatio"
         *             }
         *           },
         *           "minimumRequirements": [
         *             {
         *               "id": "eu-operation",
         *               "legalType": "minimum",
         *               "title": {
         *                 "de": "Betrieb in der EU",
         *                 "en": "Operated in the EU"
         *               }
         *             }
         *           ],
         *           "price": {
         *             "kind": "totalPrice"
         *           },
         *           "schemaVersion": 1,
         *           "submissionDeadline": "2027-01-15",
         *           "suitability": [
         *             {
         *               "id": "turnover",
         *               "legalType": "suitability",
         *               "title": {
         *                 "de": "Mindestumsatz",
         *                 "en": "Minimum turnover"
         *               }
         *             }
         *           ],
         *           "title": {
         *             "de": "Cloud-Bürosoftware 2027",
         *             "en": "Cloud office software 2027"
         *           }
         *         }
         *       }
         *     }
         * @example {
         *       "basedOnVersion": null,
         *       "source": {
         *         "criteria": [
         *           {
         *             "entryId": "c3a.sov-4-09-c",
         *             "legalType": "award"
         *           },
         *           {
         *             "entryId": "assurance.c5-type-2",
         *             "legalType": "minimum"
         *           }
         *         ],
         *         "kind": "entries"
         *       }
         *     }
         */
        SaveSchemeVersionInput: {
            /** @description The newest version the editor started from (null for the first): a save on an older one is refused with 409, so nobody silently replaces another editor’s version */
            basedOnVersion: number | null;
            note?: string;
            source: components["schemas"]["SchemeSource"];
        };
        /**
         * @example {
         *       "schemeVersion": 2,
         *       "scores": [
         *         {
         *           "criterionId": "operating-concept",
         *           "justification": "Betrieb im eigenen Rechenzentrum mit 24/7-Bereitschaft, wie Anker 4 verlangt.",
         *           "optionId": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *           "score": 4
         *         }
         *       ]
         *     }
         */
        SaveScoreSheetInput: {
            /**
             * @description The scheme version the scores are for: scores belong to one version, and a later version never reinterprets them
             * @example 2
             */
            schemeVersion: number;
            scores: components["schemas"]["ScoreEntry"][];
        };
        SaveSelfAssessmentDraftInput: {
            content: components["schemas"]["SelfAssessmentContent"];
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
        };
        /**
         * @example {
         *       "source": {
         *         "kind": "template",
         *         "templateId": "state-collaboration-suite"
         *       },
         *       "version": 1
         *     }
         * @example {
         *       "source": {
         *         "kind": "edited",
         *         "scheme": {
         *           "award": [
         *             {
         *               "anchors": [
         *                 {
         *                   "de": "fehlt",
         *                   "en": "missing"
         *                 },
         *                 {
         *                   "de": "mangelhaft",
         *                   "en": "poor"
         *                 },
         *                 {
         *                   "de": "ausreichend",
         *                   "en": "adequate"
         *                 },
         *                 {
         *                   "de": "befriedigend",
         *                   "en": "satisfactory"
         *                 },
         *                 {
         *                   "de": "gut",
         *                   "en": "good"
         *                 },
         *                 {
         *                   "de": "sehr gut",
         *                   "en": "very good"
         *                 }
         *               ],
         *               "id": "concept",
         *               "kind": "ordinal",
         *               "parentId": null,
         *               "scale": 5,
         *               "subject": "service",
         *               "title": {
         *                 "de": "Betriebskonzept",
         *                 "en": "Operations concept"
         *               },
         *               "weightBp": 6000
         *             },
         *             {
         *               "id": "price",
         *               "kind": "price",
         *               "parentId": null,
         *               "title": {
         *                 "de": "Preis",
         *                 "en": "Price"
         *               },
         *               "weightBp": 4000
         *             }
         *           ],
         *           "conditions": [
         *             {
         *               "id": "exit-support",
         *               "legalType": "condition",
         *               "title": {
         *                 "de": "Unterstützung beim Ausstieg",
         *                 "en": "Exit support"
         *               }
         *             }
         *           ],
         *           "currency": "EUR",
         *           "id": "cloud-office-2027",
         *           "method": {
         *             "kind": "weightedSum",
         *             "priceFormula": {
         *               "kind": "lowestPriceRatio"
         *             }
         *           },
         *           "minimumRequirements": [
         *             {
         *               "id": "eu-operation",
         *               "legalType": "minimum",
         *               "title": {
         *                 "de": "Betrieb in der EU",
         *                 "en": "Operated in the EU"
         *               }
         *             }
         *           ],
         *           "price": {
         *             "kind": "totalPrice"
         *           },
         *           "regime": "VgV",
         *           "schemaVersion": 1,
         *           "submissionDeadline": "2027-03-01",
         *           "suitability": [
         *             {
         *               "id": "turnover",
         *               "legalType": "suitability",
         *               "title": {
         *                 "de": "Mindestumsatz",
         *                 "en": "Minimum turnover"
         *               }
         *             }
         *           ],
         *           "title": {
         *             "de": "Cloud-Bürosoftware 2027",
         *             "en": "Cloud office software 2027"
         *           }
         *         }
         *       },
         *       "version": 2
         *     }
         */
        SaveTenderLotSchemeInput: {
            /**
             * @description The lot’s version you read (`lotVersion`); 409 when the lot changed since
             * @example 3
             */
            version: number;
            source: components["schemas"]["SchemeSource"];
        };
        SaveVendorProfileInput: {
            profile: components["schemas"]["VendorProfile"];
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version?: number;
        };
        /**
         * @example {
         *       "schemeVersion": 2,
         *       "sets": [
         *         {
         *           "items": [
         *             {
         *               "id": "price"
         *             },
         *             {
         *               "id": "quality"
         *             },
         *             {
         *               "id": "exit"
         *             }
         *           ],
         *           "judgements": [
         *             [
         *               1,
         *               0.3333333333333333,
         *               1
         *             ],
         *             [
         *               3,
         *               1,
         *               3
         *             ],
         *             [
         *               1,
         *               0.3333333333333333,
         *               1
         *             ]
         *           ],
         *           "method": "ahp",
         *           "parentId": null
         *         },
         *         {
         *           "items": [
         *             {
         *               "id": "security",
         *               "points": 60
         *             },
         *             {
         *               "id": "operations",
         *               "points": 40
         *             }
         *           ],
         *           "method": "directPoints",
         *           "parentId": "quality"
         *         }
         *       ]
         *     }
         */
        SaveWeightSetInput: {
            /**
             * @description The scheme version the weights are for; only the latest takes new weights
             * @example 2
             */
            schemeVersion: number;
            /** @description One entry per sibling set of two or more nodes, each set once; a set of one node weighs 10,000 by itself */
            sets: components["schemas"]["WeightSetEntry"][];
        };
        SchemeSource: {
            /** @enum {string} */
            kind: "template";
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            templateId: string;
        } | {
            /** @enum {string} */
            kind: "entries";
            criteria: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                entryId: string;
                /** @enum {string} */
                legalType: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
            }[];
        } | {
            /** @enum {string} */
            kind: "blank";
        } | {
            /** @enum {string} */
            kind: "edited";
            scheme: components["schemas"]["EvaluationScheme"];
        };
        /**
         * @description The versions, newest first, without their schemes
         * @example {
         *       "nextCursor": null,
         *       "versions": [
         *         {
         *           "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *           "createdAt": "2026-12-05T10:12:00.000Z",
         *           "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "note": "Betriebskonzept stärker gewichtet",
         *           "number": 2,
         *           "origin": {
         *             "kind": "edited"
         *           },
         *           "reviewId": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60"
         *         }
         *       ]
         *     }
         */
        SchemeVersionListResponse: {
            versions: components["schemas"]["SchemeVersionSummary"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        SchemeVersionOrigin: {
            /** @enum {string} */
            kind: "template";
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            templateId: string;
            /** @example 1.0.0 */
            templateVersion: string;
        } | {
            /** @enum {string} */
            kind: "entries";
            entryIds: string[];
        } | {
            /** @enum {string} */
            kind: "blank";
        } | {
            /** @enum {string} */
            kind: "edited";
        } | {
            /** @enum {string} */
            kind: "referenceDate";
        };
        /**
         * @example {
         *       "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *       "createdAt": "2026-12-05T10:12:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "note": "Betriebskonzept stärker gewichtet",
         *       "number": 2,
         *       "origin": {
         *         "kind": "edited"
         *       },
         *       "reviewId": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60",
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
         *         "submissionDeadline": "2027-01-15",
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
        SchemeVersionResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            reviewId: string;
            number: number;
            /** @description SHA-256 of the scheme in RFC 8785 canonical JSON */
            commitment: string;
            origin: components["schemas"]["SchemeVersionOrigin"];
            note: string | null;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            scheme: components["schemas"]["EvaluationScheme"];
        };
        /**
         * @example {
         *       "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *       "createdAt": "2026-12-05T10:12:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "note": "Betriebskonzept stärker gewichtet",
         *       "number": 2,
         *       "origin": {
         *         "kind": "edited"
         *       },
         *       "reviewId": "7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60"
         *     }
         */
        SchemeVersionSummary: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            reviewId: string;
            number: number;
            /** @description SHA-256 of the scheme in RFC 8785 canonical JSON */
            commitment: string;
            origin: components["schemas"]["SchemeVersionOrigin"];
            note: string | null;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        };
        ScoreDivergence: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            optionId: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            criterionId: string;
            spread: number;
            mean: number;
            median: number;
            flagged: boolean;
        };
        ScoreEntry: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            optionId: string;
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            criterionId: string;
            /** @description A level of the criterion’s scale */
            score: number;
            /** @description Which qualities of the offer earned this level, against the anchors */
            justification: string;
        };
        ScoreSheet: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            submittedAt: string | null;
            scores: components["schemas"]["ScoreEntry"][];
        };
        /**
         * @example {
         *       "consensus": [],
         *       "divergences": [
         *         {
         *           "criterionId": "operating-concept",
         *           "flagged": true,
         *           "mean": 2.5,
         *           "median": 2.5,
         *           "optionId": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *           "spread": 3
         *         }
         *       ],
         *       "latestSchemeVersion": 2,
         *       "mine": {
         *         "scores": [
         *           {
         *             "criterionId": "operating-concept",
         *             "justification": "Betrieb im eigenen Rechenzentrum mit 24/7-Bereitschaft, wie Anker 4 verlangt.",
         *             "optionId": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *             "score": 4
         *           }
         *         ],
         *         "submittedAt": "2027-01-20T09:30:00.000Z",
         *         "userId": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d"
         *       },
         *       "others": [
         *         {
         *           "scores": [
         *             {
         *               "criterionId": "operating-concept",
         *               "justification": "Bereitschaft nur werktags.",
         *               "optionId": "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182",
         *               "score": 1
         *             }
         *           ],
         *           "submittedAt": "2027-01-20T10:00:00.000Z",
         *           "userId": "6e8d3c2b-9f5a-4b7c-8d4e-3f2a1b0c9d8e"
         *         }
         *       ],
         *       "schemeVersion": 2,
         *       "submittedBy": [
         *         "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *         "6e8d3c2b-9f5a-4b7c-8d4e-3f2a1b0c9d8e"
         *       ]
         *     }
         */
        ScoringResponse: {
            /**
             * @description The scheme version the scores are for: scores belong to one version, and a later version never reinterprets them
             * @example 2
             */
            schemeVersion: number;
            /**
             * @description The scheme version the scores are for: scores belong to one version, and a later version never reinterprets them
             * @example 2
             */
            latestSchemeVersion: number;
            mine: components["schemas"]["ScoreSheet"];
            submittedBy: string[];
            others: components["schemas"]["ScoreSheet"][] | null;
            divergences: components["schemas"]["ScoreDivergence"][] | null;
            consensus: components["schemas"]["ConsensusScore"][] | null;
        };
        /**
         * @example {
         *       "code": "492039"
         *     }
         */
        SecondFactorRequest: {
            /**
             * @description The six digits the authenticator app shows, or one unused recovery code
             * @example 492039
             */
            code: string;
        };
        SelfAssessmentContent: {
            /** @default {} */
            seal: {
                "sov-1"?: {
                    level: number;
                    justification: string;
                };
                "sov-2"?: {
                    level: number;
                    justification: string;
                };
                "sov-3"?: {
                    level: number;
                    justification: string;
                };
                "sov-4"?: {
                    level: number;
                    justification: string;
                };
                "sov-5"?: {
                    level: number;
                    justification: string;
                };
                "sov-6"?: {
                    level: number;
                    justification: string;
                };
                "sov-7"?: {
                    level: number;
                    justification: string;
                };
                "sov-8"?: {
                    level: number;
                    justification: string;
                };
            };
            /** @default {} */
            c3a: {
                [key: string]: {
                    met: boolean;
                    how?: string;
                };
            };
            locations?: {
                data: string[];
                processing: string[];
                support: string[];
                administration: string[];
            };
            keyManagement?: {
                /** @enum {string} */
                control: "provider" | "externalKeyManagement" | "clientSideEncryption";
                description?: string;
            };
            /** @default [] */
            subprocessors: {
                name: string;
                country: string;
                purpose: string;
                sharePercent?: number;
            }[];
            /** @default [] */
            openStandards: {
                name: string;
                note?: string;
            }[];
            legalExposure?: {
                /** @enum {string} */
                usJurisdiction: "yes" | "no" | "unknown";
                disconnectTested: boolean;
                russiaLinks: {
                    establishedInRussia: boolean;
                    russianOwnershipOver50Percent: boolean;
                    actingForRussianEntity: boolean;
                    russianSubcontractorsOver10Percent: boolean;
                };
                nonEuShareholding?: {
                    largestSinglePercent: number;
                    totalPercent: number;
                };
            };
            /** @default [] */
            attestations: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                /**
                 * @example bsi-c5
                 * @example iso-27001
                 */
                scheme: string;
                /** @example type2 */
                type?: string;
                entryId?: string;
                /** @description The auditor or certification body */
                issuer: string;
                /** @description What the report or certificate covers */
                scope: string;
                coversService: boolean;
                auditPeriod?: {
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    to: string;
                };
                /** Format: date */
                reportDate?: string;
                /** Format: date */
                validFrom?: string;
                /** Format: date */
                validUntil?: string;
                evidence?: {
                    /** @enum {string} */
                    kind: "document";
                    /**
                     * Format: uuid
                     * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                     */
                    documentId: string;
                } | {
                    /** @enum {string} */
                    kind: "link";
                    /** Format: uri */
                    url: string;
                };
            }[];
        };
        /**
         * @description `draft`: the vendor edits it; `published`: immutable, citable by number and date
         * @enum {string}
         */
        SelfAssessmentStatus: "draft" | "published";
        SelfAssessmentTransfer: {
            /** @enum {string} */
            format: "tenderwise.self-assessment";
            /** @enum {number} */
            formatVersion: 1;
            service: {
                name: string;
                summary?: string;
            };
            content: components["schemas"]["SelfAssessmentContent"];
        };
        SelfAssessmentVersionListResponse: {
            items: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                number: number;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                publishedAt: string | null;
                status: components["schemas"]["SelfAssessmentStatus"];
            }[];
        };
        SelfAssessmentVersionResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            number: number;
            status: components["schemas"]["SelfAssessmentStatus"];
            content: components["schemas"]["SelfAssessmentContent"];
            vendor: components["schemas"]["VendorProfile"] | null;
            contentSha256: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            publishedAt: string | null;
            validity: components["schemas"]["AttestationValidity"][];
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "bids": [
         *         {
         *           "assessments": {
         *             "concept": {
         *               "justification": {
         *                 "de": "Vollständiges Betriebskonzept; der Notfallplan nennt keine Wiederanlaufzeiten.",
         *                 "en": "Complete operations concept; the contingency plan names no recovery times."
         *               },
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
         *               "justification": {
         *                 "de": "Vollständiges Betriebskonzept mit geprüftem Notfallplan und Wiederanlaufzeiten.",
         *                 "en": "Complete operations concept with a tested contingency plan and recovery times."
         *               },
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
         *         },
         *         {
         *           "assessments": {
         *             "concept": {
         *               "kind": "ordinal",
         *               "score": 3
         *             }
         *           },
         *           "conditionsAccepted": {
         *             "exit-support": true
         *           },
         *           "id": "bid-c",
         *           "minimumRequirements": {
         *             "eu-operation": {
         *               "met": true
         *             }
         *           },
         *           "price": {
         *             "amount": 90000,
         *             "kind": "totalPrice"
         *           },
         *           "suitability": {
         *             "turnover": {
         *               "met": true
         *             }
         *           }
         *         }
         *       ],
         *       "margin": 5,
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
         *       },
         *       "smaa": {
         *         "samples": 2000,
         *         "sampling": {
         *           "kind": "aroundPublished",
         *           "percent": 40
         *         },
         *         "seed": 2027
         *       }
         *     }
         */
        SensitivityRequest: {
            scheme: components["schemas"]["EvaluationScheme"];
            bids: components["schemas"]["EvaluatedBid"][];
            /** Format: date */
            referenceDate?: string;
            /** @default 1 */
            margin: number;
            smaa?: {
                samples: number;
                seed: number;
                sampling: components["schemas"]["SmaaSampling"];
            };
        };
        /**
         * @example {
         *       "criteria": [
         *         {
         *           "kind": "leaf",
         *           "nodeId": "concept",
         *           "parentWeight": 1,
         *           "share": 0.6,
         *           "stable": {
         *             "from": 0.473684,
         *             "to": 1
         *           },
         *           "swaps": [
         *             {
         *               "above": "bid-b",
         *               "atShare": 0.473684,
         *               "below": "bid-a"
         *             },
         *             {
         *               "above": "bid-a",
         *               "atShare": 0.333333,
         *               "below": "bid-c"
         *             }
         *           ]
         *         },
         *         {
         *           "kind": "leaf",
         *           "nodeId": "price",
         *           "parentWeight": 1,
         *           "share": 0.4,
         *           "stable": {
         *             "from": 0,
         *             "to": 0.526316
         *           },
         *           "swaps": [
         *             {
         *               "above": "bid-b",
         *               "atShare": 0.526316,
         *               "below": "bid-a"
         *             },
         *             {
         *               "above": "bid-a",
         *               "atShare": 0.666667,
         *               "below": "bid-c"
         *             }
         *           ]
         *         }
         *       ],
         *       "excluded": [],
         *       "margin": 5,
         *       "method": "weightedSum",
         *       "noClearWinner": true,
         *       "ranking": [
         *         {
         *           "bidId": "bid-b",
         *           "score": 88.8
         *         },
         *         {
         *           "bidId": "bid-a",
         *           "score": 84
         *         },
         *         {
         *           "bidId": "bid-c",
         *           "score": 76
         *         }
         *       ],
         *       "smaa": {
         *         "acceptability": [
         *           {
         *             "bidId": "bid-b",
         *             "ranks": [
         *               0.9275,
         *               0.067,
         *               0.0055
         *             ]
         *           },
         *           {
         *             "bidId": "bid-a",
         *             "ranks": [
         *               0.0725,
         *               0.9275,
         *               0
         *             ]
         *           },
         *           {
         *             "bidId": "bid-c",
         *             "ranks": [
         *               0,
         *               0.0055,
         *               0.9945
         *             ]
         *           }
         *         ],
         *         "centralWeights": [
         *           {
         *             "bidId": "bid-b",
         *             "weights": [
         *               {
         *                 "criterionId": "concept",
         *                 "weight": 0.611464
         *               },
         *               {
         *                 "criterionId": "price",
         *                 "weight": 0.388536
         *               }
         *             ]
         *           },
         *           {
         *             "bidId": "bid-a",
         *             "weights": [
         *               {
         *                 "criterionId": "concept",
         *                 "weight": 0.446062
         *               },
         *               {
         *                 "criterionId": "price",
         *                 "weight": 0.553938
         *               }
         *             ]
         *           },
         *           {
         *             "bidId": "bid-c",
         *             "weights": null
         *           }
         *         ],
         *         "samples": 2000,
         *         "sampling": {
         *           "kind": "aroundPublished",
         *           "percent": 40
         *         },
         *         "seed": 2027
         *       }
         *     }
         */
        SensitivityResponse: {
            /** @enum {string} */
            method: "weightedSum" | "ufabSimple" | "ufabExtended";
            /** @description Bids excluded, and so not analysed */
            excluded: string[];
            /** @description The admitted bids in the order the evaluation ranks them (its tie-breaks and, under the extended method, its corridor), with their floating-point scores at the published weights; in a near tie decided below the published digits the first may have the lower score */
            ranking: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                bidId: string;
                /** @description Points (weighted sum) or Z (UfAB); null where a price of zero or below leaves Z without a value */
                score: number | null;
            }[];
            noClearWinner: boolean;
            margin: number;
            /** @description Every criterion and group that has siblings, in tree order */
            criteria: components["schemas"]["NodeSensitivity"][];
            smaa: components["schemas"]["SmaaResult"];
        };
        /**
         * @example {
         *       "stage": "enrolment"
         *     }
         */
        SetupCompletedResponse: {
            /**
             * @description The new administrator is signed in with a session that may only set up TOTP (or log out), as after the first password login of an administrator.
             * @enum {string}
             */
            stage: "enrolment";
        };
        /**
         * @example {
         *       "status": "valid"
         *     }
         * @example {
         *       "status": "used"
         *     }
         */
        SetupTokenStatusResponse: {
            /**
             * @description `valid`: the link creates the first administrator; `used`: the installation has an administrator (made with this link, or otherwise); `unknown`: no such link, or one that a later start of the server replaced.
             * @enum {string}
             */
            status: "valid" | "used" | "unknown";
        };
        SiblingSet: {
            /**
             * @description The group whose children are weighed; null for the top level of the award tree
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            nodeIds: string[];
            /** @description The weights the scheme version states */
            schemeWeightsBp: {
                [key: string]: number;
            };
        };
        /**
         * @example {
         *       "stage": "full"
         *     }
         */
        SignedInResponse: {
            /** @enum {string} */
            stage: "full";
        };
        /**
         * @example {
         *       "bids": {
         *         "count": 4,
         *         "leaves": {
         *           "concept": {
         *             "kind": "levels",
         *             "weights": [
         *               0,
         *               1,
         *               2,
         *               4,
         *               2,
         *               1
         *             ]
         *           }
         *         },
         *         "price": {
         *           "kind": "triangular",
         *           "max": 150000,
         *           "min": 90000,
         *           "mode": 110000
         *         }
         *       },
         *       "runs": 100,
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
         *       },
         *       "seed": 2027,
         *       "topsis": {
         *         "criteria": [
         *           {
         *             "direction": "benefit",
         *             "id": "quality",
         *             "weight": 1
         *           },
         *           {
         *             "direction": "cost",
         *             "id": "cost",
         *             "weight": 1
         *           }
         *         ],
         *         "options": [
         *           {
         *             "id": "A",
         *             "values": [
         *               3,
         *               4
         *             ]
         *           },
         *           {
         *             "id": "B",
         *             "values": [
         *               4,
         *               3
         *             ]
         *           },
         *           {
         *             "id": "C",
         *             "values": [
         *               0,
         *               0
         *             ]
         *           }
         *         ]
         *       }
         *     }
         */
        SimulateRequest: {
            scheme: components["schemas"]["EvaluationScheme"];
            bids: components["schemas"]["BidGeneratorSettings"];
            /**
             * @description Simulated tenders; runs × (bids × (bids + 3 × criteria) + criteria² / 4) at most 4,000,000, criteria counting every scored leaf with price
             * @default 200
             */
            runs: number;
            /** @description The same seed gives the same numbers */
            seed: number;
            /**
             * @description Each weight in turn raised and lowered by this per cent of itself
             * @default 10
             */
            weightChangePercent: number;
            /** @description Formulas to compare with the scheme’s own; default lowest-price ratio, one-sided linear (k = 2), two-sided linear */
            formulas?: components["schemas"]["PriceFormula"][];
            /** @description Option scores to rank by TOPSIS, advisory, for an options review */
            topsis?: {
                criteria: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    id: string;
                    /** @description A decimal number, read exactly */
                    weight: number;
                    /** @enum {string} */
                    direction: "benefit" | "cost";
                }[];
                options: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    id: string;
                    values: number[];
                }[];
            };
        };
        /**
         * @example {
         *       "advisory": true,
         *       "bidsPerRun": 4,
         *       "exactDecisions": 0,
         *       "flipping": {
         *         "byRemovedRank": [
         *           {
         *             "rank": 2,
         *             "runs": 100,
         *             "share": 0
         *           },
         *           {
         *             "rank": 3,
         *             "runs": 100,
         *             "share": 0
         *           },
         *           {
         *             "rank": 4,
         *             "runs": 100,
         *             "share": 0
         *           }
         *         ],
         *         "share": 0
         *       },
         *       "meanAdmitted": 4,
         *       "note": "Advisory: simulated bids for a draft scheme, before publication. Never applied to, or run against, the official result of a tender.",
         *       "priceFormulas": [
         *         {
         *           "formula": {
         *             "kind": "lowestPriceRatio"
         *           },
         *           "maxPoints": 40,
         *           "own": true,
         *           "points": {
         *             "max": 40,
         *             "mean": 36.07,
         *             "median": 36.81,
         *             "min": 25.92,
         *             "q1": 33.14,
         *             "q3": 39.96
         *           },
         *           "sameWinnerShare": 1
         *         },
         *         {
         *           "formula": {
         *             "kind": "oneSidedLinear",
         *             "zeroAtMultiple": 2
         *           },
         *           "maxPoints": 40,
         *           "own": false,
         *           "points": {
         *             "max": 40,
         *             "mean": 35.15,
         *             "median": 36.53,
         *             "min": 18.27,
         *             "q1": 31.72,
         *             "q3": 39.96
         *           },
         *           "sameWinnerShare": 0.99
         *         },
         *         {
         *           "formula": {
         *             "kind": "twoSidedLinear"
         *           },
         *           "maxPoints": 40,
         *           "own": false,
         *           "points": {
         *             "max": 40,
         *             "mean": 20.67,
         *             "median": 22.61,
         *             "min": 0,
         *             "q1": 0.02,
         *             "q3": 39.86
         *           },
         *           "sameWinnerShare": 0.69
         *         }
         *       ],
         *       "runs": 100,
         *       "runsWithoutWinner": 0,
         *       "seed": 2027,
         *       "topsis": {
         *         "advisory": true,
         *         "note": "Advisory TOPSIS ranking (Hwang & Yoon 1981) for an options review; it is not the result of any tender and is never applied to one.",
         *         "ranking": [
         *           {
         *             "closeness": 0.5788,
         *             "id": "B",
         *             "rank": 1
         *           },
         *           {
         *             "closeness": 0.5,
         *             "id": "C",
         *             "rank": 2
         *           },
         *           {
         *             "closeness": 0.4212,
         *             "id": "A",
         *             "rank": 3
         *           }
         *         ]
         *       },
         *       "weightStability": {
         *         "changePercent": 10,
         *         "criteria": [
         *           {
         *             "changedWhenLowered": 0.01,
         *             "changedWhenRaised": 0.02,
         *             "criterionId": "concept",
         *             "weightBp": 6000
         *           },
         *           {
         *             "changedWhenLowered": 0.02,
         *             "changedWhenRaised": 0.01,
         *             "criterionId": "price",
         *             "weightBp": 4000
         *           }
         *         ],
         *         "stableShare": 0.97
         *       }
         *     }
         */
        SimulateResponse: {
            /** @enum {boolean} */
            advisory: true;
            note: string;
            runs: number;
            bidsPerRun: number;
            seed: number;
            /** @description Simulated bids below a published minimum score are excluded */
            meanAdmitted: number;
            /** @description Runs where no single bid ranked first (none admitted, or a draw by lot decides) */
            runsWithoutWinner: number;
            priceFormulas: {
                formula: components["schemas"]["PriceFormula"];
                own: boolean;
                /** @description Points of the price criterion (its weight; 100 under the UfAB methods) */
                maxPoints: number;
                /** @description Price points of every admitted simulated bid over all runs (quartiles type 7) */
                points: {
                    min: number;
                    q1: number;
                    median: number;
                    q3: number;
                    max: number;
                    mean: number;
                };
                /** @description Share of runs with the same winner had the scheme used this formula; weighted sum only */
                sameWinnerShare: number | null;
            }[];
            weightStability: {
                changePercent: number;
                /** @description Share of runs in which no single weight change alters the winner */
                stableShare: number;
                criteria: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    criterionId: string;
                    weightBp: number;
                    changedWhenRaised: number;
                    changedWhenLowered: number;
                }[];
            };
            flipping: {
                /** @description Share of runs in which removing one non-winning bid changes the winner */
                share: number;
                byRemovedRank: {
                    rank: number;
                    runs: number;
                    share: number;
                }[];
            };
            /** @description Decisions too close for floating point, recomputed with exact arithmetic */
            exactDecisions: number;
            topsis: components["schemas"]["TopsisResult"];
        };
        SmaaAdvice: {
            /** @enum {boolean} */
            advisory: true;
            /** @description What the method is, and that it only advises */
            note: {
                de: string;
                en: string;
            };
            samples: number;
            seed: number;
            sampling: components["schemas"]["SmaaSampling"];
            /** @description Per bid, the share of samples in which it takes rank 1, 2, …; bids tied in a sample share the ranks they hold together equally */
            acceptability: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                bidId: string;
                ranks: number[];
            }[];
            /** @description Per bid, the mean leaf weights of the samples in which it ranks first */
            centralWeights: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                bidId: string;
                /** @description Null for a bid that never ranks first */
                weights: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    criterionId: string;
                    weight: number;
                }[] | null;
            }[];
        } | null;
        SmaaResult: {
            samples: number;
            seed: number;
            sampling: components["schemas"]["SmaaSampling"];
            /** @description Per bid, the share of samples in which it takes rank 1, 2, …; bids tied in a sample share the ranks they hold together equally */
            acceptability: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                bidId: string;
                ranks: number[];
            }[];
            /** @description Per bid, the mean leaf weights of the samples in which it ranks first */
            centralWeights: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                bidId: string;
                /** @description Null for a bid that never ranks first */
                weights: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    criterionId: string;
                    weight: number;
                }[] | null;
            }[];
        } | null;
        SmaaSampling: {
            /** @enum {string} */
            kind: "simplex";
        } | {
            /** @enum {string} */
            kind: "aroundPublished";
            percent: number;
        };
        StoredCatalogueEntry: {
            catalogue: {
                /**
                 * @example csf.sov-1
                 * @example c3a.sov-4-09-c
                 * @example assurance.c5-type-2
                 */
                id: string;
                /** @example 1.0.0 */
                version: string;
            };
            entry: components["schemas"]["CatalogueEntry"];
        };
        SubmissionDeadlineCheck: {
            deadline: string;
            minimumDays: number | null;
            earliestDeadline: string;
            errors: components["schemas"]["DeadlineFinding"][];
            warnings: components["schemas"]["DeadlineFinding"][];
            explanation: components["schemas"]["DeadlineExplanationStep"][];
        } | null;
        /**
         * @example {
         *       "schemeVersion": 2
         *     }
         */
        SubmitScoreSheetInput: {
            /**
             * @description The scheme version the scores are for: scores belong to one version, and a later version never reinterprets them
             * @example 2
             */
            schemeVersion: number;
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
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "price",
         *           "points": 100
         *         },
         *         {
         *           "id": "security",
         *           "points": 80
         *         },
         *         {
         *           "id": "exit",
         *           "points": 50
         *         },
         *         {
         *           "id": "desk",
         *           "points": 20
         *         }
         *       ]
         *     }
         */
        SwingWeightsRequest: {
            /** @description The items to weigh, e.g. the criteria of one sibling set; ids unique */
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                /** @description What the swing of this item from its worst to its best level is worth, with the most important swing at 100 */
                points: number;
            }[];
        };
        TemplateListResponse: {
            templates: components["schemas"]["TemplateSummary"][];
        };
        TemplateSummary: {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            /** @example 1.0.0 */
            version: string;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            useCase: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            method: "weightedSum" | "ufabSimple" | "ufabExtended" | "ufabMedian";
            /** @enum {string} */
            regime: "VgV" | "SektVO" | "VSVgV" | "UVgO";
            criterionCount: number;
        };
        TenderActions: {
            update: boolean;
            updateDeadlines: boolean;
            manageLots: boolean;
            saveScheme: boolean;
            manageTeam: boolean;
            declare: boolean;
            requestPublication: boolean;
            withdrawPublicationRequest: boolean;
            approvePublication: boolean;
            correct: boolean;
            cancel: boolean;
            answerQuestions: boolean;
        };
        /** @enum {string} */
        TenderAuthorityKind: "federalUpperAuthority" | "otherPublicAuthority" | "sectorEntity" | "defenceSecurity";
        TenderCancellation: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            cancelledBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            cancelledAt: string;
            ground: string;
            reasons: string;
        } | null;
        /**
         * @description The ground of the cancellation: § 63 (1) S. 1 Nr. 1 (`noSuitableBids`), Nr. 2 (`essentialChange`), Nr. 3 (`noEconomicResult`), Nr. 4 (`otherSeriousReasons`) VgV; § 48 (1) UVgO likewise
         * @enum {string}
         */
        TenderCancellationGround: "noSuitableBids" | "essentialChange" | "noEconomicResult" | "otherSeriousReasons";
        /**
         * @example {
         *       "cancelledAt": "2027-02-03T11:00:00.000Z",
         *       "cancelledBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "ground": "essentialChange",
         *       "noticesSent": 3,
         *       "reasons": "Der Landtag hat die Mittel für das Vorhaben gestrichen; die Leistung wird nicht mehr benötigt.",
         *       "state": "cancelled",
         *       "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21",
         *       "version": 10
         *     }
         */
        TenderCancellationResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            version: number;
            /** @enum {string} */
            state: "cancelled";
            ground: components["schemas"]["TenderCancellationGround"];
            reasons: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            cancelledBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            cancelledAt: string;
            noticesSent: number;
        };
        /** @enum {string} */
        TenderCapacity: "officer" | "openingOfficer" | "openingDeputy" | "evaluator" | "reviewer";
        /** @enum {string} */
        TenderContractKind: "suppliesServices" | "works" | "socialServices" | "designContest";
        TenderCorrectionResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            version: number;
            number: number;
            reason: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            previousSubmissionDeadline: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            submissionDeadline: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            previousQuestionsDeadline: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            questionsDeadline: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            correctedBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            correctedAt: string;
            schemeVersions: components["schemas"]["TenderSchemeVersionSummary"][];
            extension: components["schemas"]["CorrectionExtension"];
            noticesSent: number;
        };
        TenderDeadlineChecks: {
            /** @enum {string} */
            deadlineRegime: "VgV" | "UVgO";
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            dispatchedAt: string;
            notes: components["schemas"]["LocalizedText"][];
            submission: components["schemas"]["SubmissionDeadlineCheck"];
            questions: components["schemas"]["QuestionsDeadline"];
            bindingPeriod: components["schemas"]["BindingPeriod"];
            submissionDeadlineLocal: string;
            questionsDeadlineLocal: string | null;
            /** Format: date */
            bidValidityUntil: string | null;
            errors: components["schemas"]["DeadlineFinding"][];
            warnings: components["schemas"]["DeadlineFinding"][];
        } | null;
        TenderDeadlines: {
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            submissionDeadline: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            questionsDeadline: string | null;
            /** Format: date */
            bidValidityUntil: string | null;
            periodReductions: ("electronicSubmission" | "priorInformationNotice" | "urgency")[];
            checks: components["schemas"]["TenderDeadlineChecks"];
        };
        TenderDeadlinesResponse: {
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            submissionDeadline: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            questionsDeadline: string;
            /** Format: date */
            bidValidityUntil: string;
            periodReductions: ("electronicSubmission" | "priorInformationNotice" | "urgency")[];
            checks: components["schemas"]["TenderDeadlineChecks"];
            tenderVersion: number;
        };
        TenderInterest: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            organisationName: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            registeredAt: string;
        };
        /** @description The vendor organisations that registered interest, in the order registered */
        TenderInterestListResponse: {
            interests: components["schemas"]["TenderInterest"][];
        };
        /**
         * @example {
         *       "interestRegistered": true,
         *       "registeredAt": "2027-01-21T08:00:00.000Z",
         *       "tenderId": "3c9a1f2e-7b4d-4e8a-9f1c-2d3e4f5a6b7c"
         *     }
         */
        TenderInterestResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            interestRegistered: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            registeredAt: string | null;
        };
        /**
         * @description The Land of the authority’s seat (ISO 3166-2), whose public holidays count
         * @example DE-BE
         * @enum {string}
         */
        TenderLand: "DE-BW" | "DE-BY" | "DE-BE" | "DE-BB" | "DE-HB" | "DE-HH" | "DE-HE" | "DE-MV" | "DE-NI" | "DE-NW" | "DE-RP" | "DE-SL" | "DE-SN" | "DE-ST" | "DE-SH" | "DE-TH";
        /** @description The tenders on whose team the caller is, newest first */
        TenderListResponse: {
            tenders: components["schemas"]["TenderSummary"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        TenderLot: {
            number: number;
            title: string;
            description: string;
            hasScheme: boolean;
            /** @enum {string|null} */
            schemeOrigin: "template" | "entries" | "blank" | "edited" | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        TenderLotListResponse: {
            lots: components["schemas"]["TenderLot"][];
            tenderVersion: number;
        };
        TenderLotResponse: {
            lot: components["schemas"]["TenderLot"];
            tenderVersion: number;
        };
        /**
         * @example {
         *       "issues": [],
         *       "lotNumber": 1,
         *       "lotVersion": 2,
         *       "origin": {
         *         "kind": "edited"
         *       },
         *       "publishedVersion": null,
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
         *         "regime": "VgV",
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
         *       },
         *       "stage": "draft",
         *       "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21",
         *       "tenderVersion": 7
         *     }
         */
        TenderLotSchemeResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            lotNumber: number;
            lotVersion: number;
            tenderVersion: number;
            /**
             * @description `draft`: the lot’s draft scheme, editable while the tender is a draft; `published`: the latest published version, which no longer changes
             * @enum {string}
             */
            stage: "draft" | "published";
            scheme: components["schemas"]["EvaluationScheme"] & (Record<string, never> | null);
            origin: components["schemas"]["TenderSchemeOrigin"];
            issues: components["schemas"]["TenderSchemeIssue"][];
            publishedVersion: components["schemas"]["TenderSchemeVersionSummary"];
        };
        TenderLotSummary: {
            number: number;
            title: string;
            description: string;
            hasScheme: boolean;
        };
        TenderNotice: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            kind: components["schemas"]["NoticeKind"];
            subject: {
                de: string;
                en: string;
            };
            recipient: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                organisationId: string;
                organisationName: string;
                /** @description Whether the notice went to one user of the organisation */
                personal: boolean;
            };
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            readAt: string | null;
            email: components["schemas"]["NoticeEmailState"];
        };
        /** @description The notices sent about the tender, newest first */
        TenderNoticeListResponse: {
            notices: components["schemas"]["TenderNotice"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        TenderProcedureType: {
            id: string;
            name: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            choice: "free" | "justified";
            needsGround: boolean;
            references: components["schemas"]["LegalReference"][];
            choiceReferences: components["schemas"]["LegalReference"][];
            stages: components["schemas"]["ProcedureStage"][];
        };
        TenderProcedureTypeListResponse: {
            regime: components["schemas"]["TenderRegime"];
            table: {
                id: string;
                version: string;
            };
            types: components["schemas"]["TenderProcedureType"][];
        };
        TenderPublication: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            requestedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            requestedAt: string | null;
            requestedVersion: number | null;
            requestCurrent: boolean;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            approvedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            publishedAt: string | null;
        };
        /**
         * @example {
         *       "request": {
         *         "requestedAt": "2027-01-17T15:20:00.000Z",
         *         "requestedBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *         "requestedVersion": 8
         *       },
         *       "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21",
         *       "version": 8
         *     }
         */
        TenderPublicationRequestResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            version: number;
            request: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                requestedBy: string;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                requestedAt: string;
                requestedVersion: number;
            } | null;
        };
        /**
         * @example {
         *       "approvedBy": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "publishedAt": "2027-01-18T09:00:00.000Z",
         *       "requestedBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "schemeVersions": [
         *         {
         *           "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *           "correctionNumber": null,
         *           "createdAt": "2027-01-18T09:00:00.000Z",
         *           "createdBy": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *           "lotNumber": 1,
         *           "number": 1,
         *           "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21"
         *         }
         *       ],
         *       "state": "published",
         *       "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21",
         *       "version": 9
         *     }
         */
        TenderPublicationResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            version: number;
            /** @enum {string} */
            state: "published";
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            requestedBy: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            approvedBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            publishedAt: string;
            schemeVersions: components["schemas"]["TenderSchemeVersionSummary"][];
        };
        TenderQuestion: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /** @description Numbered per tender in the order asked; answers are published under it */
            number: number;
            lotNumber: number | null;
            text: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            askedAt: string;
            /** @description Asked after the last day for questions */
            late: boolean;
            /** @description Who asked: for the team only, never published */
            organisation: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                name: string;
            };
            answer: string | null;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            answeredBy: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            answeredAt: string | null;
        };
        /** @description The questions in the order asked */
        TenderQuestionListResponse: {
            questions: components["schemas"]["TenderQuestion"][];
        };
        TenderRecordEntry: {
            /** @description The entry’s number in the audit log */
            seq: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            at: string;
            /** @example tender.team.member_added */
            action: string;
            /** @enum {string} */
            outcome: "succeeded" | "refused" | "failed";
            /** @description What happened, for people to read */
            label: {
                de: string;
                en: string;
            };
            /** @description Null for an anonymous caller */
            actor: {
                /**
                 * @description `user`: a signed-in person; `apiKey`: a vendor’s API key; `system`: a command or job of the installation
                 * @enum {string}
                 */
                kind: "user" | "apiKey" | "system";
                /** @description The user’s display name, the API key’s name or the command; null if unknown */
                name: string | null;
                /**
                 * @description The user’s role; null for others
                 * @enum {string|null}
                 */
                role: "admin" | "officer" | "reviewer" | "vendor" | null;
                /** @description The organisation of the user or API key; null for the installation */
                organisationName: string | null;
            } | null;
        };
        /** @description The tender record (Vergabeakte, § 8 VgV): every event of the tender in the audit log, in the log’s order, with who acted and when */
        TenderRecordResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            entries: components["schemas"]["TenderRecordEntry"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        /**
         * @description The procurement rules: VgV, SektVO, VSVgV above the EU thresholds, UVgO below them
         * @enum {string}
         */
        TenderRegime: "VgV" | "SektVO" | "VSVgV" | "UVgO";
        TenderResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @description The authority the tender belongs to
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            reference: string;
            title: string;
            state: components["schemas"]["TenderState"];
            regime: components["schemas"]["TenderRegime"];
            procedureTypeId: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            submissionDeadline: string | null;
            lotCount: number;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            leadUserId: string;
            /**
             * @description Counts the changes of the tender and its lots, team and schemes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            capacities: components["schemas"]["TenderCapacity"][];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
            description: string;
            cpvCodes: string[];
            procedureType: components["schemas"]["TenderProcedureType"];
            procedureGround: string | null;
            land: components["schemas"]["TenderLand"];
            authorityKind: components["schemas"]["TenderAuthorityKind"];
            contractKind: components["schemas"]["TenderContractKind"];
            value: components["schemas"]["TenderValue"];
            lots: components["schemas"]["TenderLotSummary"][];
            noLotsReasons: string | null;
            maxLotsPerBidder: number | null;
            maxLotsPerAward: number | null;
            deadlines: components["schemas"]["TenderDeadlines"];
            publication: components["schemas"]["TenderPublication"];
            cancellation: components["schemas"]["TenderCancellation"];
            leadDisplayName: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            actions: components["schemas"]["TenderActions"];
        };
        TenderSchemeIssue: {
            /** @description RFC 6901 pointer into the scheme */
            pointer: string;
            code: string;
            message: string;
        };
        TenderSchemeOrigin: {
            /** @enum {string} */
            kind: "template";
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            templateId: string;
            /** @example 1.0.0 */
            templateVersion: string;
        } | {
            /** @enum {string} */
            kind: "entries";
        } | {
            /** @enum {string} */
            kind: "blank";
        } | {
            /** @enum {string} */
            kind: "edited";
        } | null;
        TenderSchemeVersionCorrection: {
            number: number;
            reason: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            correctedAt: string;
        } | null;
        /**
         * @description The published versions by lot and number, without their schemes
         * @example {
         *       "versions": [
         *         {
         *           "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *           "correctionNumber": null,
         *           "createdAt": "2027-01-18T09:00:00.000Z",
         *           "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "lotNumber": 1,
         *           "number": 1,
         *           "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21"
         *         }
         *       ]
         *     }
         */
        TenderSchemeVersionListResponse: {
            versions: components["schemas"]["TenderSchemeVersionSummary"][];
        };
        /**
         * @description A published scheme version with its commitment: the SHA-256 of `scheme` in RFC 8785 canonical JSON, recomputable from this document alone
         * @example {
         *       "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *       "correction": null,
         *       "correctionNumber": null,
         *       "createdAt": "2027-01-18T09:00:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "lotNumber": 1,
         *       "number": 1,
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
         *         "regime": "VgV",
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
         *       },
         *       "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21"
         *     }
         */
        TenderSchemeVersionResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            lotNumber: number;
            number: number;
            /**
             * @description SHA-256 of the scheme in RFC 8785 canonical JSON
             * @example 3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b
             */
            commitment: string;
            correctionNumber: number | null;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            scheme: components["schemas"]["EvaluationScheme"];
            correction: components["schemas"]["TenderSchemeVersionCorrection"];
        };
        /**
         * @example {
         *       "commitment": "3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *       "correctionNumber": null,
         *       "createdAt": "2027-01-18T09:00:00.000Z",
         *       "createdBy": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "lotNumber": 1,
         *       "number": 1,
         *       "tenderId": "3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21"
         *     }
         */
        TenderSchemeVersionSummary: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            lotNumber: number;
            number: number;
            /**
             * @description SHA-256 of the scheme in RFC 8785 canonical JSON
             * @example 3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b
             */
            commitment: string;
            correctionNumber: number | null;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        } | null;
        /**
         * @description `draft`: being prepared by its team, visible to nobody else; `published`: the submission period runs; `submissionClosed`, `opened`, `evaluated`, `awarded`: later stages; `cancelled`: cancelled with a ground of § 63 VgV
         * @enum {string}
         */
        TenderState: "draft" | "published" | "submissionClosed" | "opened" | "evaluated" | "awarded" | "cancelled";
        TenderSummary: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @description The authority the tender belongs to
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            reference: string;
            title: string;
            state: components["schemas"]["TenderState"];
            regime: components["schemas"]["TenderRegime"];
            procedureTypeId: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            submissionDeadline: string | null;
            lotCount: number;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            leadUserId: string;
            /**
             * @description Counts the changes of the tender and its lots, team and schemes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            capacities: components["schemas"]["TenderCapacity"][];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        TenderTeamCandidate: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
            /** @description Capacities held on the team already */
            held: components["schemas"]["TenderTeamCapacity"][];
            /** @description Capacities the user may be added in: allowed by the role, not yet held */
            available: components["schemas"]["TenderTeamCapacity"][];
        };
        /** @description The enabled officers and reviewers of the tender’s authority, in the order their accounts were created, with the capacities each may still take */
        TenderTeamCandidateListResponse: {
            candidates: components["schemas"]["TenderTeamCandidate"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        /**
         * @description `officer`: prepares and runs the procedure (the lead is one); `openingOfficer`: opens the bids (§ 55 (2) VgV); `openingDeputy`: stands in for one opening officer; `evaluator`: scores the bids; `reviewer`: reads and checks
         * @enum {string}
         */
        TenderTeamCapacity: "officer" | "openingOfficer" | "openingDeputy" | "evaluator" | "reviewer";
        TenderTeamFinding: {
            id: string;
            message: components["schemas"]["LocalizedText"];
            source: string;
            /**
             * Format: uuid
             * @description The member concerned, if one is
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string | null;
        };
        TenderTeamMember: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
            /** @description False for a user disabled since being added */
            enabled: boolean;
            /** @description Whether the member leads the tender */
            lead: boolean;
            capacities: components["schemas"]["TenderTeamMembership"][];
            /** @description Whether the member has declared for every capacity held (§ 6 VgV) */
            declared: boolean;
        };
        TenderTeamMembership: {
            capacity: components["schemas"]["TenderTeamCapacity"];
            /** @description For `openingDeputy`: the opening officer stood in for; else null */
            deputyFor: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                userId: string;
                displayName: string;
            } | null;
            addedBy: components["schemas"]["TenderTeamPerson"];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            addedAt: string;
            /**
             * Format: date-time
             * @description When the member declared no conflict of interest for this capacity (§ 6 VgV); null until then. A capacity added after a declaration needs a declaration of its own.
             * @example 2026-12-01T09:30:00.000Z
             */
            declaredAt: string | null;
            /** @description The version of the declaration text declared; null until declared */
            declarationVersion: string | null;
        };
        TenderTeamPerson: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            userId: string;
            displayName: string;
        };
        /** @description The tender’s team in the order added, one entry per user with its capacities */
        TenderTeamResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            tenderId: string;
            /** @description The tender’s version; send it with a change */
            version: number;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            leadUserId: string;
            members: components["schemas"]["TenderTeamMember"][];
            /** @description What the team lacks for the publication (empty when nothing): the lead is an officer, three opening officers each with a deputy, every member declared */
            findings: components["schemas"]["TenderTeamFinding"][];
            declarationText: components["schemas"]["ConflictDeclarationText"];
        };
        TenderThreshold: {
            table: {
                id: string;
                version: string;
            };
            /** @enum {string} */
            comparedWith: "VgV" | "SektVO" | "VSVgV";
            classification: components["schemas"]["ThresholdClassification"];
            problem: string | null;
            regimeFits: boolean | null;
            note: components["schemas"]["LocalizedText"] & (Record<string, never> | null);
        } | null;
        TenderValue: {
            estimatedValue: components["schemas"]["ContractValueInput"];
            /** Format: date */
            estimatedOn: string | null;
            contractValue: components["schemas"]["ContractValue"];
            matchesLots: boolean | null;
            threshold: components["schemas"]["TenderThreshold"];
        };
        /**
         * @example {
         *       "version": 7
         *     }
         */
        TenderVersionInput: {
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
        };
        TenderVersionResponse: {
            tenderVersion: number;
        };
        ThresholdClassification: {
            /** @enum {string} */
            position: "above" | "below";
            value: components["schemas"]["EuroAmount"];
            threshold: components["schemas"]["ThresholdRow"];
            margin: string;
            consequence: {
                /** @enum {string} */
                law: "eu" | "national";
                /** @enum {string|null} */
                regime: "VgV" | "SektVO" | "VSVgV" | "UVgO" | null;
                summary: components["schemas"]["LocalizedText"];
                provisions: string[];
            };
            explanation: components["schemas"]["LocalizedText"];
        } | null;
        ThresholdRow: {
            /**
             * @example csf.sov-1
             * @example c3a.sov-4-09-c
             * @example assurance.c5-type-2
             */
            id: string;
            /** @enum {string} */
            regime: "VgV" | "SektVO" | "VSVgV";
            authorityKinds: ("federalUpperAuthority" | "otherPublicAuthority" | "sectorEntity" | "defenceSecurity")[];
            /** @enum {string} */
            contractKind: "suppliesServices" | "works" | "socialServices" | "designContest";
            amount: components["schemas"]["EuroAmount"];
            /** @enum {string} */
            currency: "EUR";
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string;
            sources: components["schemas"]["CatalogueSource"][];
            verified: boolean;
            checkedAgainst?: string;
            note?: components["schemas"]["LocalizedText"];
        };
        TopsisAdvice: {
            /** @enum {boolean} */
            advisory: true;
            /** @description What the method is, and that it only advises */
            note: {
                de: string;
                en: string;
            };
            ranking: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                optionId: string;
                rank: number;
                closeness: number;
            }[];
        } | null;
        TopsisResult: {
            /** @enum {boolean} */
            advisory: true;
            note: string;
            ranking: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                rank: number;
                closeness: number;
            }[];
        } | null;
        /** @description A new key, not stored yet: send it back with the first code to confirm the set-up. */
        TotpEnrolmentResponse: {
            /**
             * @description The `otpauth://` URI authenticator apps read
             * @example otpauth://totp/Tenderwise:a.officer%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Tenderwise&algorithm=SHA1&digits=6&period=30
             */
            keyUri: string;
            /**
             * @description The key URI as an SVG QR code, to show inline
             * @example <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 41 41">…</svg>
             */
            qrCodeSvg: string;
            /**
             * @description The TOTP key in base32 (RFC 4648)
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
        };
        /**
         * @example {
         *       "userId": "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f"
         *     }
         */
        TransferOptionsReviewLeadInput: {
            /**
             * Format: uuid
             * @description A member of the review with the role officer
             * @example 3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f
             */
            userId: string;
        };
        UnjudgedCriterion: {
            /**
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            criterionId: string;
            /** @enum {string} */
            legalType: "exclusion" | "restricted" | "suitability" | "minimum" | "condition";
            title: components["schemas"]["LocalizedText"];
        };
        /**
         * @example {
         *       "name": "openDesk beim Landesdienstleister",
         *       "offer": {
         *         "answers": {
         *           "concept": "Betrieb durch den Landesdienstleister im eigenen Rechenzentrum, 24/7-Bereitschaft."
         *         },
         *         "assessments": {},
         *         "price": {
         *           "costs": {
         *             "egressPerYear": 0,
         *             "exit": 150000,
         *             "migrationIn": 400000,
         *             "oneOff": 250000,
         *             "recurringPerYear": 1200000
         *           },
         *           "kind": "lifeCycleCost"
         *         }
         *       },
         *       "serviceName": "openDesk",
         *       "vendorName": "Dataport AöR (fiktiv)",
         *       "version": 2
         *     }
         */
        UpdateOptionInput: {
            /** @description Unique within the review */
            name: string;
            vendorName?: string;
            serviceName?: string;
            offer?: components["schemas"]["OptionOffer"];
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
        };
        /**
         * @example {
         *       "referenceDate": "2027-02-01",
         *       "version": 3
         *     }
         */
        UpdateOptionsReviewInput: {
            title?: string;
            /** @description What the review is to decide, and for whom */
            purpose?: string;
            /**
             * Format: date
             * @description The date as of which evidence (attestations, certificates) is judged; every scheme version of the review carries it as its `submissionDeadline`
             * @example 2027-01-15
             */
            referenceDate?: string;
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
        };
        /**
         * @example {
         *       "periodReductions": [
         *         "electronicSubmission"
         *       ],
         *       "submissionDeadline": "2027-03-15T12:00",
         *       "version": 4
         *     }
         */
        UpdateTenderDeadlinesInput: {
            /**
             * @description The submission deadline as a Berlin wall-clock time (`2027-11-02T12:00`); a time that occurs twice when summer time ends needs its offset
             * @example 2027-11-02T12:00
             * @example 2027-10-31T02:30+01:00
             */
            submissionDeadline: string;
            /**
             * @description The end of the time for bidders’ questions; when omitted, the end of the last day for questions the rules compute (answers due six days, in urgency four, before the deadline)
             * @example 2027-11-02T12:00
             * @example 2027-10-31T02:30+01:00
             */
            questionsDeadline?: string;
            /**
             * Format: date
             * @description The last day bids are binding (Bindefrist); when omitted, `bidValidityDays` days after the day of the submission deadline
             */
            bidValidityUntil?: string;
            /** @description Length of the bid validity period when `bidValidityUntil` is omitted; 60 days when this is omitted too */
            bidValidityDays?: number;
            /**
             * @description Reductions of the minimum period claimed: electronic submission (§ 15 (4) VgV), a prior information notice (§ 38 (3) VgV), justified urgency (§ 15 (3) VgV)
             * @default []
             */
            periodReductions: ("electronicSubmission" | "priorInformationNotice" | "urgency")[];
            /** @description The tender’s version you read */
            version: number;
        };
        /**
         * @example {
         *       "estimatedOn": "2027-01-10",
         *       "estimatedValue": {
         *         "contractKind": "suppliesServices",
         *         "lots": [
         *           {
         *             "basis": {
         *               "amount": "180000",
         *               "kind": "totalPrice"
         *             },
         *             "id": "lot-1"
         *           }
         *         ]
         *       },
         *       "noLotsReasons": "Betrieb und Pflege sind technisch nicht trennbar.",
         *       "version": 3
         *     }
         */
        UpdateTenderInput: {
            title?: string;
            description?: string;
            /** @description CPV codes, the main one first (at most 20) */
            cpvCodes?: string[];
            regime?: components["schemas"]["TenderRegime"];
            /**
             * @description An id of the table of procedure types valid for the regime (`vgv.open`, or `open` for short); stored in the long form
             * @example vgv.open
             */
            procedureType?: string;
            /** @description Why the procedure type may be used, for a type that needs a ground (§ 14 (3), (4) VgV; § 13 (2) SektVO; §§ 11–13 VSVgV; § 8 (3), (4) UVgO) */
            procedureGround?: string | null;
            land?: components["schemas"]["TenderLand"];
            authorityKind?: components["schemas"]["TenderAuthorityKind"];
            contractKind?: components["schemas"]["TenderContractKind"];
            /**
             * @description The estimate of the contract value (§ 3 VgV), null to remove it. Its lots are the tender’s lots by id `lot-<number>` (`lot-1`, `lot-2`, …): each lot of the tender exactly once, and its `contractKind` the tender’s
             * @example {
             *       "contractKind": "suppliesServices",
             *       "lots": [
             *         {
             *           "additions": [
             *             {
             *               "amount": "36000",
             *               "description": "One renewal of twelve months",
             *               "kind": "extension"
             *             }
             *           ],
             *           "basis": {
             *             "kind": "periodicPrice",
             *             "monthlyAmount": "3000",
             *             "termMonths": 36
             *           },
             *           "id": "hosting"
             *         },
             *         {
             *           "basis": {
             *             "amount": "40000",
             *             "kind": "totalPrice"
             *           },
             *           "id": "migration"
             *         }
             *       ],
             *       "smallLotIds": [
             *         "migration"
             *       ]
             *     }
             */
            estimatedValue?: {
                /** @enum {string} */
                contractKind: "suppliesServices" | "works" | "socialServices" | "designContest";
                lots: {
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    id: string;
                    title?: string;
                    basis: {
                        /** @enum {string} */
                        kind: "totalPrice";
                        amount: components["schemas"]["EuroAmount"];
                    } | {
                        /** @enum {string} */
                        kind: "periodicPrice";
                        monthlyAmount: components["schemas"]["EuroAmount"];
                        termMonths: number | null;
                    } | {
                        /** @enum {string} */
                        kind: "recurringPreviousYear";
                        previousYearAmount: components["schemas"]["EuroAmount"];
                        expectedIncrease?: components["schemas"]["EuroAmount"];
                        expectedDecrease?: components["schemas"]["EuroAmount"];
                    } | {
                        /** @enum {string} */
                        kind: "recurringFollowingYear";
                        amount: components["schemas"]["EuroAmount"];
                    } | {
                        /** @enum {string} */
                        kind: "frameworkAgreement";
                        callOffsAmount: components["schemas"]["EuroAmount"];
                    };
                    /** @default [] */
                    additions: {
                        /** @enum {string} */
                        kind: "option" | "extension";
                        description: string;
                        amount: components["schemas"]["EuroAmount"];
                    }[];
                    paymentsToParticipants?: components["schemas"]["EuroAmount"];
                    suppliedByAuthority?: components["schemas"]["EuroAmount"];
                }[];
                /** @default [] */
                smallLotIds: string[];
            } | null;
            /**
             * Format: date
             * @description The day of the estimate (§ 3 (3) VgV), which decides the threshold table that applies; today (Berlin) when a value is given without it
             */
            estimatedOn?: string;
            /** @description Why the contract is not divided into lots (§ 97 (4) S. 3 GWB) */
            noLotsReasons?: string | null;
            /** @description At most this many lots per bidder (§ 30 (1) VgV); ≤ the lots */
            maxLotsPerBidder?: number | null;
            /** @description At most this many lots awarded to one bidder (§ 30 (1) VgV); ≤ the lots */
            maxLotsPerAward?: number | null;
            /**
             * @description Counts the changes of the tender and its lots, team and schemes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
        };
        /**
         * @example {
         *       "title": "Betrieb und Pflege",
         *       "version": 5
         *     }
         */
        UpdateTenderLotInput: {
            title?: string;
            description?: string;
            /** @description The tender’s version you read; the change is refused with 409 if the tender changed since */
            version: number;
        };
        UpdateVendorServiceInput: {
            /**
             * @description Unique per vendor
             * @example Sovereign Cloud IaaS, Region DE
             */
            name: string;
            summary?: string;
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
        };
        /**
         * @description The organisation’s users, oldest first
         * @example {
         *       "users": [
         *         {
         *           "createdAt": "2026-12-01T09:31:00.000Z",
         *           "disabledAt": null,
         *           "displayName": "Erika Muster",
         *           "email": "erika.muster@nordlicht.example",
         *           "id": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "organisationId": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *           "passwordSet": false,
         *           "role": "vendor"
         *         }
         *       ]
         *     }
         */
        UserListResponse: {
            users: components["schemas"]["UserResponse"][];
        };
        /**
         * @example {
         *       "createdAt": "2026-12-01T09:31:00.000Z",
         *       "disabledAt": null,
         *       "displayName": "Erika Muster",
         *       "email": "erika.muster@nordlicht.example",
         *       "id": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *       "organisationId": "0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11",
         *       "passwordSet": false,
         *       "role": "vendor"
         *     }
         */
        UserResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            email: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
            /** @description Whether the user has accepted the invitation and set a password */
            passwordSet: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Null while the user is active
             * @example 2026-12-01T09:30:00.000Z
             */
            disabledAt: string | null;
        };
        /**
         * @description `admin` administers the installation, `officer` runs tenders, `reviewer` reads and checks, `vendor` bids for a vendor organisation
         * @enum {string}
         */
        UserRole: "admin" | "officer" | "reviewer" | "vendor";
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
        /**
         * @example {
         *       "contacts": [
         *         {
         *           "email": "vergabe@nordwolke.example",
         *           "name": "Jana Beispiel",
         *           "role": "Public Sector"
         *         }
         *       ],
         *       "legalName": "Nordwolke GmbH (fiktiv)",
         *       "ownerChain": [
         *         {
         *           "controls": true,
         *           "country": "DE",
         *           "name": "Nordwolke Holding SE (fiktiv)",
         *           "sharePercent": 100
         *         }
         *       ],
         *       "registeredOffice": {
         *         "city": "Hamburg",
         *         "country": "DE",
         *         "postalCode": "20457",
         *         "street": "Hafenstraße 1"
         *       }
         *     }
         */
        VendorProfile: {
            legalName: string;
            registeredOffice: {
                street?: string;
                postalCode?: string;
                city: string;
                country: string;
            };
            /** @default [] */
            ownerChain: {
                name: string;
                /** @description Where the company is incorporated */
                country: string;
                sharePercent?: number;
                controls: boolean;
            }[];
            /** @default [] */
            contacts: {
                name: string;
                role?: string;
                /** Format: email */
                email: string;
                phone?: string;
            }[];
            /** Format: uri */
            website?: string;
        };
        VendorProfileResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            profile: components["schemas"]["VendorProfile"];
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        VendorServiceListResponse: {
            items: components["schemas"]["VendorServiceResponse"][];
            /**
             * @description Send as `cursor` to get the next page; null when this is the last page
             * @example WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ
             */
            nextCursor: string | null;
        };
        VendorServiceResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            organisationId: string;
            vendorName: string;
            name: string;
            summary: string | null;
            latestPublished: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                number: number;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                publishedAt: string | null;
            } | null;
            draft: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                number: number;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                publishedAt: string | null;
            } | null;
            /**
             * @description Counts the changes; send the version you read with a change, and the change is refused with 409 if somebody else changed it since
             * @example 3
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        VerificationListResponse: {
            items: components["schemas"]["VerificationResponse"][];
        };
        VerificationResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            versionId: string;
            versionNumber: number;
            attestationId: string;
            /** Format: date */
            checkedOn: string;
            /** @enum {string} */
            method: "issuerRegister" | "report" | "bridgeLetter" | "other";
            /** @enum {string} */
            result: "confirmed" | "discrepancies" | "notConfirmed";
            note: string | null;
            recordedBy: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                displayName: string;
            };
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            recordedAt: string;
        };
        VersionComparisonResponse: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            serviceId: string;
            from: number;
            to: number;
            differences: {
                pointer: string;
                /** @enum {string} */
                kind: "added" | "removed" | "changed";
                before?: unknown;
                after?: unknown;
            }[];
        };
        WeighedSiblingSet: {
            input: components["schemas"]["WeightSetEntry"];
            weightsBp: components["schemas"]["NodeWeights"];
            /** @description For `ahp` only; null otherwise */
            consistency: {
                /** @description CR = CI/RI; 0 for two items */
                consistencyRatio: number;
                /** @description CR ≤ 0.10 (Saaty) */
                acceptable: boolean;
                randomIndexTable: components["schemas"]["RandomIndexTable"];
                /** @description When not acceptable: up to five judgements furthest from the ratio of the priorities, worst first; reconsider the first and compute again. Empty when acceptable. */
                inconsistentPairs: {
                    /**
                     * @description The item the judgement favours
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    rowId: string;
                    /**
                     * @example SOV-4
                     * @example price
                     * @example bid-a
                     */
                    columnId: string;
                    /** @description The judgement, at least 1 */
                    given: number;
                    /** @description The ratio of the two priorities */
                    implied: number;
                    /** @description |ln(given / implied)| */
                    deviation: number;
                }[];
            } | null;
        };
        WeightAdoption: {
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            id: string;
            /**
             * @description The scheme version the weights are for; only the latest takes new weights
             * @example 2
             */
            schemeVersion: number;
            /** @description 1, 2, 3 … per scheme version */
            number: number;
            kind: components["schemas"]["WeightAdoptionKind"];
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            memberUserId: string | null;
            weightsBp: components["schemas"]["NodeWeights"];
            reason: string;
            /**
             * Format: uuid
             * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
             */
            adoptedBy: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            adoptedAt: string;
        };
        /**
         * @description `geometricMean`: the AHP analysis of the members’ judgements combined cell by cell by the geometric mean (Aczél & Saaty 1983); `mean`: the arithmetic mean of the members’ weights; `member`: one member’s set; `custom`: weights given explicitly
         * @enum {string}
         */
        WeightAdoptionKind: "geometricMean" | "mean" | "member" | "custom";
        WeightSetEntry: {
            /**
             * @description The group whose children are weighed; null for the top level of the award tree
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            /** @enum {string} */
            method: "directPoints";
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                /** @description A decimal number, read exactly */
                points: number;
            }[];
        } | {
            /**
             * @description The group whose children are weighed; null for the top level of the award tree
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            /** @enum {string} */
            method: "rankOrderCentroid";
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                rank: number;
            }[];
        } | {
            /**
             * @description The group whose children are weighed; null for the top level of the award tree
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            /** @enum {string} */
            method: "swing";
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
                /** @description A decimal number, read exactly */
                points: number;
            }[];
        } | {
            /**
             * @description The group whose children are weighed; null for the top level of the award tree
             * @example SOV-4
             * @example price
             * @example bid-a
             */
            parentId: string | null;
            /** @enum {string} */
            method: "ahp";
            items: {
                /**
                 * @example SOV-4
                 * @example price
                 * @example bid-a
                 */
                id: string;
            }[];
            /** @description Row i, column j: how many times more important item i is than item j (Saaty’s scale 1 to 9, reciprocals for the reverse), rows in the order of `items` */
            judgements: number[][];
        };
        /**
         * @example {
         *       "adopted": {
         *         "adoptedAt": "2027-01-21T14:00:00.000Z",
         *         "adoptedBy": "6e8d3c2b-9f5a-4b7c-8d4e-3f2a1b0c9d8e",
         *         "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *         "kind": "mean",
         *         "memberUserId": null,
         *         "number": 1,
         *         "reason": "Der Ausschuss übernimmt das Mittel der Gewichtungen.",
         *         "schemeVersion": 2,
         *         "weightsBp": {
         *           "exit": 2000,
         *           "operations": 4000,
         *           "price": 2000,
         *           "quality": 6000,
         *           "security": 6000
         *         }
         *       },
         *       "adoptions": [
         *         {
         *           "adoptedAt": "2027-01-21T14:00:00.000Z",
         *           "adoptedBy": "6e8d3c2b-9f5a-4b7c-8d4e-3f2a1b0c9d8e",
         *           "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *           "kind": "mean",
         *           "memberUserId": null,
         *           "number": 1,
         *           "reason": "Der Ausschuss übernimmt das Mittel der Gewichtungen.",
         *           "schemeVersion": 2,
         *           "weightsBp": {
         *             "exit": 2000,
         *             "operations": 4000,
         *             "price": 2000,
         *             "quality": 6000,
         *             "security": 6000
         *           }
         *         }
         *       ],
         *       "group": {
         *         "geometricMean": {
         *           "sets": [
         *             {
         *               "consistency": {
         *                 "acceptable": true,
         *                 "consistencyRatio": 0,
         *                 "inconsistentPairs": [],
         *                 "randomIndexTable": "saaty-2005"
         *               },
         *               "members": 1,
         *               "parentId": null,
         *               "weightsBp": {
         *                 "exit": 2000,
         *                 "price": 2000,
         *                 "quality": 6000
         *               }
         *             },
         *             {
         *               "consistency": null,
         *               "members": 0,
         *               "parentId": "quality",
         *               "weightsBp": null
         *             }
         *           ],
         *           "weightsBp": null
         *         },
         *         "mean": {
         *           "sets": [
         *             {
         *               "consistency": null,
         *               "members": 1,
         *               "parentId": null,
         *               "weightsBp": {
         *                 "exit": 2000,
         *                 "price": 2000,
         *                 "quality": 6000
         *               }
         *             },
         *             {
         *               "consistency": null,
         *               "members": 1,
         *               "parentId": "quality",
         *               "weightsBp": {
         *                 "operations": 4000,
         *                 "security": 6000
         *               }
         *             }
         *           ],
         *           "weightsBp": {
         *             "exit": 2000,
         *             "operations": 4000,
         *             "price": 2000,
         *             "quality": 6000,
         *             "security": 6000
         *           }
         *         }
         *       },
         *       "latestSchemeVersion": 2,
         *       "memberSets": [
         *         {
         *           "savedAt": "2027-01-20T09:30:00.000Z",
         *           "sets": [
         *             {
         *               "consistency": {
         *                 "acceptable": true,
         *                 "consistencyRatio": 0,
         *                 "inconsistentPairs": [],
         *                 "randomIndexTable": "saaty-2005"
         *               },
         *               "input": {
         *                 "items": [
         *                   {
         *                     "id": "price"
         *                   },
         *                   {
         *                     "id": "quality"
         *                   },
         *                   {
         *                     "id": "exit"
         *                   }
         *                 ],
         *                 "judgements": [
         *                   [
         *                     1,
         *                     0.3333333333333333,
         *                     1
         *                   ],
         *                   [
         *                     3,
         *                     1,
         *                     3
         *                   ],
         *                   [
         *                     1,
         *                     0.3333333333333333,
         *                     1
         *                   ]
         *                 ],
         *                 "method": "ahp",
         *                 "parentId": null
         *               },
         *               "weightsBp": {
         *                 "exit": 2000,
         *                 "price": 2000,
         *                 "quality": 6000
         *               }
         *             },
         *             {
         *               "consistency": null,
         *               "input": {
         *                 "items": [
         *                   {
         *                     "id": "security",
         *                     "points": 60
         *                   },
         *                   {
         *                     "id": "operations",
         *                     "points": 40
         *                   }
         *                 ],
         *                 "method": "directPoints",
         *                 "parentId": "quality"
         *               },
         *               "weightsBp": {
         *                 "operations": 4000,
         *                 "security": 6000
         *               }
         *             }
         *           ],
         *           "userId": "5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d",
         *           "weightsBp": {
         *             "exit": 2000,
         *             "operations": 4000,
         *             "price": 2000,
         *             "quality": 6000,
         *             "security": 6000
         *           }
         *         }
         *       ],
         *       "schemeVersion": 2,
         *       "siblingSets": [
         *         {
         *           "nodeIds": [
         *             "price",
         *             "quality",
         *             "exit"
         *           ],
         *           "parentId": null,
         *           "schemeWeightsBp": {
         *             "exit": 2000,
         *             "price": 3000,
         *             "quality": 5000
         *           }
         *         },
         *         {
         *           "nodeIds": [
         *             "security",
         *             "operations"
         *           ],
         *           "parentId": "quality",
         *           "schemeWeightsBp": {
         *             "operations": 5000,
         *             "security": 5000
         *           }
         *         }
         *       ]
         *     }
         */
        WeightingResponse: {
            /**
             * @description The scheme version the weights are for; only the latest takes new weights
             * @example 2
             */
            schemeVersion: number;
            /**
             * @description The scheme version the weights are for; only the latest takes new weights
             * @example 2
             */
            latestSchemeVersion: number;
            siblingSets: components["schemas"]["SiblingSet"][];
            memberSets: components["schemas"]["MemberWeightSet"][];
            group: {
                geometricMean: components["schemas"]["GroupWeights"];
                mean: components["schemas"]["GroupWeights"];
            };
            adoptions: components["schemas"]["WeightAdoption"][];
            /** @description The latest adoption; null before */
            adopted: {
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                id: string;
                /**
                 * @description The scheme version the weights are for; only the latest takes new weights
                 * @example 2
                 */
                schemeVersion: number;
                /** @description 1, 2, 3 … per scheme version */
                number: number;
                kind: components["schemas"]["WeightAdoptionKind"];
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                memberUserId: string | null;
                weightsBp: components["schemas"]["NodeWeights"];
                reason: string;
                /**
                 * Format: uuid
                 * @example 0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11
                 */
                adoptedBy: string;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                adoptedAt: string;
            } | null;
        };
        /**
         * @example {
         *       "method": "swing",
         *       "weights": {
         *         "desk": 0.08,
         *         "exit": 0.2,
         *         "price": 0.4,
         *         "security": 0.32
         *       },
         *       "weightsBp": {
         *         "desk": 800,
         *         "exit": 2000,
         *         "price": 4000,
         *         "security": 3200
         *       }
         *     }
         */
        WeightsResponse: {
            /** @enum {string} */
            method: "swing" | "rankOrderCentroid" | "directPoints";
            /** @description Each item’s exact share of the whole, rounded half to even to six decimals */
            weights: {
                [key: string]: number;
            };
            /** @description The exact shares in whole basis points, summing to exactly 10,000 (largest remainder) */
            weightsBp: {
                [key: string]: number;
            };
        };
        WhatIfModel: {
            nodes: {
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
                share: number;
                /** @description Column of a leaf in `shares`; −1 for a group */
                column: number;
            }[];
            criterionIds: string[];
            /** @description Admitted options in the exact engine’s rank order */
            optionIds: string[];
            /** @description Options × leaves */
            shares: number[][];
            /** @description Per option; null where a price of zero or below makes Z unbounded (ranks first) */
            rowFactor: (number | null)[];
            priceColumn: number;
            price: number[];
            corridor: {
                fraction: number;
                /** @enum {string} */
                decidedBy: "lowestPrice" | "highestPerformance";
            } | null;
        } | null;
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
    getOwnAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user, or the API key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnAccountResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The password is set; log in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    checkInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInvitationRequest"];
            };
        };
        responses: {
            /** @description The link’s status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationStatusResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    loginWithPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description The password was right; the session cookie is set */
            200: {
                headers: {
                    /** @description The new session */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    completeRecoveryCodeLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorRequest"];
            };
        };
        responses: {
            /** @description Signed in; the new session cookie is set */
            200: {
                headers: {
                    /** @description The new session */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    completeTotpLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorRequest"];
            };
        };
        responses: {
            /** @description Signed in; the new session cookie is set */
            200: {
                headers: {
                    /** @description The new session */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out; the cookie is cleared */
            204: {
                headers: {
                    /** @description The blank cookie */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description The password is changed; other sessions have ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOwnSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live sessions, newest first as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnSessionsResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    endOwnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
            404: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    checkSetupToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckSetupTokenRequest"];
            };
        };
        responses: {
            /** @description The link’s status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupTokenStatusResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    completeSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteSetupRequest"];
            };
        };
        responses: {
            /** @description The administrator exists and is signed in; the session cookie is set */
            201: {
                headers: {
                    /** @description The new session */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupCompletedResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    startTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new key to put into the authenticator app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolmentResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    confirmTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmTotpEnrolmentRequest"];
            };
        };
        responses: {
            /** @description TOTP is set up; keep the recovery codes */
            200: {
                headers: {
                    /** @description The new session */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    resetOwnTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetOwnTotpRequest"];
            };
        };
        responses: {
            /** @description TOTP is removed; the new session cookie is set */
            200: {
                headers: {
                    /** @description The new session */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    weighByAhp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AhpRequest"];
            };
        };
        responses: {
            /** @description The priorities and their consistency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AhpResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    weighByDirectPoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "SOV-1",
                 *           "points": 15
                 *         },
                 *         {
                 *           "id": "SOV-2",
                 *           "points": 10
                 *         },
                 *         {
                 *           "id": "SOV-3",
                 *           "points": 10
                 *         },
                 *         {
                 *           "id": "SOV-4",
                 *           "points": 15
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DirectPointsWeightsRequest"];
            };
        };
        responses: {
            /** @description The weights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "method": "directPoints",
                     *       "weights": {
                     *         "SOV-1": 0.3,
                     *         "SOV-2": 0.2,
                     *         "SOV-3": 0.2,
                     *         "SOV-4": 0.3
                     *       },
                     *       "weightsBp": {
                     *         "SOV-1": 3000,
                     *         "SOV-2": 2000,
                     *         "SOV-3": 2000,
                     *         "SOV-4": 3000
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WeightsResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
            /** @description Temporarily unavailable */
            503: {
                headers: {
                    /** @description Seconds after which a retry can be served, where the server knows */
                    "retry-after"?: number;
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    weighByRankOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "sovereignty",
                 *           "rank": 1
                 *         },
                 *         {
                 *           "id": "security",
                 *           "rank": 2
                 *         },
                 *         {
                 *           "id": "exit",
                 *           "rank": 2
                 *         },
                 *         {
                 *           "id": "price",
                 *           "rank": 3
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RankOrderWeightsRequest"];
            };
        };
        responses: {
            /** @description The weights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "method": "rankOrderCentroid",
                     *       "weights": {
                     *         "exit": 0.208333,
                     *         "price": 0.0625,
                     *         "security": 0.208333,
                     *         "sovereignty": 0.520833
                     *       },
                     *       "weightsBp": {
                     *         "exit": 2083,
                     *         "price": 625,
                     *         "security": 2083,
                     *         "sovereignty": 5209
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WeightsResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    analyseSensitivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SensitivityRequest"];
            };
        };
        responses: {
            /** @description Stability intervals, swap points and, if asked for, SMAA results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SensitivityResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
            /** @description Temporarily unavailable */
            503: {
                headers: {
                    /** @description Seconds after which a retry can be served, where the server knows */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    simulateRobustness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateRequest"];
            };
        };
        responses: {
            /** @description The robustness report, and the TOPSIS ranking if options were given */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulateResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
            /** @description Temporarily unavailable */
            503: {
                headers: {
                    /** @description Seconds after which a retry can be served, where the server knows */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    weighBySwing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "price",
                 *           "points": 100
                 *         },
                 *         {
                 *           "id": "security",
                 *           "points": 80
                 *         },
                 *         {
                 *           "id": "exit",
                 *           "points": 50
                 *         },
                 *         {
                 *           "id": "desk",
                 *           "points": 20
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SwingWeightsRequest"];
            };
        };
        responses: {
            /** @description The weights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "method": "swing",
                     *       "weights": {
                     *         "desk": 0.08,
                     *         "exit": 0.2,
                     *         "price": 0.4,
                     *         "security": 0.32
                     *       },
                     *       "weightsBp": {
                     *         "desk": 800,
                     *         "exit": 2000,
                     *         "price": 4000,
                     *         "security": 3200
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WeightsResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyInput"];
            };
        };
        responses: {
            /** @description The new key and, this once, its token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listAuthorities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authorities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorityListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getCatalogueIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogues and the share of verified entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueIndexResponse"];
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
    listCatalogueEntries: {
        parameters: {
            query?: {
                catalogue?: string;
                kind?: "requirement" | "sovereigntyObjective" | "assuranceLevel" | "c3aCriterion" | "attestation" | "law" | "ruling" | "costTemplate";
                legalType?: "exclusion" | "restricted" | "suitability" | "minimum" | "award" | "condition";
                verified?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueEntryListResponse"];
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
    getCatalogueEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredCatalogueEntry"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
            404: {
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
    listCatalogueRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleListResponse"];
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
    getDemoDataStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the demo may be loaded, and why not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoDataStatusResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    loadDemoData: {
        parameters: {
            query?: {
                /** @description `signIns`: answer the sign-in credentials of the people this load creates, for the administrator loading the demo on a server only this machine can reach (the setup page shows them once). They are in the credentials file all the same. */
                include?: "signIns";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was created, and where the credentials are */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoDataLoadResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The installation does not take the demo: reachable by others, or real data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The demo data was not loaded: This installation holds real data (organisations or users besides the administrators and their authorities), among which fictional ones would be mistaken for real. Load the demo into an installation of its own (another DATA_DIR or database).",
                     *       "instance": "/api/v1/demo-data",
                     *       "requestId": "5f0c6a52-8d3e-4e43-9a6c-3b1f0f2d7a10",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "/api/problems/conflict"
                     *     }
                     */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    assessLegalExposure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalExposureRequest"];
            };
        };
        responses: {
            /** @description The answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalExposureResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
    listNotices: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    markNoticeRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice, read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
            404: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOptionsReviews: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
                /** @description Only reviews in this status */
                status?: "draft" | "inReview" | "concluded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reviews */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createOptionsReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOptionsReviewInput"];
            };
        };
        responses: {
            /** @description The new review */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    updateOptionsReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOptionsReviewInput"];
            };
        };
        responses: {
            /** @description The changed review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    transferOptionsReviewLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferOptionsReviewLeadInput"];
            };
        };
        responses: {
            /** @description The review with its new lead */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewMatrixCsv: {
        parameters: {
            query?: {
                /** @description Which scheme version the report is on; when left out the latest, and for a concluded review the version it concluded on */
                schemeVersion?: number;
                /** @description The language of the document; German when left out */
                lang?: "de" | "en";
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matrix as CSV */
            200: {
                headers: {
                    /** @description attachment, with the file name (review title, scheme version, as-of date) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewMatrixXlsx: {
        parameters: {
            query?: {
                /** @description Which scheme version the report is on; when left out the latest, and for a concluded review the version it concluded on */
                schemeVersion?: number;
                /** @description The language of the document; German when left out */
                lang?: "de" | "en";
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matrix as an XLSX workbook */
            200: {
                headers: {
                    /** @description attachment, with the file name (review title, scheme version, as-of date) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOptionsReviewMemberCandidates: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of candidates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewMemberCandidateListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    addOptionsReviewMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddOptionsReviewMemberInput"];
            };
        };
        responses: {
            /** @description The review with its members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    removeOptionsReviewMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review with its remaining members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOptionsReviewOptions: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of options */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createOptionsReviewOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOptionInput"];
            };
        };
        responses: {
            /** @description The new option, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createOptionsReviewOptionFromRegistry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOptionFromRegistryInput"];
            };
        };
        responses: {
            /** @description The new option, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    importOptionsReviewOptions: {
        parameters: {
            query?: {
                /** @description Language of headings and messages; without it, the first of de or en in Accept-Language, else en */
                lang?: "de" | "en";
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description The new options, each at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionImportResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 4 MiB (4194304 bytes) */
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
            /** @description The file was not imported: each error names its row and column */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The file was not imported: 2 errors. No option was created.",
                     *       "errors": [
                     *         {
                     *           "column": "E",
                     *           "detail": "“99,9x” is not a number; write e.g. 1.234,56 (with a decimal comma).",
                     *           "in": "body",
                     *           "pointer": "",
                     *           "row": 3
                     *         },
                     *         {
                     *           "column": "A",
                     *           "detail": "Row 2 has the same name already.",
                     *           "in": "body",
                     *           "pointer": "",
                     *           "row": 4
                     *         }
                     *       ],
                     *       "instance": "/api/v1/options-reviews/7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60/options/import",
                     *       "requestId": "5f0c6a52-8d3e-4e43-9a6c-3b1f0f2d7a10",
                     *       "status": 422,
                     *       "title": "The request is invalid",
                     *       "type": "/api/problems/validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewImportTemplate: {
        parameters: {
            query?: {
                /** @description XLSX workbook, or CSV with semicolons, UTF-8 with BOM */
                format?: "xlsx" | "csv";
                /** @description Language of headings and messages; without it, the first of de or en in Accept-Language, else en */
                lang?: "de" | "en";
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template, as an attachment */
            200: {
                headers: {
                    /** @description attachment, with the file name */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    updateOptionsReviewOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                optionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOptionInput"];
            };
        };
        responses: {
            /** @description The option at its next version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    deleteOptionsReviewOption: {
        parameters: {
            query?: {
                /** @description The version you read: when given, the deletion is refused with 409 if the option changed since */
                version?: string;
            };
            header?: never;
            path: {
                reviewId: string;
                optionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The option is removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewReport: {
        parameters: {
            query?: {
                /** @description Which scheme version the report is on; when left out the latest, and for a concluded review the version it concluded on */
                schemeVersion?: number;
            };
            header?: never;
            path: {
                reviewId: string;
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
                    "application/json": components["schemas"]["OptionsReviewReport"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewReportPdf: {
        parameters: {
            query?: {
                /** @description Which scheme version the report is on; when left out the latest, and for a concluded review the version it concluded on */
                schemeVersion?: number;
                /** @description The language of the document; German when left out */
                lang?: "de" | "en";
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as PDF */
            200: {
                headers: {
                    /** @description attachment, with the file name (review title, scheme version, as-of date) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewResults: {
        parameters: {
            query?: {
                /** @description Which scheme version; the latest when left out, and for a concluded review the version it concluded on */
                schemeVersion?: number;
            };
            header?: never;
            path: {
                reviewId: string;
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
                    "application/json": components["schemas"]["OptionsReviewResults"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOptionsReviewSchemeVersions: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    saveOptionsReviewSchemeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSchemeVersionInput"];
            };
        };
        responses: {
            /** @description The saved version, with its commitment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewSchemeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                /** @description The version’s number, or `latest` */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its scheme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewScoring: {
        parameters: {
            query?: {
                /** @description Which version’s scores; the latest when left out */
                schemeVersion?: number;
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scoring as the caller may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    recordOptionsReviewConsensus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsensusInput"];
            };
        };
        responses: {
            /** @description The scoring with the consensus recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    saveOptionsReviewScoreSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveScoreSheetInput"];
            };
        };
        responses: {
            /** @description The scoring with the saved draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    submitOptionsReviewScoreSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitScoreSheetInput"];
            };
        };
        responses: {
            /** @description The scoring after submitting, with the others’ submitted scores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    changeOptionsReviewStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOptionsReviewStatusInput"];
            };
        };
        responses: {
            /** @description The review in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReviewResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getOptionsReviewWeighting: {
        parameters: {
            query?: {
                /** @description Which version’s weighting; the latest when left out */
                schemeVersion?: number;
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The weighting of the scheme version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeightingResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    adoptOptionsReviewWeights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptWeightsInput"];
            };
        };
        responses: {
            /** @description The weighting with the adoption appended */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeightingResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    saveOptionsReviewWeightSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveWeightSetInput"];
            };
        };
        responses: {
            /** @description The weighting with the caller’s set saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeightingResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationInput"];
            };
        };
        responses: {
            /** @description The new organisation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOrganisationApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    disableOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled organisation, and how many sessions ended and keys were revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationChangeResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    enableOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation, active again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserInput"];
            };
        };
        responses: {
            /** @description The new user and their invitation link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listPublishedTenders: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
                /** @description `open`: the submission period runs (`published`); `closed`: every later state, cancelled ones included; all published tenders when omitted */
                state?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of published tenders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTenderListResponse"];
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
    getPublishedTender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published tender */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTenderResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listPublishedTenderAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTenderAnswerListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    registerTenderInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Interest is registered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderInterestResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    withdrawTenderInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Interest is withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderInterestResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getPublishedTenderSchemeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
                lotNumber: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scheme version with its scheme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedSchemeVersionResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listOwnTenderQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your questions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnTenderQuestionListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    askTenderQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskTenderQuestionInput"];
            };
        };
        responses: {
            /** @description The question as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AskedTenderQuestion"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    recommendCriteria: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationRequest"];
            };
        };
        responses: {
            /** @description The recommendations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationResponse"];
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
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
    searchRegistry: {
        parameters: {
            query?: {
                q?: string;
                attestation?: string;
                keyControl?: string;
                dataIn?: "eea" | "de";
                sealAtLeast?: string;
                c3a?: string;
                validOn?: string;
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching services */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrySearchResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getRegistryService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryServiceResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    compareRegistryVersions: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The differences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionComparisonResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    downloadRegistryEvidenceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    /** @description attachment, with the generated file name `<document id>.<extension>` */
                    "content-disposition"?: string;
                    /** @description The SHA-256 of the file, hex, quoted */
                    etag?: string;
                    /** @description The SHA-256 of the file (RFC 9530): `sha-256=:<base64>:` */
                    "repr-digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getRegistryVersion: {
        parameters: {
            query?: {
                validOn?: string;
            };
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryVersionResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    assessRegistryLegalExposure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The findings and the input they were derived from */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryLegalExposureResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listRegistryVerifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    recordRegistryVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVerificationInput"];
            };
        };
        responses: {
            /** @description The recorded verification */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listEvaluationTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates, by id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateListResponse"];
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
    getEvaluationTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationTemplate"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
            404: {
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
    listTenders: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tenders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createTender: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenderInput"];
            };
        };
        responses: {
            /** @description The new tender */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderProcedureTypes: {
        parameters: {
            query: {
                /** @description The regime whose procedure types are listed */
                regime: "VgV" | "SektVO" | "VSVgV" | "UVgO";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The procedure types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderProcedureTypeListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getTender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tender */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    updateTender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenderInput"];
            };
        };
        responses: {
            /** @description The changed tender */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    cancelTender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelTenderInput"];
            };
        };
        responses: {
            /** @description The cancelled tender */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderCancellationResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    correctTender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectTenderInput"];
            };
        };
        responses: {
            /** @description The correction with the new scheme versions and deadlines */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderCorrectionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    updateTenderDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenderDeadlinesInput"];
            };
        };
        responses: {
            /** @description The stored deadlines and their checks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderDeadlinesResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    declareNoConflictOfInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareNoConflictOfInterestInput"];
            };
        };
        responses: {
            /** @description The team with the declaration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderTeamResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderInterests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interested vendors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderInterestListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderLots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderLotListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createTenderLot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenderLotInput"];
            };
        };
        responses: {
            /** @description The new lot and the tender’s new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderLotResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    deleteTenderLot: {
        parameters: {
            query: {
                /** @description The tender’s version you read; refused with 409 if the tender changed since */
                version: string;
            };
            header?: never;
            path: {
                tenderId: string;
                lotNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tender’s new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderVersionResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    updateTenderLot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
                lotNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenderLotInput"];
            };
        };
        responses: {
            /** @description The changed lot and the tender’s new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderLotResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getTenderLotScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
                lotNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lot’s scheme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderLotSchemeResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    saveTenderLotScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
                lotNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveTenderLotSchemeInput"];
            };
        };
        responses: {
            /** @description The saved draft with the lot’s new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderLotSchemeResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getTenderSchemeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
                lotNumber: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its scheme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderSchemeVersionResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderNotices: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderNoticeListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    approveTenderPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenderVersionInput"];
            };
        };
        responses: {
            /** @description The published tender’s scheme versions with their commitments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderPublicationResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    requestTenderPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenderVersionInput"];
            };
        };
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderPublicationRequestResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    withdrawTenderPublicationRequest: {
        parameters: {
            query: {
                /** @description The tender’s version you read; 409 when it changed since */
                version: string;
            };
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tender without a request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderPublicationRequestResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderQuestions: {
        parameters: {
            query?: {
                /** @description `true`: only questions without an answer */
                unanswered?: "true" | "false";
            };
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderQuestionListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    answerTenderQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerTenderQuestionInput"];
            };
        };
        responses: {
            /** @description The question with its answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderQuestion"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getTenderRecord: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderRecordResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderSchemeVersions: {
        parameters: {
            query?: {
                /** @description Only this lot’s versions; every lot’s when left out */
                lot?: string;
            };
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderSchemeVersionListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderTeamResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    addTenderTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTenderTeamMemberInput"];
            };
        };
        responses: {
            /** @description The team with the new membership and the tender’s new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderTeamResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listTenderTeamCandidates: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                tenderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of candidates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderTeamCandidateListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    removeTenderTeamMember: {
        parameters: {
            query: {
                /** @description The tender’s version you read; the removal is refused with 409 if the tender changed since */
                version: string;
            };
            header?: never;
            path: {
                tenderId: string;
                userId: string;
                /** @description `officer`: prepares and runs the procedure (the lead is one); `openingOfficer`: opens the bids (§ 55 (2) VgV); `openingDeputy`: stands in for one opening officer; `evaluator`: scores the bids; `reviewer`: reads and checks */
                capacity: "officer" | "openingOfficer" | "openingDeputy" | "evaluator" | "reviewer";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team without the membership and the tender’s new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenderTeamResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    changeUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleInput"];
            };
        };
        responses: {
            /** @description The user with the new role, and how many sessions ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountChangeResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled user, and how many sessions ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountChangeResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, active again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    issueInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new invitation link, shown only in this response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedInvitationResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    endUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user has no session any more */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    resetUserTotp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TOTP is removed and the user’s sessions have ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getVendorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vendor profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorProfileResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
            404: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    saveVendorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveVendorProfileInput"];
            };
        };
        responses: {
            /** @description The profile at its next version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorProfileResponse"];
                };
            };
            /** @description The profile, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorProfileResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listVendorServices: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100; 25 when omitted */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of services */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorServiceListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createVendorService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVendorServiceInput"];
            };
        };
        responses: {
            /** @description The service, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorServiceResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listAttestationWarnings: {
        parameters: {
            query?: {
                /** @description Days ahead, 0 to 730; 90 when omitted */
                withinDays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttestationWarningListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getVendorService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorServiceResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    updateVendorService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVendorServiceInput"];
            };
        };
        responses: {
            /** @description The service at its next version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorServiceResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listEvidenceDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documents, without their bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDocumentListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    uploadEvidenceDocument: {
        parameters: {
            query: {
                title: string;
                confidential?: "true" | "false";
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/pdf": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description The stored document */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDocumentResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 20 MiB (20971520 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listEvidenceGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceGrantListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createEvidenceGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvidenceGrantInput"];
            };
        };
        responses: {
            /** @description The grant */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceGrantResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    revokeEvidenceGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked grant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceGrantResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    downloadEvidenceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    /** @description attachment, with the generated file name `<document id>.<extension>` */
                    "content-disposition"?: string;
                    /** @description The SHA-256 of the file, hex, quoted */
                    etag?: string;
                    /** @description The SHA-256 of the file (RFC 9530): `sha-256=:<base64>:` */
                    "repr-digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    deleteEvidenceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document is deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    importSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfAssessmentTransfer"];
            };
        };
        responses: {
            /** @description The draft, replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersionResponse"];
                };
            };
            /** @description The draft, started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 4 MiB (4194304 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    listSelfAssessmentVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersionListResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    createSelfAssessmentDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSelfAssessmentDraftInput"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    getSelfAssessmentVersion: {
        parameters: {
            query?: {
                validOn?: string;
            };
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersionResponse"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    saveSelfAssessmentDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSelfAssessmentDraftInput"];
            };
        };
        responses: {
            /** @description The draft at its next version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 4 MiB (4194304 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    exportSelfAssessmentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The self-assessment file */
            200: {
                headers: {
                    /** @description attachment, with the file name */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentTransfer"];
                };
            };
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description A value in the request is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
    publishSelfAssessmentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishSelfAssessmentInput"];
            };
        };
        responses: {
            /** @description The published version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersionResponse"];
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
            /** @description Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist or is not visible to this caller */
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
            /** @description The request body is larger than this operation's limit of 1 MiB (1048576 bytes) */
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
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /** @description Seconds until the request can be allowed again */
                    "retry-after"?: number;
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
