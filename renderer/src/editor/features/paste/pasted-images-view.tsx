import type { NodeType } from '@tiptap/pm/model';
import type { PluginView } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { createRoot, type Root } from 'react-dom/client';
import { toApiError } from '../../../../../shared/api/errors';
import type { BodyEditorContext } from '../../body-editor-context';
import { heldImagesKey, type HeldImages } from './held-images';
import { RenditionError } from '../../nodes/figure';
import { importHeldImages } from './import-held-images';
import { PastedImagesPrompt, type PromptStatus } from './PastedImagesPrompt';

function sourceName(held: HeldImages, context: BodyEditorContext): string {
  if (held.source === 'word') return 'Word';
  if (held.source === 'libreoffice') return 'LibreOffice';
  return context.t('paste.images.sourceOther');
}

/**
 * Shows the offer for held pictures in a slot right after the editable text, and runs the import when
 * the journalist accepts. It renders only when the held pictures or the offer's state change, never on
 * ordinary typing.
 */
export class PastedImagesView implements PluginView {
  private slot: HTMLElement | null = null;
  private root: Root | null = null;
  private shownId: number | null = null;
  private status: PromptStatus = { kind: 'idle' };

  constructor(
    private view: EditorView,
    private readonly context: BodyEditorContext,
    private readonly figure: () => NodeType | null,
  ) {}

  update(view: EditorView): void {
    this.view = view;
    const id = heldImagesKey.getState(view.state)?.id ?? null;
    if (id === this.shownId) return;
    this.shownId = id;
    this.status = { kind: 'idle' };
    this.render();
  }

  destroy(): void {
    const { root, slot } = this;
    this.root = null;
    this.slot = null;
    // React must not be unmounted in the middle of its own render (the editor is destroyed in an effect).
    setTimeout(() => {
      root?.unmount();
      slot?.remove();
    }, 0);
  }

  private render(): void {
    const held = heldImagesKey.getState(this.view.state);
    if (!held) {
      this.root?.render(null);
      return;
    }
    const root = this.ensureRoot();
    if (!root) return;
    const { t } = this.context;
    const language = this.view.dom.ownerDocument.documentElement.lang === 'en' ? 'en' : 'uk';
    const canInsert = held.rtfImages.length > 0 && this.figure() !== null;
    root.render(
      <PastedImagesPrompt
        count={held.anchors.length}
        sourceName={sourceName(held, this.context)}
        canInsert={canInsert}
        status={this.status}
        language={language}
        t={t}
        onInsert={() => void this.insert()}
        onDismiss={() => this.dismiss()}
      />,
    );
  }

  private ensureRoot(): Root | null {
    if (this.root) return this.root;
    const parent = this.view.dom.parentNode;
    if (!parent) return null;
    this.slot = this.view.dom.ownerDocument.createElement('div');
    this.slot.className = 'pasted-images-slot';
    parent.insertBefore(this.slot, this.view.dom.nextSibling);
    this.root = createRoot(this.slot);
    return this.root;
  }

  private async insert(): Promise<void> {
    const figure = this.figure();
    if (!figure) return;
    this.status = { kind: 'busy' };
    this.render();
    try {
      await importHeldImages(this.view, this.context, figure);
      this.view.focus();
    } catch (error) {
      const reason = error instanceof RenditionError ? error.reason : toApiError(error).reason;
      this.status = { kind: 'failed', message: reason };
      this.render();
    }
  }

  private dismiss(): void {
    this.view.dispatch(this.view.state.tr.setMeta(heldImagesKey, null));
    this.view.focus();
  }
}
