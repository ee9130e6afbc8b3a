/** The Crossroads mark, a road forking in two, in the current colour: the same drawing as the badge's (lib/frames/mark.ts). */
export function Mark({ size = 14 }: { size?: number }) {
  return (
    <svg className="mark" viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      <path
        d="M8 15V9.2M8 9.2 3.2 3.4M8 9.2l4.8-5.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="3.2" cy="3.4" r="1.9" fill="currentColor" />
      <circle cx="12.8" cy="3.4" r="1.9" fill="currentColor" />
    </svg>
  );
}

/** The extension's icon (public/icon, drawn in assets/icon), beside the name in each page's header. */
export function AppIcon({ size = 24 }: { size?: number }) {
  return <img className="app-icon" src="/icon/128.png" width={size} height={size} alt="" />;
}
