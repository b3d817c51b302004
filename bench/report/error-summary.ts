/**
 * The line of a child's stderr that says what went wrong: the first `...Error: ...` line if
 * there is one (a Node stack trace ends with noise like "Node.js v20"), else the last lines.
 */
export function errorSummary(stderr: string, max = 300): string {
  const plain = stderr.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^npm warn/i.test(l));
  const err = lines.find((l) => /\bError\b|Error:|\bTimeout \d+ms exceeded/.test(l) && !/^at /.test(l));
  const text = err ?? lines.slice(-2).join(' / ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
