export { DeviceAgent, type AgentConnection } from './agent/device-agent.ts';
export { jsonLog, type AgentLog } from './agent/log.ts';
export { PrinterAgent, type PrinterAgentOptions } from './printer/printer-agent.ts';
export { PrinterEmulator } from './printer/emulator.ts';
export { SimTcpPrinter } from './printer/sim-tcp-printer.ts';
export { transportFromUrl, SimTransport, TcpTransport, FileTransport, type PrinterTransport } from './printer/transports/index.ts';
export { CallScreenAgent } from './call-screen/call-screen-agent.ts';
export { SimLedBoard, type LedBoard } from './call-screen/led-board.ts';
