import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../node_modules/@microsoft/m365agentsplayground/cli.js', import.meta.url));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Microsoft 365 Agents Playground (a Teams-like web client and mock connector) for the bot at
 * `endpoint`. Resolves once it listens; `stop()` kills its whole process group. It runs in a temporary
 * folder because it writes a devTools/ log beside its working directory.
 */
export async function startPlayground(endpoint, { channel = 'msteams', timeoutMs = 60000 } = {}) {
  const requested = await freePort();
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-playground-'));
  const child = spawn(process.execPath, [CLI, '-e', endpoint, '-c', channel, '-p', String(requested), '--disable-telemetry'], {
    cwd,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() reaches anything it spawns
  });
  let output = '';
  const stop = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  // Never leave it running, whatever way this script ends.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { stop(); process.exit(130); });

  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Agents Playground did not start within ${timeoutMs} ms: ${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      // It falls back to another port when the requested one is taken, and says which.
      const match = /Listening on (\d+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(Number(match[1])); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Agents Playground exited with ${code}: ${output}`)); });
  });
  return { url: `http://127.0.0.1:${port}/`, port, stop, output: () => output };
}
