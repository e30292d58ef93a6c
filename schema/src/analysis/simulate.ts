// Request and response schemas of POST /api/v1/analysis/simulate; filled in with the endpoint.
export {};
