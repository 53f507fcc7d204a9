import { useState } from 'react';
import { LoginForm } from './LoginForm';
import { SignupForm } from './SignupForm';

// The toggle's name never contains "Log in" or "Sign up", so each of those
// names one button only: the one that submits.
type Mode = 'login' | 'signup';

export function AuthScreen({ slug }: { slug: string }) {
  const [mode, setMode] = useState<Mode>('login');
  const title = mode === 'login' ? 'Log in' : 'Sign up';

  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-2xl font-bold tracking-tight">
          <span className="text-violet-400">woot</span>room
        </p>
        <section
          aria-labelledby="auth-title"
          className="rounded-2xl border border-zinc-800 bg-zinc-900 p-6 shadow-xl"
        >
          <h1 id="auth-title" className="text-lg font-semibold">
            {title}
          </h1>
          <p className="mt-1 mb-5 text-sm text-zinc-400">
            and join the room <span className="text-zinc-200">{slug}</span>
          </p>
          {mode === 'login' ? <LoginForm /> : <SignupForm />}
        </section>
        <p className="mt-4 text-center text-sm text-zinc-400">
          {mode === 'login' ? 'New here? ' : 'Already have an account? '}
          <button
            type="button"
            className="font-medium text-violet-300 underline-offset-2 hover:underline"
            onClick={() => setMode(mode === 'login' ? 'signup' : 'login')}
          >
            {mode === 'login' ? 'Create an account' : 'Use an existing account'}
          </button>
        </p>
      </div>
    </main>
  );
}
