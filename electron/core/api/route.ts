import * as v from 'valibot';
import type { Services } from '../ports';

/** The arguments of a method that takes none: nothing, or `{}` (strict, so a stray argument is refused rather than ignored). */
export const none = v.optional(v.strictObject({}));

/** One API method: the schema its arguments must pass, and the service call behind it. */
interface Route<S extends v.GenericSchema, R> {
  args: S;
  run: (services: Services, args: v.InferOutput<S>) => R | Promise<R>;
}

export function route<S extends v.GenericSchema, R>(
  args: S,
  run: (services: Services, args: v.InferOutput<S>) => R | Promise<R>,
): Route<S, R> {
  return { args, run };
}
