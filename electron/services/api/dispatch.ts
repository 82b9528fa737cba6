import { contract, isMethodName, type HandlerTable, type MethodName } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import type { Envelope } from '../../../shared/api/result';
import { describeInvalid } from './describe-invalid';

export interface DispatchLogger {
  error(message: string, error: unknown): void;
}

/**
 * The single entry used by both hosts: checks the method name, validates the argument with the
 * contract's schema, runs the handler and turns every failure into `{ code, key, params, message }`.
 * Unexpected errors are logged here and never reach the page with their stack.
 */
export async function dispatch(
  handlers: HandlerTable,
  method: string,
  rawInput: unknown,
  logger: DispatchLogger = console,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return fail(new ApiError('unknown-method', message('error.api.unknownMethod', { method: method.slice(0, 100) })));
  }
  let parsed: ReturnType<(typeof contract)[MethodName]['input']['safeParse']>;
  try {
    parsed = contract[method].input.safeParse(rawInput ?? {});
  } catch {
    // The article body's schema is recursive: input nested deep enough exhausts the stack inside zod.
    return fail(new ApiError('invalid-argument', message('error.api.tooDeep', { method })));
  }
  if (!parsed.success) {
    return fail(new ApiError('invalid-argument', describeInvalid(method, parsed.error)));
  }
  try {
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return fail(error);
    logger.error(`API ${method} failed`, error);
    return fail(new ApiError('internal', message('error.internalLogged')));
  }
}

function fail(error: ApiError): Envelope<never> {
  return { ok: false, error: error.toJSON() };
}
