/**
 * How the kit drives Chromium everywhere (tests, benchmarks): Debian's /usr/bin/chromium, never
 * a downloaded browser, with the flags from shared/notes/rig.md: running as root, fake capture
 * devices without prompts, 127.0.0.1 ICE candidates, audio without a user gesture.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

/** Options for playwright's `chromium.launch()`. */
export const chromiumLaunchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs,
};
