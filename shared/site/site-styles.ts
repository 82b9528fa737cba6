/**
 * The page's stylesheet, inline so that the page is one file: a calm column of text that reads on a phone
 * (no fixed widths, images and tables scale, the share bar wraps) and on a desktop (a measure of ~70 ch).
 * The article's paragraphs are laid out only as they near the screen (`content-visibility`): a long article's
 * page shows its first screen sooner, on a reader's phone and in the preview redrawn as one types.
 */
export const SITE_STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:18px/1.6 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fff}
a{color:#0b5cad}
.site-header,.site-footer{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:12px 16px;border-bottom:1px solid #e3e3e3}
.site-footer{border-top:1px solid #e3e3e3;border-bottom:0;color:#555;font-size:14px;margin-top:32px}
.site-header a{color:inherit;text-decoration:none;font-weight:700;font-size:20px;display:inline-flex;align-items:center;gap:8px}
.site-header img{height:32px;width:auto}
main{max-width:720px;margin:0 auto;padding:16px}
.rubric{font:600 14px/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:#a11;margin:8px 0}
h1{font-size:clamp(26px,5vw,38px);line-height:1.2;margin:8px 0 12px}
h2{font-size:24px;line-height:1.3;margin:28px 0 8px}
h3{font-size:20px;line-height:1.3;margin:24px 0 8px}
.meta{font:14px/1.5 system-ui,sans-serif;color:#555;margin:0 0 12px}
.share{font:14px/1.5 system-ui,sans-serif;display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin:12px 0 20px}
.share ul{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:0;padding:0}
.share a{display:inline-block;padding:4px 10px;border:1px solid #ccd;border-radius:4px;text-decoration:none}
.lead{font-weight:700}
article>p{content-visibility:auto;contain-intrinsic-size:auto 200px}
figure{margin:20px 0}
figure img{display:block;max-width:100%;height:auto}
figcaption{font:14px/1.4 system-ui,sans-serif;color:#555;margin-top:6px}
.credit{color:#777}
blockquote{margin:20px 0;padding:0 0 0 16px;border-left:4px solid #0b5cad;font-style:italic}
blockquote footer{font-style:normal;font-size:15px;color:#555;margin-top:4px}
blockquote footer::before{content:"— "}
figure.table{margin:24px 0}
figure.table figcaption{margin:0 0 6px;font-weight:600;color:#1b1b1b}
.table-scroll{overflow-x:auto;max-width:100%;border:1px solid #d9d9d9;border-radius:4px}
.table-scroll:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}
.table-scroll table{border-collapse:collapse;width:100%;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-variant-numeric:tabular-nums}
.table-scroll th,.table-scroll td{padding:6px 10px;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top;min-width:6em}
.table-scroll thead th{background:#f3f6fa;border-bottom:2px solid #ccd}
.table-scroll tbody th{font-weight:600}
.table-scroll p{margin:0}
.embed a{display:block;padding:12px 16px;border:1px solid #ccd;border-radius:6px;font:15px/1.4 system-ui,sans-serif}
.read-also-inline{border-left:4px solid #e3e3e3;padding-left:12px;margin:20px 0;font-size:16px}
.read-also-label{font-weight:700;margin:0}
.read-also-inline ul{margin:4px 0 0;padding-left:18px}
.subscribe{margin:24px 0;padding:12px 16px;background:#f3f6fa;border-radius:6px;font-size:16px}
.tags{font:14px/1.5 system-ui,sans-serif;color:#555}
.read-also{margin-top:32px;border-top:2px solid #1b1b1b;padding-top:8px}
.read-also h2{font:700 18px/1.3 system-ui,sans-serif;text-transform:uppercase;margin:8px 0}
.read-also ul{list-style:none;margin:0;padding:0}
.read-also li{padding:10px 0;border-bottom:1px solid #e3e3e3}
.read-also time{display:block;font:13px/1.4 system-ui,sans-serif;color:#777}
.read-also a{text-decoration:none;color:inherit;font-size:17px}
@media (max-width:480px){body{font-size:17px}main{padding:12px}}
`.trim();
