/**
 * The badge's styles, inside its shadow root so the page's CSS cannot reach
 * in and ours cannot leak out. Colours are solid with white text (contrast at
 * least 4.5:1), so the badge reads the same on light and dark pages.
 */
export const BADGE_CSS = `
:host { all: initial; position: relative; display: inline-block; width: 0; height: 0; vertical-align: middle; z-index: 2147483000; }
:host([data-floating]) { position: fixed; top: 12px; right: 12px; width: auto; height: auto; }
.badge { position: absolute; left: 10px; top: 50%; transform: translateY(-50%); display: inline-flex; align-items: center; gap: 6px;
  white-space: nowrap; font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0;
  padding: 4px 9px; border-radius: 999px; border: 1px solid rgba(255,255,255,.35); color: #fff; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); }
:host([data-floating]) .badge { position: static; transform: none; }
.badge:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.leadership { background: #3730a3; }
.specialist { background: #0f6b5f; }
.hybrid { background: #8a4b00; }
.score { font-weight: 700; padding-left: 6px; border-left: 1px solid rgba(255,255,255,.5); }
.panel { position: absolute; left: 10px; top: calc(50% + 18px); width: 360px; max-height: 70vh; overflow: auto; max-width: 80vw; box-sizing: border-box;
  padding: 14px 16px; border-radius: 10px; background: #fff; color: #1f2328; border: 1px solid #d0d7de;
  box-shadow: 0 8px 24px rgba(0,0,0,.2); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; white-space: normal; }
:host([data-floating]) .panel { left: auto; right: 0; top: 36px; }
.panel[hidden] { display: none; }
.panel h2 { font-size: 14px; margin: 0 0 6px; }
.panel p { margin: 0 0 8px; }
.panel ul { margin: 0 0 10px; padding-left: 18px; }
.panel li { margin: 2px 0; }
.actions { display: flex; gap: 8px; }
.actions button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa; color: #1f2328; cursor: pointer; }
.actions button.primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.actions button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.muted { color: #57606a; font-size: 12px; }
.panel h3 { font-size: 12px; margin: 8px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.reasons, .evidence { list-style: none; padding-left: 0; }
.reasons li { display: grid; grid-template-columns: 14px 1fr; column-gap: 4px; margin: 4px 0; }
.reasons .sign { font-weight: 700; }
.reasons .plus .sign { color: #1a7f37; }
.reasons .minus .sign { color: #cf222e; }
.why { grid-column: 2; display: block; color: #57606a; font-size: 11.5px; }
.evidence li { margin: 6px 0; }
.evidence q { quotes: none; display: block; }
mark { background: #fff1a8; color: #1f2328; padding: 0 1px; border-radius: 2px; }
button.link { background: none; border: none; padding: 0; color: #0969da; text-decoration: underline; cursor: pointer; font: inherit; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .panel { background: #161b22; color: #e6edf3; border-color: #30363d; }
  .actions button { background: #21262d; color: #e6edf3; border-color: #6e7681; }
  .muted, .why, .panel h3 { color: #9da7b3; }
  .reasons .plus .sign { color: #4ac26b; }
  .reasons .minus .sign { color: #ff7b72; }
  mark { background: #9e6a03; color: #ffffff; }
  button.link { color: #58a6ff; }
}
`;
