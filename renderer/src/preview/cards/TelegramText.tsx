import type { ReactNode } from 'react';
import { telegramTextRuns, type TelegramNode } from '../../../../shared/share/telegram-html';

/** A run of a post's text: Telegram shows the addresses in it as links by itself (not inside code). */
function textRuns(text: string, inCode: boolean, key: string): ReactNode {
  if (inCode) return text;
  return telegramTextRuns(text).map((run, i) =>
    run.url ? (
      <span key={`${key}-${i}`} className="tg-link">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

/** Telegram's formatting as our own elements; a link is shown, not followed (the preview goes nowhere). */
function element(node: Extract<TelegramNode, { kind: 'format' }>, key: string, inCode: boolean): ReactNode {
  const inner = (code: boolean) => node.children.map((child, i) => draw(child, `${key}.${i}`, code));
  switch (node.format) {
    case 'bold':
      return <strong key={key}>{inner(inCode)}</strong>;
    case 'italic':
      return <em key={key}>{inner(inCode)}</em>;
    case 'underline':
      return <u key={key}>{inner(inCode)}</u>;
    case 'strike':
      return <s key={key}>{inner(inCode)}</s>;
    case 'spoiler':
      return (
        <span key={key} className="tg-spoiler">
          {inner(inCode)}
        </span>
      );
    case 'link':
      return (
        <span key={key} className="tg-link" title={node.href}>
          {inner(true)}
        </span>
      );
    case 'code':
      return <code key={key}>{inner(true)}</code>;
    case 'pre':
      return <pre key={key}>{inner(true)}</pre>;
    case 'blockquote':
      return (
        <blockquote key={key} className={node.expandable ? 'tg-expandable' : undefined}>
          {inner(inCode)}
        </blockquote>
      );
    case 'emoji':
      return <span key={key}>{inner(inCode)}</span>;
  }
}

function draw(node: TelegramNode, key: string, inCode: boolean): ReactNode {
  return node.kind === 'text' ? textRuns(node.text, inCode, key) : element(node, key, inCode);
}

/** A post's text as Telegram shows it; line breaks are kept by the post's CSS (white-space: pre-wrap). */
export function TelegramText({ nodes }: { nodes: readonly TelegramNode[] }) {
  return <>{nodes.map((node, i) => draw(node, String(i), false))}</>;
}
