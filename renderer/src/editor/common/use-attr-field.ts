import { useEffect, useRef, useState } from 'react';

/**
 * A text field inside a node view that edits one node attribute. The field keeps its own value so the
 * caret never jumps (the node view re-renders a moment after the transaction), writes every change to
 * the document at once (undo, autosave), and takes the attribute's value back only when it changes from
 * elsewhere, e.g. Ctrl+Z in the body.
 */
export function useAttrField(value: string, commit: (next: string) => void): [string, (next: string) => void] {
  const [local, setLocal] = useState(value);
  const last = useRef(value);

  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      setLocal(value);
    }
  }, [value]);

  const change = (next: string) => {
    last.current = next;
    setLocal(next);
    commit(next);
  };
  return [local, change];
}
