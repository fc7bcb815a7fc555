import { useState, type FormEvent } from 'react';
import { ServerClient, ServerError } from './client.ts';
import { useServerText } from './serverText.ts';

/** User name and password for the server this page came from; signs in and hands the client on. */
export function LoginForm({ onSignedIn }: { onSignedIn: (client: ServerClient) => void }) {
  const t = useServerText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      onSignedIn(await ServerClient.login('', username, password));
    } catch (err) {
      setError(err instanceof ServerError ? err.message : String(err));
    }
  };
  return (
    <form className="server-login" onSubmit={(e) => void submit(e)}>
      <p className="hint">{t.intro}</p>
      <label>
        {t.username}
        <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit" className="primary">{t.signIn}</button>
      {error && <p className="server-error" role="alert">{error}</p>}
    </form>
  );
}
