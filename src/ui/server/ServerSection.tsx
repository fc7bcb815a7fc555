import { useEffect, useState } from 'react';
import { ServerPanel } from './ServerPanel.tsx';

/** Whether this page came from the shared server (`npm run server`): its /api/health answers with PostGIS. */
async function servedByServer(): Promise<boolean> {
  try {
    const res = await fetch('/api/health');
    const body = (await res.json()) as { ok?: unknown; postgis?: unknown };
    return res.ok && body.ok === true && typeof body.postgis === 'string';
  } catch {
    return false;
  }
}

/** The server panel where the page is served by the server; nothing for the offline app (`npm start`, files). */
export function ServerSection() {
  const [server, setServer] = useState(false);
  useEffect(() => {
    let live = true;
    void servedByServer().then((yes) => live && setServer(yes));
    return () => void (live = false);
  }, []);
  return server ? <ServerPanel /> : null;
}
