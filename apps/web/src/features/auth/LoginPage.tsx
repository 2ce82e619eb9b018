import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@ptp/shared';
import { IconPill } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import type { LoginRedirectState } from '../../app/auth/CurrentUser';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePageTitle } from '../../lib/usePageTitle';
import { LoginDocument, MeDocument } from './operations';
import { SsoSignIn } from './SsoSignIn';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(LIMITS.emailMax).email('Enter a valid email address'),
  password: z.string().min(1, 'Enter your password'),
});
type LoginValues = z.infer<typeof schema>;
const FIELDS = ['email', 'password'] as const;

/** Only same-app paths, so a crafted link cannot send the user elsewhere after sign in. */
function safeRedirect(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  usePageTitle('Sign in');
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const target = safeRedirect((location.state as LoginRedirectState | null)?.from);
  const me = useQuery(MeDocument);
  const [login] = useMutation(LoginDocument);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });
  // A wrong password, throttling (TOO_MANY_REQUESTS) and the like come as the API's sentence, shown as is.
  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });

  if (me.data?.me) return <Navigate to={target} replace />;

  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const { data } = await login({ variables: { input: values } });
      if (!data) throw new Error('The server did not answer the sign-in request.');
      client.writeQuery({ query: MeDocument, data: { me: data.login.user } });
      navigate(target, { replace: true });
    });
  });

  return (
    <Center mih="100vh" p="md" bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={400} component="main">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Stack gap={4} align="center">
              <IconPill size={32} aria-hidden />
              <Title order={1} size="h3">
                Sign in
              </Title>
              <Text size="sm" c="dimmed" ta="center">
                Externship and outcomes portal
              </Text>
            </Stack>
            <SsoSignIn returnTo={target}>
              <FormAlert title="Could not sign in" message={formError} />
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                autoFocus
                error={errors.email?.message}
                {...register('email')}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                error={errors.password?.message}
                {...register('password')}
              />
              <Anchor component={Link} to="/forgot-password" size="sm" mt={-8} w="fit-content">
                Forgot password?
              </Anchor>
              <Button type="submit" loading={isSubmitting} fullWidth>
                Sign in
              </Button>
            </SsoSignIn>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
