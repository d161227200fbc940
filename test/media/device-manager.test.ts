import { expect } from '@open-wc/testing';
import { acquireAudioContext } from '../../core/media/audio/audio-context.js';
import { AudioOutput } from '../../core/media/audio/audio-output.js';
import { DeviceManager, type MediaDevicesLike } from '../../core/media/devices/device-manager.js';
import type { InputSlot } from '../../core/media/devices/input-slot.js';
import { createLoopbackPair } from '../../core/media/peer/loopback-pair.js';
import { isCallCenterError } from '../../core/model/errors.js';
import type { BackendEvent } from '../../core/store/actions.js';
import { packetsRising, pollUntil, sineSource } from './helpers.js';

const codeOf = (error: unknown) => (isCallCenterError(error) ? error.code : error);

/** Collects a manager's events. */
function recorder() {
  const events: BackendEvent[] = [];
  return {
    events,
    emit: (event: BackendEvent) => void events.push(event),
    errors: () => events.flatMap((e) => (e.type === 'error/raised' ? [e.error.code] : [])),
    changed: () => events.flatMap((e) => (e.type === 'devices/changed' ? [e.patch] : [])),
  };
}

/** A slot like a sender's: holds whatever track it is given. */
function trackSlot(track: MediaStreamTrack): InputSlot & { track: MediaStreamTrack | null } {
  return {
    track,
    async replaceTrack(next) {
      this.track = next;
    },
  };
}

/**
 * Device lists under the test's control (plug, unplug); getUserMedia goes to the real fake
 * devices, so tracks are real. Ids are the real ones so setSinkId works.
 */
class ScriptedDevices extends EventTarget implements MediaDevicesLike {
  devices: MediaDeviceInfo[] = [];
  denied = false;
  readonly requested: (string | null)[] = [];

  static async create(): Promise<ScriptedDevices> {
    const warmup = await navigator.mediaDevices.getUserMedia({ audio: true });
    warmup.getTracks().forEach((t) => t.stop());
    const scripted = new ScriptedDevices();
    scripted.devices = (await navigator.mediaDevices.enumerateDevices()).filter(
      (d) => d.kind !== 'videoinput',
    );
    return scripted;
  }

  async enumerateDevices(): Promise<MediaDeviceInfo[]> {
    return [...this.devices];
  }

  async getUserMedia(constraints?: MediaStreamConstraints): Promise<MediaStream> {
    if (this.denied) throw new DOMException('Permission denied', 'NotAllowedError');
    const audio = constraints?.audio as MediaTrackConstraints;
    const exact = (audio.deviceId as ConstrainDOMStringParameters | undefined)?.exact as
      string | undefined;
    this.requested.push(exact ?? null);
    if (exact && !this.devices.some((d) => d.deviceId === exact)) {
      throw new DOMException('gone', 'OverconstrainedError');
    }
    return navigator.mediaDevices.getUserMedia(constraints);
  }

  unplug(deviceId: string, kind: MediaDeviceKind): void {
    this.devices = this.devices.filter((d) => !(d.deviceId === deviceId && d.kind === kind));
    this.dispatchEvent(new Event('devicechange'));
  }

  input(index: number): string {
    return this.devices.filter((d) => d.kind === 'audioinput' && d.deviceId !== 'default')[index]!
      .deviceId;
  }

  output(index: number): string {
    return this.devices.filter((d) => d.kind === 'audiooutput' && d.deviceId !== 'default')[index]!
      .deviceId;
  }
}

