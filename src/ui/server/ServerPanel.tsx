import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../../store/useApp.ts';
import { NO_STORAGE } from '../data/viewSettings.ts';
import { ChangeReview } from './ChangeReview.tsx';
import { ServerClient, type Me } from './client.ts';
import { LoginForm } from './LoginForm.tsx';
import { ServerFigures } from './ServerFigures.tsx';
import { closePublished, showPublished } from './publishedData.ts';
import { ServerUpload } from './ServerUpload.tsx';
import { useServerText } from './serverText.ts';
import './server.css';

// The token lives for the tab: a reload keeps the user signed in, closing the tab does not.
const TOKEN_KEY = 'phusong.serverToken';

/** The tab's session storage, or none where site data is blocked (reading it throws): a reload then signs out. */
function tabStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    return window.sessionStorage;
  } catch {
    return NO_STORAGE;
  }
}

/** A datetime-local value (the user's local time) as the instant the server wants; null for now. */
const instant = (local: string): string | null => {
  const at = local ? new Date(local) : null;
  return at && !Number.isNaN(at.getTime()) ? at.toISOString() : null;
};

/**
 * The shared server, for a page served by it (`npm run server`): sign-in, the moment the published data is read
 * as of, that data on the map as the data set shown, its figures, and by role uploads and the review of changes.
 */
export function ServerPanel() {
  const t = useServerText();
  const [client, setClient] = useState<ServerClient | null>(() => {
    const token = tabStorage().getItem(TOKEN_KEY);
    return token ? ServerClient.withToken('', token) : null;
  });
  const [me, setMe] = useState<Me | null>(null);
  // Bumped after an upload or a decision, so lists and figures read again.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const [asOfInput, setAsOfInput] = useState('');
  const asOf = instant(asOfInput);
  const onServer = useApp((s) => s.dataset?.source === 'server');
  // What the map shows of the server: read again when the moment or a publication changes, not twice for one.
  const shown = useRef<string | null>(null);
  const mapKey = `${asOf}|${version}`;

  useEffect(() => {
    if (!onServer) shown.current = null;
    if (!client || !onServer || shown.current === mapKey) return;
    shown.current = mapKey;
    void showPublished(client, asOf);
  }, [asOf, client, mapKey, onServer]);

  useEffect(() => {
    if (!client) return;
    let live = true;
    client.me().then(
      (m) => live && setMe(m),
      () => {
        if (!live) return;
        tabStorage().removeItem(TOKEN_KEY);
        setClient(null);
      },
    );
    return () => void (live = false);
  }, [client]);

  // A review is drawn over the published data: the map shows it if it shows the demo or the user's province.
  const showForReview = useCallback(() => {
    if (!client || onServer) return;
    shown.current = mapKey;
    void showPublished(client, asOf);
  }, [asOf, client, mapKey, onServer]);

  const signIn = (c: ServerClient) => {
    tabStorage().setItem(TOKEN_KEY, c.token);
    setClient(c);
  };
  const signOut = () => {
    void client?.logout().catch(() => {});
    void closePublished();
    tabStorage().removeItem(TOKEN_KEY);
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
          <label>
            {t.asOf}
            <input type="datetime-local" name="as-of" step={1} value={asOfInput} onChange={(e) => setAsOfInput(e.target.value)} />
          </label>
          {asOfInput && <button type="button" onClick={() => setAsOfInput('')}>{t.now}</button>}
          {onServer ? (
            <p className="hint" data-testid="server-on-map">{t.onMap}</p>
          ) : (
            <button
              type="button" className="primary" data-testid="show-published"
              onClick={() => { shown.current = mapKey; void showPublished(client, asOf); }}
            >
              {t.showOnMap}
            </button>
          )}
          <ServerFigures client={client} me={me} version={version} asOf={asOf} />
          {me.role !== 'commune' && <ServerUpload client={client} me={me} onSent={refresh} />}
          {me.role !== 'commune' && <ChangeReview client={client} me={me} version={version} onDecided={refresh} onReview={showForReview} />}
        </>
      )}
    </section>
  );
}
