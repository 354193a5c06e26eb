/** Freezing the model, and what the page measures of making it: small, so the page's first code need not load the validator. */

/** Freezes the model all the way down (it is read-only everywhere). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The performance measure of a story's validation (in the page, or reported from the worker that made it). */
export const VALIDATION_MEASURE = "rafah-map:validation";
