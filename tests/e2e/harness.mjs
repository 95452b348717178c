// E2E harness for the Sonae desktop app.
//
// One "app" = one tauri-driver process (which starts WebKitWebDriver, which
// starts the app binary) + one WebDriver session opened with webdriverio's
// remote() API. Every app gets a data dir (SONAE_DATA_DIR) which is either a
// fresh temp dir owned by the app, or a Profile shared by several apps one
// after another (to test restarts with the same data).
//
// Environment overrides:
//   SONAE_APP_BINARY   app binary (default <repo>/target/debug/sonae-desktop,
//                      honouring CARGO_TARGET_DIR)
//   TAURI_DRIVER       tauri-driver binary (default: PATH, then ~/.cargo/bin)
//   E2E_KEEP_DATA=1    keep temp data dirs (their paths are printed)
//   E2E_ARTIFACTS      screenshot/log dir (default tests/e2e/artifacts)

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { remote } from 'webdriverio';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const ARTIFACTS_DIR = path.resolve(process.env.E2E_ARTIFACTS || path.join(HERE, 'artifacts'));

/** Generous timeouts: the app is a debug build on a busy 2-core machine. */
/** The organization passphrase of every E2E database (see Profile.env). */
export const E2E_PASSPHRASE = 'e2e 架空市 passphrase 2026';

export const TIMEOUTS = {
  driverStart: 30_000, // tauri-driver + WebKitWebDriver listening
  appStart: 60_000, // new session = app process up with its webview
  element: 30_000, // default wait for UI elements
  shutdown: 15_000, // tauri-driver / app exit after SIGTERM
};

export function appBinary() {
  if (process.env.SONAE_APP_BINARY) return path.resolve(process.env.SONAE_APP_BINARY);
  const target = process.env.CARGO_TARGET_DIR
    ? path.resolve(REPO_ROOT, process.env.CARGO_TARGET_DIR)
    : path.join(REPO_ROOT, 'target');
  return path.join(target, 'debug', 'sonae-desktop');
}

function findExecutable(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* keep looking */
    }
  }
  return null;
}

export function tauriDriverBinary() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  const found = findExecutable('tauri-driver');
  if (found) return found;
  const cargoHome = process.env.CARGO_HOME || path.join(os.homedir(), '.cargo');
  const p = path.join(cargoHome, 'bin', 'tauri-driver');
  if (fs.existsSync(p)) return p;
  throw new Error('tauri-driver not found (run: bash scripts/setup.sh --test)');
}

function safeName(name) {
  return String(name).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 100) || 'unnamed';
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------
// Profiles (data dirs)
// ---------------------------------------------------------------------------

/**
 * A temp profile: <root>/data is SONAE_DATA_DIR; <root>/xdg/* isolates the
 * webview's own storage (XDG_DATA_HOME etc.) from the user's home so that
 * nothing leaks between tests, while a restart with the same profile sees
 * the same state.
 */
export class Profile {
  constructor(root) {
    this.root = root;
    this.dataDir = path.join(root, 'data');
    this.xdg = {
      XDG_DATA_HOME: path.join(root, 'xdg', 'data'),
      XDG_CONFIG_HOME: path.join(root, 'xdg', 'config'),
      XDG_CACHE_HOME: path.join(root, 'xdg', 'cache'),
      XDG_STATE_HOME: path.join(root, 'xdg', 'state'),
    };
    this.removed = false;
  }

  static async create(label = 'profile') {
    const root = await fsp.mkdtemp(path.join(os.tmpdir(), `sonae-e2e-${safeName(label)}-`));
    const p = new Profile(root);
    await fsp.mkdir(p.dataDir, { recursive: true });
    for (const dir of Object.values(p.xdg)) await fsp.mkdir(dir, { recursive: true });
    return p;
  }

