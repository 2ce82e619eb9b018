import { useQuery } from '@apollo/client/react';
import { Alert, Button, Divider } from '@mantine/core';
import { IconAlertTriangle, IconBuildingBank } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { AuthConfigDocument } from './sso-operations';

/** What `/login?sso_error=<code>` means, in words (codes from the API's SSO controller). */
export const SSO_ERROR_MESSAGES: Record<string, string> = {
  not_configured: 'Single sign-on is not set up for this portal. Sign in with your email and password.',
  unavailable: "We could not reach your institution's sign-in service. Try again in a few minutes.",
  expired: 'That sign-in took too long or was already used. Start again.',
  state_mismatch: 'That sign-in was started in another browser or tab. Start again from this page.',
  cancelled: 'Sign-in was cancelled at your institution. Try again when you are ready.',
  provider_error: "Your institution's sign-in service refused the request. Try again, or ask your IT help desk.",
  failed: 'Single sign-on did not finish. Try again; if it keeps happening, tell your program director.',
  no_email: 'Your institution did not share your email address, so we cannot tell which account is yours. Ask your IT help desk.',
  email_unverified: 'Your institution has not verified your email address, so it cannot be matched to an account here.',
  no_account:
    'There is no account here for the email address your institution gave us. Single sign-on does not create accounts: ask your program director to invite you with that address.',
  account_disabled: 'Your account is deactivated. Ask your program director to re-enable it.',
};

/**
 * The single sign-on part of the login page: the "Sign in with …" button (a plain link, the API
 * redirects to the provider), the message for a failed attempt, and the password form (`children`)
 * unless password sign-in is turned off. Until the configuration is known the password form shows,
 * so signing in never waits for it.
 */
export function SsoSignIn({ returnTo, children }: { returnTo: string; children?: ReactNode }) {
  const [params] = useSearchParams();
  const { data } = useQuery(AuthConfigDocument);
  const config = data?.authConfig;
  const passwordLogin = config?.passwordLoginEnabled !== false;
  const errorCode = params.get('sso_error');
  const start = `/api/auth/sso/start?returnTo=${encodeURIComponent(returnTo)}`;

  return (
    <>
      {errorCode && (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="Single sign-on did not work">
          {SSO_ERROR_MESSAGES[errorCode] ?? SSO_ERROR_MESSAGES.failed}
        </Alert>
      )}
      {passwordLogin && children}
      {config?.ssoEnabled && (
        <>
          {passwordLogin && <Divider label="or" labelPosition="center" />}
          <Button component="a" href={start} variant={passwordLogin ? 'default' : 'filled'} leftSection={<IconBuildingBank size={18} aria-hidden />} fullWidth>
            {config.ssoLabel}
          </Button>
        </>
      )}
    </>
  );
}
