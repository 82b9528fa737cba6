import { useState, type ReactNode } from 'react';
import './about.css';

interface Props {
  summary: ReactNode;
  /** Shown above the text once open (where the source is). */
  lead?: ReactNode;
  text: string;
}

/**
 * A licence that opens in place: a native <details>, so Enter and Space open it and screen readers say whether it
 * is open. The text is put in the page only once opened: the list has over a hundred of them.
 */
export function LicenseDetails({ summary, lead, text }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="license-details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (
        <div className="license-body">
          {lead}
          <pre className="license-text">{text}</pre>
        </div>
      ) : null}
    </details>
  );
}
