import { ValidationError, type FieldIssue } from '../../domain/errors.ts';
import { jsonBodyTextIssues, RepeatedKeyError } from '../../http/request-text.ts';
import { undeclaredFields } from '../../http/response-validation.ts';
import { fieldIssues, invalidInput } from '../../http/validation-hook.ts';
import { toJsonPointer } from '../../http/json-pointer.ts';
import { isOffThreadOperation, offThreadOperations } from '../../services/analysis/off-thread.ts';

export interface OperationTaskInput {
  operationId: string;
  /** The request body as sent. */
  text: string;
  /** Fail on undeclared fields in the answer instead of dropping them. */
  strict: boolean;
}

/** What a worker found; the HTTP layer turns each kind into what its own path would send. */
export type OperationTaskResult =
  | { kind: 'answer'; json: string; undeclared: string[] }
  | { kind: 'malformed' }
  | { kind: 'repeatedKey'; pointer: string }
  | { kind: 'invalid'; detail: string; issues: FieldIssue[] }
  | { kind: 'answerInvalid'; issues: string[] };

/**
 * The worker pool's `operation` task: answers one request of an operation in
 * `offThreadOperations` from its body text, doing on the worker everything the request's thread
 * would do for a small body, in the same order and with the same functions: parse the JSON,
 * validate it (schema, then the text's NUL characters and repeated keys), compute the answer,
 * check it against the declared response and serialise it (ADR 0021).
 */
export function operationTask({
  operationId,
  text,
  strict,
}: OperationTaskInput): OperationTaskResult {
  if (!isOffThreadOperation(operationId)) throw new RangeError(`No operation "${operationId}"`);
  const operation = offThreadOperations[operationId];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'malformed' };
  }
  const parsed = operation.request.safeParse(body);
  let textIssues: FieldIssue[];
  try {
    textIssues = jsonBodyTextIssues(text);
  } catch (error) {
    if (error instanceof RepeatedKeyError) return { kind: 'repeatedKey', pointer: error.pointer };
    throw error;
  }
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap((issue) => fieldIssues(issue, 'body'))),
    ...textIssues,
  ];
  if (issues.length > 0) return invalid(invalidInput(issues));

  let answer: unknown;
  try {
    answer = (operation.answer as (input: unknown) => unknown)(parsed.data);
  } catch (error) {
    if (error instanceof ValidationError) return invalid(error);
    throw error;
  }
  // As the response check sees it: the JSON the handler would have sent, parsed again.
  const sent: unknown = JSON.parse(JSON.stringify(answer));
  const checked = operation.response.safeParse(sent);
  if (!checked.success) {
    return {
      kind: 'answerInvalid',
      issues: checked.error.issues.map((issue) => `${toJsonPointer(issue.path)}: ${issue.message}`),
    };
  }
  const undeclared = undeclaredFields(sent, checked.data);
  if (undeclared.length > 0 && strict) {
    return {
      kind: 'answerInvalid',
      issues: undeclared.map((pointer) => `${pointer}: undeclared field`),
    };
  }
  return { kind: 'answer', json: JSON.stringify(checked.data), undeclared };
}

function invalid(error: ValidationError): OperationTaskResult {
  return { kind: 'invalid', detail: error.message, issues: [...error.issues] };
}
