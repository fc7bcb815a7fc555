import { useCallback, useEffect, useState } from 'react';
import type { Change, Diff, Me, ServerClient } from './client.ts';
import { useT } from '../i18n/useT.ts';
import { REVIEW_COLORS, REVIEW_MARKS, reviewMapStore } from './reviewMap.ts';
import { useFormatTime, useServerText } from './serverText.ts';

/** Rows of a diff listed in the table; the counts above it cover all of them. */
const SHOWN = 200;

/**
 * The changes the user may see (staff: all; an operator: its own), newest first; staff review a pending one: what
 * it adds, moves, changes and removes, on the map (with a legend) and as a table, then approve or reject it.
 */
export function ChangeReview({ client, me, version, onDecided, onReview }: {
  client: ServerClient; me: Me; version: number; onDecided: () => void;
  /** Called as a review opens: the map should show the published data the change is drawn over. */
  onReview: () => void;
}) {
  const t = useServerText();
  const format = useT().format;
  const time = useFormatTime();
  const [changes, setChanges] = useState<Change[]>([]);
  const [open, setOpen] = useState<{ change: Change; diff: Diff } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const staff = me.role === 'admin' || me.role === 'department';

  useEffect(() => {
    let live = true;
    client.changes().then((list) => live && setChanges(list.reverse()), (e: Error) => live && setMessage(e.message));
    return () => void (live = false);
  }, [client, version]);

  // The map draws the change open here, and nothing once it is closed or the panel goes.
  useEffect(() => {
    reviewMapStore.getState().show(open ? open.diff.rows : null);
  }, [open]);
  useEffect(() => () => reviewMapStore.getState().show(null), []);

  const review = useCallback(async (change: Change) => {
    try {
      setOpen({ change, diff: await client.diff(change.id) });
      onReview();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }, [client, onReview]);

  const decide = async (approve: boolean) => {
    if (!open) return;
    const id = open.change.id;
    try {
      await (approve ? client.approve(id) : client.reject(id));
      setMessage(approve ? t.approved(id) : t.rejectedChange(id));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
    setOpen(null);
    onDecided();
  };

  return (
    <div className="server-changes">
      <h3>{t.changes}</h3>
      {message && <p className="hint" role="status">{message}</p>}
      {changes.length === 0 && <p className="hint">{t.noChanges}</p>}
      <ul>
        {changes.slice(0, 30).map((c) => (
          <li key={c.id} data-change={c.id}>
            <span>{`#${c.id} ${t.kinds[c.kind]} — ${c.filename} — ${t.status[c.status]}`}</span>
            <span className="hint">{` ${t.by(c.uploaded_by, time(c.uploaded_at))}`}</span>
            {staff && c.status === 'pending' && (
              <button type="button" onClick={() => void review(c)}>{t.review}</button>
            )}
          </li>
        ))}
      </ul>
      {open && (
        <div className="server-diff" data-diff={open.change.id}>
          <p>{t.diffCounts(open.diff.counts)}</p>
          {open.diff.rows.length > 0 && (
            <div className="review-legend" data-testid="review-legend">
              <strong>{t.mapLegend}</strong>
              <ul>
                {REVIEW_MARKS.filter((m) => open.diff.rows.some((r) => r.change === m || (m === 'was' && r.change === 'moved'))).map((m) => (
                  <li key={m} data-mark={m}>
                    <span className={m === 'was' ? 'dot hollow' : 'dot'} style={m === 'was' ? { borderColor: REVIEW_COLORS[m] } : { background: REVIEW_COLORS[m] }} aria-hidden="true" />
                    {t.mark[m]}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <table className="server-table">
            <thead>
              <tr><th>{t.key}</th><th>{t.name}</th><th /><th>{t.movedBy}</th></tr>
            </thead>
            <tbody>
              {open.diff.rows.slice(0, SHOWN).map((r) => (
                <tr key={`${r.change}/${r.key}`} data-change-kind={r.change}>
                  <td>{r.key}</td>
                  <td>{r.label}</td>
                  <td>{t.change[r.change]}</td>
                  <td>{r.moved_m === null ? '' : format.number(r.moved_m, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="primary" onClick={() => void decide(true)}>{t.approve}</button>
          <button type="button" onClick={() => void decide(false)}>{t.reject}</button>
          <button type="button" onClick={() => setOpen(null)}>{t.close}</button>
        </div>
      )}
    </div>
  );
}
