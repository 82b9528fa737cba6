/**
 * Google Docs wraps every copy in `<b style="font-weight:normal;" id="docs-internal-guid-…">`: read as
 * HTML, the whole paste would be bold. The wrapper is taken away (its content stays); real bold in Docs
 * is a `font-weight:700` span, which the common formatting rules turn into bold.
 */
export function cleanGoogleDocsHtml(doc: Document): void {
  for (const wrapper of [...doc.querySelectorAll('[id^="docs-internal-guid-"]')]) {
    wrapper.replaceWith(...wrapper.childNodes);
  }
}
