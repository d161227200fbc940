/**
 * The kit in a React app, through the wrappers of `cc-phone-kit/react` (here the sources).
 * Props that are element properties (options, callbacks) are set as properties; events are
 * `on<Event>` props with typed events.
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AgentStatus, CallCenter, PhoneBar } from '../components/react/index.js';
import type { CcDialRequestEvent } from '../components/events/dial-request.js';

interface LogEntry {
  readonly id: number;
  readonly text: string;
}

let serial = 0;

function App() {
  const [log, setLog] = useState<readonly LogEntry[]>([]);
  const add = useCallback(
    (text: string) => setLog((old) => [{ id: ++serial, text }, ...old].slice(0, 20)),
    [],
  );
  const [lang, setLang] = useState('en');

  // The host vetoes some numbers before the bar dials them.
  const onDialRequest = useCallback(
    (event: CcDialRequestEvent) => {
      if (event.detail.number === '110') event.preventDefault();
      add(`dial request ${event.detail.number}${event.defaultPrevented ? ' (blocked)' : ''}`);
    },
    [add],
  );

  return (
    <div lang={lang}>
      <h1>React</h1>
      <label>
        Language{' '}
        <select value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </label>
      <CallCenter
        backend="demo"
        options={{ inboundPerMinute: 1 }}
        onAgentStateChange={(e) =>
          add(`state ${e.detail.previous} -> ${e.detail.presence} (${e.detail.work})`)
        }
        onIncomingCall={(e) => add(`incoming call from ${e.detail.call.remote.number}`)}
        onCallEnded={(e) => add(`call ended: ${e.detail.cause}, ${e.detail.duration} s`)}
        onError={(e) => add(`error ${e.detail.code}`)}
      >
        <AgentStatus agentId="1001" />
        <PhoneBar onDialRequest={onDialRequest} />
      </CallCenter>
      <h2>Events</h2>
      {/* Text children: React escapes them, so untrusted names stay text. */}
      <ol data-testid="log">
        {log.map((entry) => (
          <li key={entry.id}>{entry.text}</li>
        ))}
      </ol>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