describe('device manager (real fake devices)', () => {
  it('lists devices, learns the permission and reports it', async () => {
    const rec = recorder();
    const manager = new DeviceManager({ emit: rec.emit });
    try {
      await manager.start();
      const stream = await manager.getMicrophone();
      stream.getTracks().forEach((t) => t.stop());
      const { state } = manager;
      expect(state.permission).to.equal('granted');
      expect(state.inputs.length).to.be.at.least(2);
      expect(state.outputs.length).to.be.at.least(2);
      expect(state.inputs.every((d) => d.kind === 'audioinput' && d.label !== '')).to.equal(true);
      expect(state.outputSelectable).to.equal(true);
      expect(state.audioBlocked).to.equal(false);
      expect(rec.changed().some((p) => p.permission === 'granted')).to.equal(true);
      expect(rec.changed().some((p) => (p.inputs?.length ?? 0) >= 2)).to.equal(true);
    } finally {
      manager.destroy();
    }
  });

  it('switches the microphone of a live call without renegotiation', async () => {
    const rec = recorder();
    const manager = new DeviceManager({ emit: rec.emit });
    const lease = acquireAudioContext();
    const customer = sineSource(lease.context, 440);
    await manager.start();
    const pair = await createLoopbackPair({
      agentStream: await manager.getMicrophone(),
      customerStream: customer.stream,
    });
    const remove = manager.addInput(pair.agentInput);
    try {
      pair.setMuted(true);
      const before = pair.agentSender.track!;
      const target = manager.state.inputs.find(
        (d) =>
          d.id !== 'default' && d.id !== 'communications' && d.id !== before.getSettings().deviceId,
      )!;
      const negotiations = pair.agentPc.localDescription!.sdp;

      await manager.selectInput(target.id);

      const after = pair.agentSender.track!;
      expect(after.id).to.not.equal(before.id);
      expect(after.getSettings().deviceId).to.equal(target.id);
      expect(before.readyState).to.equal('ended');
      expect(after.enabled).to.equal(false); // still muted on the new device
      expect(manager.state.input).to.equal(target.id);
      expect(rec.changed().some((p) => p.input === target.id)).to.equal(true);
      expect(pair.agentPc.localDescription!.sdp).to.equal(negotiations);
      pair.setMuted(false);
      await packetsRising(pair.customerPc);

      const error = await manager.selectInput('no-such-microphone').catch((e: unknown) => e);
      expect(codeOf(error)).to.equal('invalid-device');
      expect(manager.state.input).to.equal(target.id);
    } finally {
      remove();
      pair.close();
      customer.stop();
      lease.release();
      manager.destroy();
    }
  });

  it('routes the speaker and the ringer separately with setSinkId', async () => {
    const manager = new DeviceManager({ emit: () => undefined });
    const speaker = new AudioOutput();
    const ringer = new AudioOutput();
    const later = new AudioOutput();
    try {
      await manager.start();
      (await manager.getMicrophone()).getTracks().forEach((t) => t.stop());
      const [first, second] = manager.state.outputs.filter(
        (d) => d.id !== 'default' && d.id !== 'communications',
      );
      manager.addOutput(speaker, 'speaker');
      manager.addOutput(ringer, 'ringer');

      await manager.selectOutput(first!.id);
      expect(speaker.element.sinkId).to.equal(first!.id);
      expect(ringer.element.sinkId).to.equal('');
      await manager.selectRinger(second!.id);
      expect(ringer.element.sinkId).to.equal(second!.id);
      expect(manager.state).to.include({ output: first!.id, ringer: second!.id });

      manager.addOutput(later, 'speaker'); // an output created mid-call follows the choice
      await pollUntil(() => later.element.sinkId === first!.id, 3000);
    } finally {
      [speaker, ringer, later].forEach((o) => o.destroy());
      manager.destroy();
    }
  });

  it('reports audio blocked by the autoplay policy until enableAudio', async () => {
    const rec = recorder();
    const manager = new DeviceManager({ emit: rec.emit });
    const lease = acquireAudioContext();
    const output = new AudioOutput();
    const stream = lease.context.createMediaStreamDestination().stream;
    const realPlay = output.element.play.bind(output.element);
    output.element.play = () => Promise.reject(new DOMException('no gesture', 'NotAllowedError'));
    try {
      await manager.start();
      manager.addOutput(output, 'speaker');
      expect(await output.play(stream)).to.equal('blocked');
      expect(manager.state.audioBlocked).to.equal(true);
      expect(rec.changed().some((p) => p.audioBlocked === true)).to.equal(true);

      const refused = await manager.enableAudio().catch((e: unknown) => e);
      expect(codeOf(refused)).to.equal('audio-blocked');

      output.element.play = realPlay; // the user clicked
      await manager.enableAudio();
      expect(manager.state.audioBlocked).to.equal(false);
      expect(rec.changed().at(-1)).to.deep.equal({ audioBlocked: false });
    } finally {
      output.destroy();
      stream.getTracks().forEach((t) => t.stop());
      lease.release();
      manager.destroy();
    }
  });
});

