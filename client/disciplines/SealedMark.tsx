/** Where a sealed exam's figure will be: three dots (a lock emoji is missing from the venue screens' fonts). */
export const SealedMark = () => (
  <span className="sealed-mark" data-sealed="true">
    •••
  </span>
);
