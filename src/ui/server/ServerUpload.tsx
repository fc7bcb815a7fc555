import { useRef, useState } from 'react';
import { LAYER_KINDS, type LayerKind } from '../../core/import/layerKind.ts';
import type { Me, ServerClient } from './client.ts';
import { useServerText } from './serverText.ts';

const OPERATOR_KINDS: readonly LayerKind[] = ['stations', 'coverage'];

/** Sends a file to the server as a pending change (an operator: its stations or coverage) and says what it took. */
export function ServerUpload({ client, me, onSent }: { client: ServerClient; me: Me; onSent: () => void }) {
  const t = useServerText();
  const kinds = me.role === 'operator' ? OPERATOR_KINDS : LAYER_KINDS;
  const [kind, setKind] = useState<LayerKind>('stations');
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const send = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setMessage(null);
    try {
      const sent = await client.upload(kind, file.name, file);
      setMessage(t.sent(sent.change_id, sent.report.imported, sent.report.rows, sent.report.rejected));
      onSent();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="server-upload">
      <h3>{t.upload}</h3>
      <label>
        {t.kind}
        <select name="upload-kind" value={kind} onChange={(e) => setKind(e.target.value as LayerKind)}>
          {kinds.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
        </select>
      </label>
      <label>
        {t.file}
        <input ref={input} name="upload-file" type="file" />
      </label>
      <button type="button" onClick={() => void send()}>{t.send}</button>
      {message && <p className="hint" role="status">{message}</p>}
    </div>
  );
}
