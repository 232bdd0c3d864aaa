const HUES = [160, 200, 24, 280, 340, 100, 220, 45];

function hueOf(seed: string): number {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return HUES[h % HUES.length] ?? 160;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters.map((w) => (w ? Array.from(w)[0]?.toUpperCase() : "")).join("") || "?";
}

/** Initials on a colour derived from the handle or slug; decorative, the name is always beside it. */
export function Avatar({ name, seed, size = "md" }: { name: string; seed: string; size?: "sm" | "md" | "lg" }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: `hsl(${hueOf(seed)} 45% 32%)` }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
