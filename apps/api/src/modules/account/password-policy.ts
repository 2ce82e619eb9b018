import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { LIMITS } from '@ptp/shared';

/** zxcvbn with the common-password and English dictionaries (built once: the dictionaries are large). */
let estimator: ZxcvbnFactory | null = null;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

/** The lowest zxcvbn score accepted (0–4): 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Why a password is refused, in words a person can act on, or null when it is accepted
 * (docs/accounts.md): at least 12 characters, and a strength estimate of 3 or more out of 4
 * against common passwords, dictionaries, keyboard patterns and the person's own name and email.
 */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < LIMITS.passwordMin) return `Use at least ${LIMITS.passwordMin} characters (this one has ${password.length}).`;
  if (password.length > LIMITS.passwordMax) return `Use at most ${LIMITS.passwordMax} characters.`;
  const inputs = personal.flatMap((p) => [p, ...p.split(/[\s@.+_-]+/)]).filter((p) => p.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, '.')} ` : '';
  const hint = result.feedback.suggestions[0] ?? 'Add more words or characters that do not follow a pattern.';
  return `This password is too easy to guess. ${why}${hint}`;
}
