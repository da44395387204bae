// Spectral function: in every operation, the path parameters come first, in the order they
// appear in the path (generated clients take them positionally in the spec's order).
module.exports = (paths) => {
  const results = [];
  for (const [path, item] of Object.entries(paths || {})) {
    const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries(item || {})) {
      if (!op || !Array.isArray(op.parameters)) continue;
      const declared = op.parameters.map((p) => (p && p.in === 'path' ? p.name : null));
      const leading = declared.slice(0, inPath.length);
      if (inPath.length > 0 && leading.join('/') !== inPath.join('/')) {
        results.push({
          message: `${method.toUpperCase()} ${path}: parameters start with [${leading.join(', ')}], not the path's [${inPath.join(', ')}]`,
          path: ['paths', path, method, 'parameters'],
        });
      }
    }
  }
  return results;
};
