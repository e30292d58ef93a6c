/** The server cannot start for a reason the operator can fix; its message says which. */
export class StartupError extends Error {
  override name = 'StartupError';
}
