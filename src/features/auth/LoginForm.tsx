import type { FormEvent } from 'react';
import { useLogin } from '../../api/useAuthMutations';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { FormError } from './FormError';

export function LoginForm() {
  const login = useLogin();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    login.mutate({
      email: String(form.get('email')),
      password: String(form.get('password')),
    });
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <FormError error={login.error} />
      <Button
        type="submit"
        tone="primary"
        disabled={login.isPending}
        className="py-2"
      >
        Log in
      </Button>
    </form>
  );
}
