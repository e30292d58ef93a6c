// Request and response schemas of POST /api/v1/analysis/sensitivity; filled in with the endpoint.
export {};
