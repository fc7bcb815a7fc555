/** A row of tabs; `current` is marked selected. The page's tests find each by `data-tab`. */
export function TabBar<Id extends string>({ tabs, current, onPick, className = 'tabs' }: {
  tabs: ReadonlyArray<readonly [Id, string]>;
  current: Id | null;
  onPick(id: Id): void;
  className?: string;
}) {
  return (
    <nav className={className} role="tablist">
      {tabs.map(([id, label]) => (
        <button key={id} type="button" role="tab" data-tab={id} aria-selected={current === id} onClick={() => onPick(id)}>
          {label}
        </button>
      ))}
    </nav>
  );
}
