import type { FormEvent } from 'react';
import { useSignup } from '../../api/useAuthMutations';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { FormError } from './FormError';

export function SignupForm() {
  const signup = useSignup();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signup.mutate({
      email: String(form.get('email')),
      username: String(form.get('username')),
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
        label="Username"
        name="username"
        autoComplete="username"
        minLength={2}
        maxLength={24}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={8}
        required
      />
      <FormError error={signup.error} />
      <Button
        type="submit"
        tone="primary"
        disabled={signup.isPending}
        className="py-2"
      >
        Sign up
      </Button>
    </form>
  );
}
