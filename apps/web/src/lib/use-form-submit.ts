import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { showServerError } from './form-errors';
import { applyFieldErrors, toApiError, type ApiError } from './graphql-errors';

export interface FormSubmitOptions<T extends FieldValues> {
  /** react-hook-form's setError: the API's per-field messages go beside these inputs. */
  setError?: UseFormSetError<T>;
  /** The form's inputs, by the names the API uses for them. */
  fields?: readonly Path<T>[];
  /**
   * Also read a field named at the start of the message ("email: …") and show the whole sentence
   * beside that input (showServerError). Without it, only `fields` of the error are matched.
   */
  prefixedMessages?: boolean;
  /**
   * The API's names for inputs the form calls otherwise (it splits `startedAt` into a date and a
   * time): their messages go beside these inputs, which must also be in `fields`.
   */
  renamedFields?: Readonly<Partial<Record<string, Path<T>>>>;
}

export interface SubmitHandlers {
  /**
   * Decides the alert's text for a refusal, once its field errors are beside their inputs: return
   * the text (null for none), or undefined to keep the usual text, which `usual` holds (so a form
   * can reword it or always show the API's message).
   */
  onError?: (error: ApiError, cause: unknown, usual: string | null) => string | null | undefined;
}

/**
 * The submit half of a form: clears the previous error, runs the mutation, puts the API's field
 * errors on the inputs and anything else in `formError` (shown with FormAlert). `submit` resolves
 * to true when `fn` succeeded.
 */
export function useFormSubmit<T extends FieldValues = FieldValues>({
  setError,
  fields = [],
  prefixedMessages = false,
  renamedFields = {},
}: FormSubmitOptions<T> = {}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function toFormError(refusal: ApiError): string | null {
    if (!setError) return refusal.message;
    const apiError = { ...refusal, fields: refusal.fields.map((f) => ({ ...f, field: renamedFields[f.field] ?? f.field })) };
    if (prefixedMessages) return showServerError(setError, apiError, fields);
    const unmatched = applyFieldErrors(setError, apiError, fields);
    return apiError.fields.length === 0 || unmatched.length > 0 ? apiError.message : null;
  }

  async function submit(fn: () => Promise<unknown>, handlers: SubmitHandlers = {}): Promise<boolean> {
    setFormError(null);
    setSubmitting(true);
    try {
      await fn();
      return true;
    } catch (cause) {
      const apiError = toApiError(cause);
      const usual = toFormError(apiError);
      const handled = handlers.onError?.(apiError, cause, usual);
      setFormError(handled === undefined ? usual : handled);
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  return { formError, setFormError, submit, submitting };
}
