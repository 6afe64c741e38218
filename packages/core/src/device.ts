import { FtbenchError } from './errors.js';

/** Where a model runs. Free of onnxruntime, so the action can check its device input before the runtime is installed. */
export type Device = { kind: 'cpu' } | { kind: 'cuda'; deviceId: number };

export function parseDevice(spec: string): Device {
  const match = /^(cpu|cuda)(?::(\d+))?$/.exec(spec.trim());
  if (!match) throw new FtbenchError(`unknown device "${spec}"`, 'Use cpu, cuda or cuda:<device id>.');
  return match[1] === 'cpu' ? { kind: 'cpu' } : { kind: 'cuda', deviceId: Number(match[2] ?? 0) };
}

/** The canonical spelling of a device (`cuda` becomes `cuda:0`), as worker messages and errors name it. */
export function formatDevice(device: Device): string {
  return device.kind === 'cpu' ? 'cpu' : `cuda:${device.deviceId}`;
}
