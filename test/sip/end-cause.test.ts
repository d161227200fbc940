import { expect } from '@open-wc/testing';
import { endCauseFromStatus, referProgress } from '../../core/backends/sip/end-cause.js';
import { digitOfInfo } from '../../core/backends/sip/in-dialog.js';
import { referredParty } from '../../core/backends/sip/live-call.js';

describe('sip end causes and in-dialog parsing', () => {
  describe('endCauseFromStatus', () => {
    const cases: [number, string][] = [
      [486, 'busy'],
      [600, 'busy'],
      [404, 'not-found'],
      [604, 'not-found'],
      [484, 'not-found'],
      [410, 'not-found'],
      [408, 'no-answer'],
      [480, 'no-answer'],
      [487, 'cancelled'],
      [603, 'rejected'],
      [403, 'rejected'],
      [477, 'network'],
      [502, 'network'],
      [503, 'network'],
      [504, 'network'],
      [500, 'failed'],
      [488, 'failed'],
      [401, 'failed'],
    ];
    for (const [status, cause] of cases) {
      it(`maps ${status} to ${cause}`, () => {
        expect(endCauseFromStatus(status)).to.equal(cause);
      });
    }
  });

  describe('referProgress', () => {
    it('reads the status line of a message/sipfrag body', () => {
      expect(referProgress('SIP/2.0 100 Trying\r\n')).to.deep.equal({
        state: 'trying',
        status: 100,
      });
      expect(referProgress('SIP/2.0 180 Ringing')).to.deep.equal({ state: 'trying', status: 180 });
      expect(referProgress('SIP/2.0 200 OK\r\n')).to.deep.equal({ state: 'accepted', status: 200 });
      expect(referProgress('  SIP/2.0 202 Accepted')).to.deep.equal({
        state: 'accepted',
        status: 202,
      });
      expect(referProgress('SIP/2.0 486 Busy Here')).to.deep.equal({
        state: 'failed',
        status: 486,
      });
      expect(referProgress('SIP/2.0 603 Decline')).to.deep.equal({ state: 'failed', status: 603 });
    });

    it('treats an empty or foreign body as still trying', () => {
      expect(referProgress('')).to.deep.equal({ state: 'trying', status: null });
      expect(referProgress('<xml/>')).to.deep.equal({ state: 'trying', status: null });
      expect(referProgress('SIP/2.0 2000 OK')).to.deep.equal({ state: 'trying', status: null });
    });
  });

  describe('digitOfInfo', () => {
    it('reads application/dtmf-relay and application/dtmf bodies', () => {
      expect(digitOfInfo('Signal=5\r\nDuration=160', 'application/dtmf-relay')).to.equal('5');
      expect(digitOfInfo('Signal= #\r\nDuration=100', 'application/dtmf-relay')).to.equal('#');
      expect(digitOfInfo('signal=a', 'application/dtmf-relay')).to.equal('A');
      expect(digitOfInfo('*', 'application/dtmf')).to.equal('*');
      expect(digitOfInfo(' 7\r\n', 'application/dtmf')).to.equal('7');
    });

    it('ignores anything else', () => {
      expect(digitOfInfo('Signal=X', 'application/dtmf-relay')).to.equal(null);
      expect(digitOfInfo('7', 'text/plain')).to.equal(null);
      expect(digitOfInfo('', undefined)).to.equal(null);
    });
  });

  describe('referredParty', () => {
    const header = (user: string | undefined, host: string, displayName: string) =>
      ({ uri: { user, host, toString: () => `sip:${user}@${host}` }, displayName }) as never;

    it('names a blind transfer target by its user', () => {
      expect(referredParty(header('1003', 'example.com', ''))).to.deep.equal({ number: '1003' });
      expect(referredParty(header('1003', 'example.com', 'Carol'))).to.deep.equal({
        number: '1003',
        displayName: 'Carol',
      });
    });

    it('names an attended transfer target (a WebSocket contact) by the display name sip.js put there', () => {
      expect(referredParty(header('k3j2h1', 'df7a2.invalid', '1003@127.0.0.1'))).to.deep.equal({
        number: '1003',
      });
      expect(referredParty(header('k3j2h1', 'df7a2.invalid', 'Carol'))).to.deep.equal({
        number: 'Carol',
      });
    });
  });
});
