/** The environment variable through which global-setup.ts tells the tests where the server is. */
export const serverUrlVariable = 'TENDERWISE_E2E_URL';
