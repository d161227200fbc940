import { expect } from '@open-wc/testing';
import { parseAor, resolveSipOptions, toSipUri } from '../../core/backends/sip/options.js';
import { thrownBy } from '../helpers/errors.js';

const BASE = { server: 'wss://sip.example.com/ws', aor: 'sip:1001@example.com' };

describe('sip options', () => {
  describe('resolveSipOptions', () => {
    it('fills the defaults and splits the address', () => {
      const o = resolveSipOptions(BASE);
      expect(o.user).to.equal('1001');
      expect(o.domain).to.equal('example.com');
      expect(o.authorizationUser).to.equal('1001');
      expect(o.iceServers).to.deep.equal([]);
      expect(o.iceGatheringTimeout).to.equal(500);
      expect(o.registerExpires).to.equal(300);
      expect(o.wrapUpSeconds).to.equal(0);
      expect(o.reconnect).to.deep.equal({ initialDelay: 250, maxDelay: 10_000 });
      expect(o.noAnswerTimeout).to.equal(60);
      expect(o.dtmfMethod).to.equal('auto');
      expect(o.qualityInterval).to.equal(2000);
      expect(o.displayName).to.equal(undefined);
      expect(o.credentials).to.equal(undefined);
    });

    it('keeps what was given: authorization user, display name, ICE servers, timers', () => {
      const credentials = () => 'pw';
      const o = resolveSipOptions({
        ...BASE,
        authorizationUser: ' agent7 ',
        displayName: ' Ann ',
        iceServers: [{ urls: 'stun:stun.example.com' }],
        noAnswerTimeout: 1.5,
        dtmfMethod: 'info',
        qualityInterval: 250,
        reconnect: { initialDelay: 100, maxDelay: 1000 },
        credentials,
      });
      expect(o.authorizationUser).to.equal('agent7');
      expect(o.displayName).to.equal('Ann');
      expect(o.iceServers).to.deep.equal([{ urls: 'stun:stun.example.com' }]);
      expect(o.noAnswerTimeout).to.equal(1.5);
      expect(o.dtmfMethod).to.equal('info');
      expect(o.qualityInterval).to.equal(250);
      expect(o.reconnect).to.deep.equal({ initialDelay: 100, maxDelay: 1000 });
      expect(o.credentials).to.equal(credentials);
    });

    it('refuses a missing, non-URL or non-WebSocket server with invalid-config', () => {
      for (const server of [
        undefined,
        '',
        '   ',
        'not a url',
        'http://sip.example.com',
        'sip:example.com',
      ]) {
        const error = thrownBy(() => resolveSipOptions({ ...BASE, server: server as string }));
        expect(error.code, String(server)).to.equal('invalid-config');
      }
      expect(
        thrownBy(() => resolveSipOptions({ ...BASE, server: 'https://x' })).message,
      ).to.contain('https:');
      expect(resolveSipOptions({ ...BASE, server: 'ws://127.0.0.1:5066' }).server).to.equal(
        'ws://127.0.0.1:5066',
      );
    });

    it('refuses a malformed address with invalid-sip-uri, naming it', () => {
      for (const aor of [
        '',
        '1001',
        'sip:1001',
        'sip:@example.com',
        'sip:10 01@example.com',
        'tel:+4930123',
        'sip:1001@exa mple.com',
        'sip:1001@example.com:99999',
      ]) {
        const error = thrownBy(() => resolveSipOptions({ ...BASE, aor }));
        expect(error.code, aor).to.equal('invalid-sip-uri');
      }
      expect(thrownBy(() => resolveSipOptions({ ...BASE, aor: 'sip:1001' })).message).to.contain(
        '"sip:1001"',
      );
    });

    it('refuses numbers out of range and unknown DTMF methods with invalid-config', () => {
      const bad: Record<string, unknown>[] = [
        { noAnswerTimeout: 0 },
        { noAnswerTimeout: -1 },
        { noAnswerTimeout: '30' },
        { qualityInterval: 10 },
        { registerExpires: 5 },
        { iceGatheringTimeout: Number.NaN },
        { wrapUpSeconds: -1 },
        { reconnect: { initialDelay: 0 } },
        { reconnect: { initialDelay: 5000, maxDelay: 1000 } },
        { dtmfMethod: 'sip-info' },
        { iceServers: 'stun:x' },
        { iceServers: [{}] },
        { credentials: 'secret' },
        { authorizationUser: 'a b' },
      ];
      for (const extra of bad) {
        const error = thrownBy(() => resolveSipOptions({ ...BASE, ...extra }));
        expect(error.code, JSON.stringify(extra)).to.equal('invalid-config');
      }
    });

    it('never puts a secret in its messages', () => {
      const error = thrownBy(() => resolveSipOptions({ ...BASE, credentials: 'hunter2' as never }));
      expect(error.message).to.not.contain('hunter2');
    });
  });

  describe('parseAor', () => {
    it('keeps a port and parameters, and IPv6 hosts', () => {
      expect(parseAor('sip:1001@127.0.0.1:5060')).to.include({
        user: '1001',
        domain: '127.0.0.1:5060',
      });
      expect(parseAor('sips:ann@example.com;transport=ws')).to.include({
        user: 'ann',
        domain: 'example.com',
      });
      expect(parseAor('sip:1001@[::1]')).to.include({ user: '1001', domain: '[::1]' });
      expect(parseAor('  sip:1001@example.com ').aor).to.equal('sip:1001@example.com');
    });
  });

  describe('toSipUri', () => {
    it("puts numbers and names into the agent's domain and keeps full addresses", () => {
      expect(toSipUri('1002', 'example.com')).to.equal('sip:1002@example.com');
      expect(toSipUri('+4930123', 'example.com')).to.equal('sip:+4930123@example.com');
      expect(toSipUri('ann@other.org', 'example.com')).to.equal('sip:ann@other.org');
      expect(toSipUri('sips:bob@other.org', 'example.com')).to.equal('sips:bob@other.org');
    });
  });
});
