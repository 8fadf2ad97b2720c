/** What tests across the repository use to stand in for the field: cut networks and scripted serial devices. */
export { TcpProxy } from './tcp-proxy.ts';
export { PtyPair } from './pty-pair.ts';
export { FakeSamReader } from './fake-sam-reader.ts';
export { FakeCcidReader } from './fake-ccid-reader.ts';
export { FakeGsmModem } from './fake-gsm-modem.ts';