  /**
   * The app's environment. Every E2E app runs on an encrypted database: SONAE_PASSPHRASE creates
   * it encrypted at first start and opens it later (pass `env: { SONAE_PASSPHRASE: '' }` to see
   * the passphrase screens instead). CLI runs on the same data dir need the same variable.
   */
  env() {
    return { SONAE_DATA_DIR: this.dataDir, SONAE_PASSPHRASE: E2E_PASSPHRASE, ...this.xdg };
  }

  async remove() {
    if (this.removed) return;
    this.removed = true;
    // Make sure nothing started with this data dir is still running.
    await killProcessesUsing(this.dataDir);
    if (process.env.E2E_KEEP_DATA === '1') {
      console.log(`# kept data dir ${this.root}`);
      return;
    }
    await fsp.rm(this.root, { recursive: true, force: true });
  }
}

/** Create a profile that is removed when the test ends (for data-dir reuse). */
export async function useProfile(t, label) {
  const profile = await Profile.create(label ?? t.name);
  t.after(() => profile.remove());
  return profile;
}

// ---------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------

/** PIDs of processes (ours, by construction) whose env has SONAE_DATA_DIR=<dir>. */
function pidsUsing(dataDir) {
  const needle = `SONAE_DATA_DIR=${dataDir}`;
  const pids = [];
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const env = fs.readFileSync(`/proc/${e}/environ`, 'latin1').split('\0');
      if (env.includes(needle)) pids.push(Number(e));
    } catch {
      /* gone or not ours */
    }
  }
  return pids;
}

function debug(msg) {
  if (process.env.E2E_DEBUG === '1') console.log(`# [harness ${new Date().toISOString()}] ${msg}`);
}

