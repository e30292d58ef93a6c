// Request and response schemas of POST /api/v1/analysis/ahp; filled in with the endpoint.
export {};
