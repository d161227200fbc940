import { expect } from '@open-wc/testing';
import {
  CallCenterError,
  ERROR_CODES,
  isCallCenterError,
  toCallCenterError,
} from '../../core/model/errors.js';
import { T0 } from '../helpers/builders.js';

describe('errors', () => {
  it('has each code once', () => {
    expect(new Set(ERROR_CODES).size).to.equal(ERROR_CODES.length);
  });

  it('is an Error with a stable code, the vendor text and the command', () => {
    const error = new CallCenterError('rejected-by-backend', 'Refused.', {
      vendor: { code: '40001', message: '坐席忙' },
      command: 'calls.hold',
    });
    expect(error).to.be.instanceOf(Error);
    expect(error).to.include({
      name: 'CallCenterError',
      code: 'rejected-by-backend',
      command: 'calls.hold',
    });
    expect(isCallCenterError(error)).to.equal(true);
    expect(isCallCenterError(new Error('x'))).to.equal(false);
  });

  it('toInfo gives plain data with a unique id per occurrence', () => {
    const error = new CallCenterError('timeout', 'Too slow.', {
      command: 'calls.dial',
      vendor: { code: '9' },
    });
    const a = error.toInfo(T0);
    const b = error.toInfo(T0);
    expect(a).to.deep.include({
      code: 'timeout',
      message: 'Too slow.',
      command: 'calls.dial',
      vendor: { code: '9' },
      at: T0,
    });
    expect(a.id).not.to.equal(b.id);
    expect(JSON.parse(JSON.stringify(a))).to.deep.equal(a);
    expect(new CallCenterError('network', 'x').toInfo(T0)).not.to.have.any.keys(
      'command',
      'vendor',
    );
  });

  it('forCommand attributes an error to a command, keeping code, vendor and cause', () => {
    const cause = new Error('socket closed');
    const error = new CallCenterError('network', 'Lost.', { vendor: { code: '1' }, cause });
    const attributed = error.forCommand('calls.answer');
    expect(attributed).to.include({ code: 'network', command: 'calls.answer', cause });
    expect(attributed.vendor).to.deep.equal({ code: '1' });
    expect(attributed.forCommand('calls.answer')).to.equal(attributed);
  });

  it('toCallCenterError maps microphone failures and hides unknown messages', () => {
    expect(toCallCenterError(new DOMException('denied', 'NotAllowedError')).code).to.equal(
      'microphone-denied',
    );
    expect(toCallCenterError(new DOMException('none', 'NotFoundError')).code).to.equal(
      'microphone-unavailable',
    );
    const unknown = toCallCenterError(new Error('<script>secret</script>'), 'calls.dial');
    expect(unknown.code).to.equal('server-error');
    expect(unknown.message).not.to.contain('secret');
    expect(unknown.command).to.equal('calls.dial');
    const kit = new CallCenterError('network', 'x');
    expect(toCallCenterError(kit)).to.equal(kit);
  });
});
