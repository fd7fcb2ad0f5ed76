// Every e2e script ends the same way: one JSON line on stdout with what it observed (the xunit
// wrapper parses the last line), diagnostics on stderr, exit code 0 only when the scenario passed.

/** Parses `<baseUrl> [artifactPath]`; the base URL always ends with a slash so relative URLs resolve under it. */
export function readArgs(usage) {
  const [base, artifact] = process.argv.slice(2);
  if (!base) {
    process.stderr.write(`usage: node ${usage}\n`);
    process.exit(2);
  }
  return { baseUrl: base.endsWith('/') ? base : base + '/', artifactPath: artifact };
}

/** Runs the scenario body with a facts object it fills in; a thrown error fails the scenario. */
export async function runScenario(name, body) {
  const facts = { scenario: name, ok: false };
  try {
    await body(facts);
    facts.ok = true;
  } catch (error) {
    facts.error = String(error?.message ?? error);
    process.stderr.write(`${error?.stack ?? error}\n`);
  }
  process.stdout.write(JSON.stringify(facts) + '\n');
  process.exitCode = facts.ok ? 0 : 1;
}

/** Fails with a message naming the expectation, so the JSON line says what went wrong. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Polls until the probe returns a truthy value, or fails after timeoutMs naming what was awaited. */
export async function waitFor(what, probe, timeoutMs = 30000, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
