/** Where the person sits between the two tracks, -1 (specialist) to +1 (leadership). */
export function OrientationScale({ orientation }: { orientation: number }) {
  const pct = ((orientation + 1) / 2) * 100;
  const words =
    orientation > 0.15 ? 'towards leading people' : orientation < -0.15 ? 'towards the specialist track' : 'between the two';
  return (
    <div className="orientation">
      <div className="orientation-ends" aria-hidden="true">
        <span>Specialist</span>
        <span>Leadership</span>
      </div>
      <div
        className="orientation-track"
        role="img"
        aria-label={`Your orientation: ${words} (${orientation.toFixed(2)} on a scale from −1 specialist to +1 leadership)`}
      >
        <span className="orientation-mark" style={{ left: `${pct}%` }} />
      </div>
    </div>
  );
}
