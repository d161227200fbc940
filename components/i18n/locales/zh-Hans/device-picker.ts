/** Simplified Chinese for <cc-device-picker> (components/device-picker/). */
import type { LocaleTemplates } from '../../templates.js';

export const templates: LocaleTemplates = {
  'device-picker.name': '音频设备',
  'device-picker.microphone': '麦克风',
  'device-picker.speaker': '扬声器',
  'device-picker.ringer': '振铃设备',
  'device-picker.level': '麦克风音量',
  'device-picker.default': '系统默认',
  'device-picker.no-sink': '此浏览器只能在系统扬声器上播放声音。',
  'device-picker.denied': '浏览器设置已禁止使用麦克风。',
};
