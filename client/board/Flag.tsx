/** Small inline flags (no images from the network); other countries get their code on the team colour. */
export function Flag({ country, color }: { country: string; color?: string }) {
  if (country === 'CN') {
    return (
      <svg className="flag" viewBox="0 0 30 20" role="img" aria-label="CN">
        <rect width="30" height="20" fill="#de2910" />
        <polygon fill="#ffde00" points="5,2 6.18,5.62 9.99,5.62 6.91,7.86 8.09,11.48 5,9.24 1.91,11.48 3.09,7.86 0.01,5.62 3.82,5.62" />
        <circle cx="10" cy="2" r="0.9" fill="#ffde00" />
        <circle cx="12" cy="4" r="0.9" fill="#ffde00" />
        <circle cx="12" cy="7" r="0.9" fill="#ffde00" />
        <circle cx="10" cy="9" r="0.9" fill="#ffde00" />
      </svg>
    );
  }
  if (country === 'KZ') {
    return (
      <svg className="flag" viewBox="0 0 30 20" role="img" aria-label="KZ">
        <rect width="30" height="20" fill="#00afca" />
        <circle cx="15" cy="9" r="3.6" fill="#fec50c" />
        <g stroke="#fec50c" strokeWidth="0.5">
          {Array.from({ length: 16 }, (_, i) => {
            const a = (i * Math.PI) / 8;
            return <line key={i} x1={15 + Math.cos(a) * 4.3} y1={9 + Math.sin(a) * 4.3} x2={15 + Math.cos(a) * 5.6} y2={9 + Math.sin(a) * 5.6} />;
          })}
        </g>
        <path d="M10.5 15.5 Q15 13.4 19.5 15.5 Q15 14.6 10.5 15.5Z" fill="#fec50c" />
        <rect x="2" y="1.5" width="1.2" height="17" fill="#fec50c" opacity="0.85" />
      </svg>
    );
  }
  return (
    <span className="flag flag-code" style={{ background: color }}>
      {country}
    </span>
  );
}
