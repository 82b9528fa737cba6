import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { type Apostrophe, autoFixTyped } from '../../../../../shared/text/typography';
import { applyDocTypographyFixes, findDocTypographyFixes } from './doc-fixes';

export const TYPOGRAPHY_AUTOFIX = new PluginKey('typographyAutofix');

export interface TypographyOptions {
  /** The outlet's canonical apostrophe (settings: outlet.apostrophe). */
  apostrophe: Apostrophe;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    typography: {
      /** «Виправити типографіку»: the whole body in one undoable step. */
      fixTypography: () => ReturnType;
    };
  }
  interface Storage {
    typography: { lastFixCount: number };
  }
}

/**
 * Ukrainian typography as you type (UKRAINIAN.md §2): «» and „“ by nesting, ’ inside words, — from a
 * spaced hyphen, … from three dots. The typed character is inserted first and the fix follows as its own
 * history step, so one Ctrl+Z gives back exactly what was typed.
 */
export const Typography = Extension.create<TypographyOptions, { lastFixCount: number }>({
  name: 'typography',
  // Below the default (100): TipTap asks higher priorities first, and the Markdown input rules
  // (`- ` starts a list, `> ` a quote) must see a keystroke before the typography turns `- ` into a dash.
  priority: 50,

  addOptions() {
    return { apostrophe: '\u2019' };
  },

  addStorage() {
    return { lastFixCount: 0 };
  },

  addCommands() {
    return {
      fixTypography:
        () =>
        ({ tr, dispatch }) => {
          const fixes = findDocTypographyFixes(tr.doc, this.options.apostrophe);
          const count = fixes.texts.length + fixes.attrs.length;
          this.storage.lastFixCount = count;
          if (count === 0) return false;
          if (dispatch) applyDocTypographyFixes(tr, fixes);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { apostrophe } = this.options;
    return [
      new Plugin({
        key: TYPOGRAPHY_AUTOFIX,
        props: {
          handleTextInput(view, from, to, text) {
            if (text.length !== 1 || view.composing) return false;
            const $from = view.state.doc.resolve(from);
            const block = $from.parent;
            if (!block.isTextblock || block.type.spec.code === true) return false;
            if ($from.marks().some((mark) => mark.type.spec.code === true)) return false;
            // Leaf nodes (line breaks) count one character each, so offsets in the text are offsets in the block.
            const before = block.textBetween(0, $from.parentOffset, undefined, '\n');
            const fix = autoFixTyped(before, text, apostrophe);
            if (!fix) return false;
            view.dispatch(view.state.tr.insertText(text, from, to));
            const end = from + text.length;
            const replace = view.state.tr.insertText(fix.insert, end - fix.deleteBefore, end);
            view.dispatch(closeHistory(replace).setMeta(TYPOGRAPHY_AUTOFIX, true));
            // Whatever is typed next starts a step of its own, or Ctrl+Z would take the fix with it.
            view.dispatch(closeHistory(view.state.tr));
            return true;
          },
        },
      }),
    ];
  },
});
