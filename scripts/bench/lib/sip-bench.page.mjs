/**
 * Browser side of the SIP bench (scripts/bench/sections/50-sip.mjs). Served next to the built
 * kit (core.js) and a bundle of sip.js (raw-sip.js). Each page holds one kit agent
 * (createCallCenter, backend 'sip') and one raw sip.js agent; the caller page places calls, the
 * callee page answers them at once. Everything is bounded by timeouts.
 */
const { createCallCenter } = await import('./core.js');
const SIP = await import('./raw-sip.js');

const AUDIO = { constraints: { audio: true, video: false } };
const SDH_OPTIONS = { peerConnectionConfiguration: { iceServers: [] }, iceGatheringTimeout: 500 };

/** When this page last received an initial INVITE (no To tag) on any WebSocket. */
let inviteAt = Number.NaN;
/** On the caller's side: when the last initial INVITE left, and its 200 OK came back. */
const marks = { inviteSent: Number.NaN, okReceived: Number.NaN };
const isInitialInvite = (text) =>
  text.startsWith('INVITE ') && !/\r\nTo:[^\r\n]*;\s*tag=/i.test(text);
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(url, protocols) {
    super(url, protocols);
    // Added before sip.js adds its own listener: this runs first for every message.
    this.addEventListener('message', (event) => {
      const text = typeof event.data === 'string' ? event.data : '';
      if (isInitialInvite(text)) inviteAt = performance.now();
      else if (text.startsWith('SIP/2.0 200') && /\r\nCSeq:\s*\d+\s+INVITE\r\n/i.test(text)) {
        marks.okReceived = performance.now();
      }
    });
  }

  send(data) {
    if (typeof data === 'string' && isInitialInvite(data)) marks.inviteSent = performance.now();
    super.send(data);
  }
};

function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves the first state of `cc` for which `pick` is truthy. */
function until(cc, what, pick, ms = 10000) {
  return within(
    ms,
    what,
    new Promise((resolve) => {
      const subscription = cc.state$.subscribe((state) => {
        const value = pick(state);
        if (value) {
          resolve(value);
          queueMicrotask(() => subscription.unsubscribe());
        }
      });
    }),
  );
}

const agents = {};

async function kitAgent({ server, aor, user, password, answer }) {
  const cc = createCallCenter({
    backend: 'sip',
    options: { server, aor },
    credentials: () => password,
  });
  await within(10000, `kit ${user} logs in`, cc.agent.login({ agentId: user }));
  await until(cc, 'registered', (s) => s.connection.registration === 'registered');
  const ringing = [];
  if (answer) {
    const seen = new Set();
    cc.state$.subscribe((state) => {
      for (const id of state.calls.order) {
        if (state.calls.byId[id].state !== 'ringing' || seen.has(id)) continue;
        seen.add(id);
        ringing.push(performance.now() - inviteAt);
        // Out of the store's notification, as a click handler would be.
        queueMicrotask(() => void cc.calls.answer(id).catch(() => undefined));
      }
    });
  }
  return { cc, ringing, current: null };
}

async function rawAgent({ server, aor, user, password, answer }) {
  const sessions = new Set();
  const ringing = [];
  const ua = new SIP.UserAgent({
    uri: SIP.UserAgent.makeURI(aor),
    authorizationUsername: user,
    authorizationPassword: password,
    transportOptions: { server, connectionTimeout: 5 },
    logLevel: 'error',
    sessionDescriptionHandlerFactoryOptions: SDH_OPTIONS,
    delegate: answer
      ? {
          onInvite(invitation) {
            ringing.push(performance.now() - inviteAt);
            sessions.add(invitation);
            invitation.stateChange.addListener(
              (s) => s === SIP.SessionState.Terminated && sessions.delete(invitation),
            );
            void invitation
              .accept({ sessionDescriptionHandlerOptions: AUDIO })
              .catch(() => undefined);
          },
        }
      : undefined,
  });
  await within(10000, `raw ${user} connects`, ua.start());
  const registerer = new SIP.Registerer(ua);
  await within(
    10000,
    `raw ${user} registers`,
    new Promise((resolve, reject) => {
      registerer.stateChange.addListener((s) => s === SIP.RegistererState.Registered && resolve());
      registerer
        .register({
          requestDelegate: {
            onReject: (r) => reject(new Error(`REGISTER ${r.message.statusCode}`)),
          },
        })
        .catch(reject);
    }),
  );
  return { ua, sessions, ringing, current: null };
}

window.bench = {
  async setup(kind, options) {
    agents[kind] = kind === 'kit' ? await kitAgent(options) : await rawAgent(options);
    return true;
  },

  /**
   * Dials `target`; resolves the ms from the dial to the call in conversation, split into
   * before the INVITE left, waiting for the 200 OK, and after it arrived.
   */
  async call(kind, target) {
    const agent = agents[kind];
    marks.inviteSent = marks.okReceived = Number.NaN;
    const t0 = performance.now();
    if (kind === 'kit') {
      const id = await within(10000, 'kit dial', agent.cc.calls.dial(target));
      await until(agent.cc, 'kit call talking', (s) => s.calls.byId[id]?.state === 'talking');
      agent.current = id;
    } else {
      const inviter = new SIP.Inviter(agent.ua, SIP.UserAgent.makeURI(target), {
        sessionDescriptionHandlerOptions: AUDIO,
      });
      const established = new Promise((resolve, reject) => {
        inviter.stateChange.addListener((s) => {
          if (s === SIP.SessionState.Established) resolve();
          if (s === SIP.SessionState.Terminated)
            reject(new Error('raw call ended before it was answered'));
        });
      });
      await within(10000, 'raw invite', inviter.invite());
      await within(10000, 'raw call established', established);
      agent.current = inviter;
    }
    const t1 = performance.now();
    return {
      total: t1 - t0,
      before: marks.inviteSent - t0,
      wait: marks.okReceived - marks.inviteSent,
      after: t1 - marks.okReceived,
    };
  },

  async hangup(kind) {
    const agent = agents[kind];
    const current = agent.current;
    agent.current = null;
    if (kind === 'kit') await within(10000, 'kit hangup', agent.cc.calls.hangup(current));
    else await within(10000, 'raw bye', current.bye());
    return true;
  },

  /** True when the agent has no call left (the callee side, after a hang-up). */
  idle(kind) {
    const agent = agents[kind];
    return kind === 'kit' ? agent.cc.snapshot.calls.order.length === 0 : agent.sessions.size === 0;
  },

  /** ms from each initial INVITE's arrival to the call ringing (kit: in the store). */
  ringing(kind) {
    return agents[kind].ringing;
  },

  async close() {
    await Promise.allSettled([
      agents.kit ? within(5000, 'kit destroy', agents.kit.cc.destroy()) : null,
      agents.raw ? within(5000, 'raw stop', agents.raw.ua.stop()) : null,
    ]);
    return true;
  },
};
