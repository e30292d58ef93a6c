/** The environment variable through which global-setup.ts tells the tests where the server is. */
export const serverUrlVariable = 'TENDERWISE_E2E_URL';

/** The environment variable that names the server's DATA_DIR, for the operator's tools. */
export const dataDirVariable = 'TENDERWISE_E2E_DATA_DIR';
