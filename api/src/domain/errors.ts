/**
 * The errors domain code throws. They carry no HTTP status: the HTTP layer maps each class to one
 * (api/src/http/error-handler.ts), so the same verbs can run from a CLI or a job. Their messages
 * are shown to the caller as the problem's `detail`: write them for users, and never put secrets,
 * SQL or another organisation's data in them.
 */
export abstract class DomainError extends Error {}

/** The object does not exist, or the caller may not know that it exists. */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
}

/** The request conflicts with the current state (a published scheme, a passed deadline …). */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
}

/** The caller is known but lacks the permission for this action. */
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
}

/**
 * The service cannot take the request now (all workers busy, shutting down); retry shortly, or
 * after `retryAfterSeconds` where known (the `Retry-After` header).
 */
export class UnavailableError extends DomainError {
  override name = 'UnavailableError';
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, retryAfterSeconds?: number) {
    super(message);
    this.retryAfterSeconds =
      retryAfterSeconds === undefined ? undefined : Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/**
 * The caller used up an allowance (login attempts, an API key's quota); nothing was tried.
 * `retryAfterSeconds` is when the next attempt can be allowed (the `Retry-After` header).
 */
export class TooManyRequestsError extends DomainError {
  override name = 'TooManyRequestsError';
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/** The caller could not be identified (no session, an expired session, an unknown API key). */
export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
}

export interface FieldIssue {
  /** The part of the request, for input checks; domain checks on a body use `body`. */
  in: 'body' | 'query' | 'path' | 'header' | 'cookie';
  /** RFC 6901 JSON Pointer to the value within that part, e.g. `/lots/0/name`. */
  pointer: string;
  detail: string;
  /** For an uploaded spreadsheet: the row as a spreadsheet program counts it (headings are 1). */
  row?: number;
  /** For an uploaded spreadsheet: the column letter. */
  column?: string;
}

/** The request body is not of a media type the operation takes, judged by its bytes. */
export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
}

/** A file is larger than its kind may be (an evidence document over the configured limit). */
export class ContentTooLargeError extends DomainError {
  override name = 'ContentTooLargeError';
}

/** The input is well-formed but breaks a rule; `issues` names each offending value. */
export class ValidationError extends DomainError {
  override name = 'ValidationError';
  readonly issues: readonly FieldIssue[];

  constructor(message: string, issues: readonly FieldIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}
