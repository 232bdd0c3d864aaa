import { type KeyboardEvent, useEffect, useRef, useState } from "react";

type Control = "up" | "down" | "remove" | "add";

/** What a ranking says aloud after each change (to a live region), by the item's key. */
export interface RankingSpeech<K> {
  moved: (key: K, place: number) => string;
  removed: (key: K) => string;
  added: (key: K, place: number) => string;
}

/**
 * A ranking made with buttons, no dragging, for a members' decision and a citizens' ballot alike:
 * items are added in order of preference, moved up or down (the buttons, or Alt+↑ / Alt+↓ on a
 * ranked item), and taken out. Each change is announced, and focus stays where the next step is:
 * on the moved item's button, on a removed item's "add" button, and after an add on `nextAfterAdd`'s
 * item (or on the item just ranked).
 */
export function useRanking<K extends string | number>({
  ranking,
  onChange,
  say,
  nextAfterAdd,
}: {
  ranking: K[];
  onChange: (next: K[]) => void;
  say: RankingSpeech<K>;
  nextAfterAdd: (added: K) => K | undefined;
}) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<{ key: K; control: Control } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (!focus) return;
    const el = buttons.current.get(`${focus.key}:${focus.control}`);
    if (el && !el.disabled) el.focus();
    else buttons.current.get(`${focus.key}:${focus.control === "up" ? "down" : "up"}`)?.focus();
    setFocus(null);
  }, [focus]);

  const ref = (key: K, control: Control) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(`${key}:${control}`, el);
    else buttons.current.delete(`${key}:${control}`);
  };
  const move = (at: number, by: -1 | 1) => {
    const key = ranking[at];
    const other = ranking[at + by];
    if (key === undefined || other === undefined) return;
    const next = [...ranking];
    next[at] = other;
    next[at + by] = key;
    onChange(next);
    setAnnouncement(say.moved(key, at + by + 1));
    setFocus({ key, control: by < 0 ? "up" : "down" });
  };
  const remove = (at: number) => {
    const key = ranking[at];
    if (key === undefined) return;
    onChange(ranking.filter((_, k) => k !== at));
    setAnnouncement(say.removed(key));
    setFocus({ key, control: "add" });
  };
  const add = (key: K) => {
    onChange([...ranking, key]);
    setAnnouncement(say.added(key, ranking.length + 1));
    const next = nextAfterAdd(key);
    setFocus(next === undefined ? { key, control: "up" } : { key: next, control: "add" });
  };
  /** Alt+↑ and Alt+↓ on a ranked item move it. */
  const keys = (at: number) => (e: KeyboardEvent) => {
    if (!e.altKey) return;
    if (e.key === "ArrowUp" && at > 0) {
      e.preventDefault();
      move(at, -1);
    } else if (e.key === "ArrowDown" && at < ranking.length - 1) {
      e.preventDefault();
      move(at, 1);
    }
  };
  return { ref, move, remove, add, keys, announcement };
}

/** A ranked item's three buttons: up, down, out. Their names say which item they move. */
export function RankButtons<K extends string | number>({
  ranking,
  item,
  at,
  last,
  labels,
  invalid,
}: {
  ranking: ReturnType<typeof useRanking<K>>;
  item: K;
  at: number;
  last: boolean;
  labels: { up: string; down: string; remove: string; removeText: string };
  invalid?: boolean;
}) {
  return (
    <>
      <button
        ref={ranking.ref(item, "up")}
        type="button"
        className="button button--secondary button--small"
        disabled={at === 0}
        aria-invalid={invalid || undefined}
        onClick={() => ranking.move(at, -1)}
        aria-label={labels.up}
        title={labels.up}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        ref={ranking.ref(item, "down")}
        type="button"
        className="button button--secondary button--small"
        disabled={last}
        onClick={() => ranking.move(at, 1)}
        aria-label={labels.down}
        title={labels.down}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        ref={ranking.ref(item, "remove")}
        type="button"
        className="button button--ghost-danger button--small"
        onClick={() => ranking.remove(at)}
        aria-label={labels.remove}
      >
        {labels.removeText}
      </button>
    </>
  );
}
