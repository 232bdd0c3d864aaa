// Triarchy runs on the Node.js it ships (the `node` package, Node 24 under node_modules/.bin), which
// every npm script puts first on PATH. An older Node means that binary is missing — installed with
// --ignore-scripts, say — and the machine's own Node was picked up instead: stop and say so.
export const MINIMUM_NODE_MAJOR = 22;

export function requireSupportedNode(version = process.versions.node) {
  const major = Number(version.split(".")[0]);
  if (major >= MINIMUM_NODE_MAJOR) return;
  process.stderr.write(
    `Triarchy needs Node.js ${MINIMUM_NODE_MAJOR} or later, but this is Node.js ${version}.\n` +
      "The project ships Node 24 as its `node` dependency: run `npm install` (with install scripts enabled,\n" +
      "so that node_modules/.bin/node is installed), then start it through npm (`npm start`, `npm test`)\n" +
      "or with node_modules/.bin/node.\n",
  );
  process.exit(1);
}