function describePid(pid) {
  try {
    return `${pid}:${fs.readFileSync(`/proc/${pid}/comm`, 'latin1').trim()}`;
  } catch {
    return String(pid);
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    // a zombie still answers kill(0); treat it as dead
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** SIGTERM (then SIGKILL) leftovers (the app, WebKit helpers) of one data dir. */
async function killProcessesUsing(dataDir) {
  let pids = pidsUsing(dataDir);
  if (pids.length === 0) return;
  debug(`leftover processes of ${dataDir}: ${pids.map(describePid).join(', ')}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + TIMEOUTS.shutdown;
  while (Date.now() < deadline) {
    pids = pids.filter(alive);
    if (pids.length === 0) return;
    await sleep(200);
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForDriver(port, nativePort, child, log) {
  const deadline = Date.now() + TIMEOUTS.driverStart;
  let lastErr;
  // WebKitWebDriver first (asking tauri-driver before it is up makes
  // tauri-driver log a scary backtrace), then tauri-driver in front of it.
  for (const p of [nativePort, port]) {
    while (Date.now() < deadline) {
      if (await statusOk(p, child, log).catch((err) => ((lastErr = err), false))) break;
      await sleep(200);
    }
  }
  if (Date.now() < deadline) return;
  throw new Error(
    `tauri-driver did not answer on 127.0.0.1:${port} within ${TIMEOUTS.driverStart} ms ` +
      `(${lastErr?.message ?? 'no error'}):\n${log()}`,
  );
}

async function statusOk(port, child, log) {
  if (child.exitCode !== null || child.signalCode !== null) {
    throw new Error(
      `tauri-driver exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${log()}`,
    );
  }
  const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2_000) });
  if (!res.ok) return false;
  const body = await res.json().catch(() => ({}));
  return body?.value?.ready !== false;
}

// ---------------------------------------------------------------------------
// App
// ---------------------------------------------------------------------------

export class App {
  constructor({ profile, ownsProfile, name, driver, logPath, logText, binary }) {
    this.profile = profile;
    this.binary = binary;
    this.ownsProfile = ownsProfile;
    this.name = name;
    this.driver = driver;
    this.logPath = logPath;
    this._logText = logText;
    /** @type {import('webdriverio').Browser} */
    this.browser = null;
    this.closed = false;
    this.appKilled = false;
  }

  get dataDir() {
    return this.profile.dataDir;
  }

  driverLog() {
    return this._logText();
  }

  /** Wait for one element to exist and be displayed; returns it. */
  async waitFor(selector, { timeout = TIMEOUTS.element } = {}) {
    const el = await this.browser.$(selector);
    await el.waitForDisplayed({ timeout, timeoutMsg: `${selector} not displayed after ${timeout} ms` });
    return el;
  }

  /** Shorthand for [data-testid="<id>"]. */
  testid(id) {
    return `[data-testid="${id}"]`;
  }

  /**
   * Let the webview paint what the DOM already shows (two animation frames and
   * a short pause); a screenshot right after a DOM change may otherwise be blank.
   */
  async settle(ms = 500) {
    try {
      await withTimeout(
        this.browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
        5_000,
        'animation frame',
      );
    } catch {
      /* a hidden window has no frames: just wait */
    }
    await sleep(ms);
  }

  /** Visible text of the whole page. */
  async pageText() {
    return this.browser.execute(() => document.body.innerText);
  }

  /**
   * Save the webview screenshot to artifacts/<name>.webview.png and, if the
   * ImageMagick `import` command and an X display exist, the whole X screen to
   * artifacts/<name>.png. Returns the written paths.
   */
  async screenshot(name) {
    const base = safeName(name);
    await fsp.mkdir(ARTIFACTS_DIR, { recursive: true });
    await this.settle();
    const written = [];
    const webview = path.join(ARTIFACTS_DIR, `${base}.webview.png`);
    try {
      await withTimeout(this.browser.saveScreenshot(webview), 20_000, 'webview screenshot');
      written.push(webview);
    } catch (err) {
      console.log(`# webview screenshot ${base} failed: ${err.message}`);
    }
    if (process.env.DISPLAY && findExecutable('import')) {
      const screen = path.join(ARTIFACTS_DIR, `${base}.png`);
      const r = spawnSync('import', ['-display', process.env.DISPLAY, '-window', 'root', screen], {
        timeout: 20_000,
        encoding: 'utf8',
      });
      if (r.status === 0) written.push(screen);
      else console.log(`# X screenshot ${base} failed: ${r.error?.message ?? r.stderr}`);
    }
    return written;
  }

  /**
   * SIGKILL the app process itself, as a crash or a power cut would end it: no window close, no
   * shutdown code. Only the process running the app binary with this app's data dir is killed;
   * tauri-driver and WebKitWebDriver stay until close(), which then skips the (dead) session.
   * Returns the killed pids.
   */
  async killApp() {
    let binary;
    try {
      binary = fs.realpathSync(this.binary);
    } catch {
      binary = this.binary;
    }
    const isApp = (pid) => {
      try {
        const exe = fs.readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
        return exe === binary;
      } catch {
        return false;
      }
    };
    const pids = pidsUsing(this.profile.dataDir).filter(isApp);
    if (pids.length === 0) throw new Error(`${this.name}: no running ${binary} with data dir ${this.dataDir}`);
    debug(`${this.name}: SIGKILL ${pids.map(describePid).join(', ')}`);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    const deadline = Date.now() + TIMEOUTS.shutdown;
    while (pids.some(alive) && Date.now() < deadline) await sleep(100);
    if (pids.some(alive)) throw new Error(`${this.name}: app still alive after SIGKILL`);
    this.appKilled = true;
    return pids;
  }

  /** Delete the session, stop tauri-driver, kill leftovers, remove an owned data dir. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    debug(`${this.name}: closing`);
    if (this.browser && !this.appKilled) {
      try {
        await withTimeout(this.browser.deleteSession(), TIMEOUTS.shutdown, 'deleteSession');
      } catch (err) {
        console.log(`# ${this.name}: ${err.message}`);
      }
    }
    if (this.driver.exitCode === null && this.driver.signalCode === null) {
      this.driver.kill('SIGTERM');
      if (!(await waitForExit(this.driver, TIMEOUTS.shutdown))) {
        console.log(`# ${this.name}: tauri-driver ignored SIGTERM, killing`);
        this.driver.kill('SIGKILL');
        await waitForExit(this.driver, 5_000);
      }
    }
    debug(`${this.name}: tauri-driver stopped`);
    // tauri-driver SIGKILLs WebKitWebDriver; the app itself may survive it.
    await killProcessesUsing(this.profile.dataDir);
    if (this.ownsProfile) await this.profile.remove();
    debug(`${this.name}: closed`);
  }
}

/**
 * Start the app: spawn tauri-driver (env carries SONAE_DATA_DIR to the app)
 * on free ports, wait for it, open a WebDriver session (which launches the
 * app). Pass `profile` to reuse a data dir; otherwise a fresh one is made and
 * removed on close(). `args` go to the app's command line.
 */
export async function launchApp({
  name = 'app',
  profile,
  env = {},
  args = [],
  browserName = 'wry',
} = {}) {
  const binary = appBinary();
  if (!fs.existsSync(binary)) {
    throw new Error(`app binary ${binary} missing (build it: cargo build -p sonae-desktop)`);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('no DISPLAY: run the E2E tests under Xvfb (bash scripts/test.sh does)');
  }
  const ownsProfile = !profile;
  profile ??= await Profile.create(name);

  await fsp.mkdir(ARTIFACTS_DIR, { recursive: true });
  const logPath = path.join(ARTIFACTS_DIR, `${safeName(name)}.driver.log`);
  const logStream = fs.createWriteStream(logPath, { flags: 'a' });
  let logTail = '';
  const onData = (chunk) => {
    logStream.write(chunk);
    logTail = (logTail + chunk.toString()).slice(-8_000);
  };

  const port = await freePort();
  let nativePort = await freePort();
  while (nativePort === port) nativePort = await freePort();

  const driver = spawn(
    tauriDriverBinary(),
    ['--port', String(port), '--native-port', String(nativePort)],
    {
      env: {
        ...process.env,
        // NB: do not set WEBKIT_DISABLE_DMABUF_RENDERER: with it WebKitGTK 2.50
        // under Xvfb never answers the WebDriver screenshot command.
        ...profile.env(),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  driver.stdout.on('data', onData);
  driver.stderr.on('data', onData);
  driver.once('exit', () => logStream.end());

  const app = new App({ profile, ownsProfile, name, driver, logPath, logText: () => logTail, binary });
  try {
    await waitForDriver(port, nativePort, driver, () => logTail);
    debug(`${name}: tauri-driver up on ${port} (native ${nativePort}), data ${profile.dataDir}`);
    app.browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: process.env.E2E_WDIO_LOG || 'warn',
      connectionRetryTimeout: TIMEOUTS.appStart,
      connectionRetryCount: 1,
      waitforTimeout: TIMEOUTS.element,
      capabilities: {
        // wry names its WebKit automation session "wry"; null omits the check
        ...(browserName ? { browserName } : {}),
        'tauri:options': { application: binary, args },
        // WebKitWebDriver speaks classic WebDriver only (no BiDi).
        'wdio:enforceWebDriverClassic': true,
      },
    });
    debug(`${name}: session ${app.browser.sessionId}`);
  } catch (err) {
    await app.close();
    err.message += `\n--- tauri-driver log (${logPath}) ---\n${logTail}`;
    throw err;
  }
  return app;
}

/** Launch the app for the current node:test test; it is closed when the test ends. */
export async function startApp(t, opts = {}) {
  const name = opts.name ?? t.name;
  const app = await launchApp({ ...opts, name });
  t.after(async () => {
    if (!app.closed) await app.close();
  });
  return app;
}

/**
 * Run `fn(app)` with a launched app and always close it afterwards; on error
 * a "<name>-failure" screenshot is taken first. Good for several app runs in
 * one test (restart with the same profile).
 */
export async function withApp(opts, fn) {
  const app = await launchApp(opts);
  try {
    return await fn(app);
  } catch (err) {
    try {
      await app.screenshot(`${opts.name ?? 'app'}-failure`);
    } catch {
      /* best effort */
    }
    throw err;
  } finally {
    await app.close();
  }
}
