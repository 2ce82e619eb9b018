import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { applyFieldErrors, type ApiError } from './graphql-errors';

/**
 * The API's messages name their field first ("currentPassword: this is not your current
 * password."), also for refusals without per-field details (a CONFLICT on the email). Returns that
 * field and the sentence after it.
 */
export function prefixedFieldError<F extends string>(message: string, fields: readonly F[]): { field: F; message: string } | null {
  const match = /^(\w+): ([\s\S]+)$/.exec(message);
  const field = fields.find((name) => name === match?.[1]);
  const text = match?.[2];
  if (!field || !text) return null;
  // A sentence starts with a capital, unless it starts with an email address.
  return { field, message: /^\S*@/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1) };
}

/**
 * Puts an API refusal on a form: beside the input it is about when it names one, otherwise returns
 * the message to show above the form (null when every part of it found its input).
 */
export function showServerError<T extends FieldValues>(setError: UseFormSetError<T>, error: ApiError, formFields: readonly Path<T>[]): string | null {
  const prefixed = prefixedFieldError(error.message, formFields);
  // One field named: the whole sentence reads better than the short per-field note.
  if (prefixed && error.fields.every((f) => f.field === prefixed.field)) {
    setError(prefixed.field, { type: 'server', message: prefixed.message });
    return null;
  }
  const unmatched = applyFieldErrors(setError, error, formFields);
  return error.fields.length === 0 || unmatched.length > 0 ? error.message : null;
}
