import { useCallback, useEffect, useState } from 'react';
import { ChangeReview } from './ChangeReview.tsx';
import { ServerClient, type Me } from './client.ts';
import { LoginForm } from './LoginForm.tsx';
import { ServerFigures } from './ServerFigures.tsx';
import { ServerUpload } from './ServerUpload.tsx';
import { useServerText } from './serverText.ts';
import './server.css';

// The token lives for the tab: a reload keeps the user signed in, closing the tab does not.
const TOKEN_KEY = 'phusong.serverToken';

/**
 * The shared server, for a page served by it (`npm run server`): sign-in, the published figures as of a moment,
 * and by role uploads and the review of changes.
 */
export function ServerPanel() {
  const t = useServerText();
  const [client, setClient] = useState<ServerClient | null>(() => {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return token ? ServerClient.withToken('', token) : null;
  });
  const [me, setMe] = useState<Me | null>(null);
  // Bumped after an upload or a decision, so lists and figures read again.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!client) return;
    let live = true;
    client.me().then(
      (m) => live && setMe(m),
      () => {
        if (!live) return;
        sessionStorage.removeItem(TOKEN_KEY);
        setClient(null);
      },
    );
    return () => void (live = false);
  }, [client]);

  const signIn = (c: ServerClient) => {
    sessionStorage.setItem(TOKEN_KEY, c.token);
    setClient(c);
  };
  const signOut = () => {
    void client?.logout().catch(() => {});
    sessionStorage.removeItem(TOKEN_KEY);
    setClient(null);
    setMe(null);
  };

  return (
    <section className="panel-section server-panel">
      <h2>{t.title}</h2>
      {!client || !me ? (
        <LoginForm onSignedIn={signIn} />
      ) : (
        <>
          <p className="server-user">
            {t.signedInAs(me.username, t.role[me.role])} <button type="button" onClick={signOut}>{t.signOut}</button>
          </p>
          <ServerFigures client={client} me={me} version={version} />
          {me.role !== 'commune' && <ServerUpload client={client} me={me} onSent={refresh} />}
          {me.role !== 'commune' && <ChangeReview client={client} me={me} version={version} onDecided={refresh} />}
        </>
      )}
    </section>
  );
}