describe('device manager (scripted device lists)', () => {
  it('falls back to the default when the chosen microphone is unplugged, and says so', async () => {
    const devices = await ScriptedDevices.create();
    const rec = recorder();
    const manager = new DeviceManager({ emit: rec.emit, mediaDevices: devices, permissions: null });
    await manager.start();
    const slot = trackSlot((await manager.getMicrophone()).getAudioTracks()[0]!);
    manager.addInput(slot);
    try {
      const chosen = devices.input(1);
      await manager.selectInput(chosen);
      const onChosen = slot.track!;
      expect(devices.requested.at(-1)).to.equal(chosen);

      devices.unplug(chosen, 'audioinput');
      await pollUntil(() => manager.state.input === null && slot.track !== onChosen, 3000);
      expect(onChosen.readyState).to.equal('ended');
      expect(devices.requested.at(-1)).to.equal(null); // the default, not another exact id
      expect(rec.errors()).to.deep.equal(['invalid-device']);
      expect(manager.state.inputs.some((d) => d.id === chosen)).to.equal(false);
    } finally {
      slot.track?.stop();
      manager.destroy();
    }
  });

  it('falls back to the default speaker when the chosen one is unplugged', async () => {
    const devices = await ScriptedDevices.create();
    const rec = recorder();
    const manager = new DeviceManager({ emit: rec.emit, mediaDevices: devices, permissions: null });
    const speaker = new AudioOutput();
    try {
      await manager.start();
      (await manager.getMicrophone()).getTracks().forEach((t) => t.stop());
      manager.addOutput(speaker, 'speaker');
      const chosen = devices.output(0);
      await manager.selectOutput(chosen);
      expect(speaker.element.sinkId).to.equal(chosen);

      devices.unplug(chosen, 'audiooutput');
      await pollUntil(() => manager.state.output === null && speaker.element.sinkId === '', 3000);
      expect(rec.errors()).to.deep.equal(['invalid-device']);
    } finally {
      speaker.destroy();
      manager.destroy();
    }
  });

  it('reports a denied microphone', async () => {
    const devices = await ScriptedDevices.create();
    devices.denied = true;
    const manager = new DeviceManager({
      emit: () => undefined,
      mediaDevices: devices,
      permissions: null,
    });
    try {
      await manager.start();
      const error = await manager.getMicrophone().catch((e: unknown) => e);
      expect(codeOf(error)).to.equal('microphone-denied');
      expect(manager.state.permission).to.equal('denied');
    } finally {
      manager.destroy();
    }
  });

  it('reports a browser without media devices as unavailable', async () => {
    const manager = new DeviceManager({
      emit: () => undefined,
      mediaDevices: null,
      permissions: null,
    });
    await manager.start();
    expect(manager.state.permission).to.equal('unavailable');
    expect(codeOf(await manager.getMicrophone().catch((e: unknown) => e))).to.equal(
      'microphone-unavailable',
    );
    manager.destroy();
  });

  it('stops following devices once destroyed', async () => {
    const devices = await ScriptedDevices.create();
    const rec = recorder();
    const manager = new DeviceManager({ emit: rec.emit, mediaDevices: devices, permissions: null });
    await manager.start();
    manager.destroy();
    const count = rec.events.length;
    devices.unplug(devices.input(0), 'audioinput');
    await new Promise((r) => setTimeout(r, 100));
    expect(rec.events.length).to.equal(count);
    expect(codeOf(await manager.refresh().catch((e: unknown) => e))).to.equal('destroyed');
  });
});
