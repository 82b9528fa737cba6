import { useEffect, useState } from 'react';
import { onShortcutHelpRequest } from './help-requests';
import { ShortcutHelpDialog } from './ShortcutHelpDialog';

/**
 * The app's one shortcuts sheet. The app's key handler (Ctrl+/, F1) and the toolbar's «?» button ask for
 * it through requestShortcutHelp(); mounted once by the app shell.
 */
export function ShortcutHelpHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => onShortcutHelpRequest(() => setOpen(true)), []);
  return open ? <ShortcutHelpDialog onClose={() => setOpen(false)} /> : null;
}
