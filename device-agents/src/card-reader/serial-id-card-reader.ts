import { PolledSerialReader, type SerialReaderOptions } from './polled-serial-reader.ts';
import type { CardData } from './readers.ts';
import { SAM, SW3, decodeBaseInfo, parseSamResponse, samCommand, type SamResponse } from './sam-protocol.ts';

/** SAM modules default to 115200 8N1. */
export type SerialIdCardReaderOptions = SerialReaderOptions;

/**
 * A second-generation resident ID card reader on a serial port (SAM protocol, sam-protocol.ts): find, select,
 * read the base info, and hand on the ID number and name.
 */
export class SerialIdCardReader extends PolledSerialReader {
  protected readonly what = 'ID card';

  protected async cardThere(): Promise<boolean> {
    return (await this.send(SAM.findCard, 1000)).sw3 === SW3.found;
  }

  protected async read(): Promise<CardData> {
    const selected = await this.send(SAM.selectCard, 1000);
    if (selected.sw3 !== SW3.ok) throw new Error(`select card: SW3 ${selected.sw3.toString(16)}`);
    // 1295 bytes at 115200 baud take 0.11 s; a slow line at 9600 takes 1.4 s.
    const base = await this.send(SAM.readBase, 3000);
    if (base.sw3 !== SW3.ok) throw new Error(`read base info: SW3 ${base.sw3.toString(16)}`);
    const info = decodeBaseInfo(base.data);
    return { card: 'id-card', idNumber: info.idNumber.toUpperCase(), name: info.name };
  }

  private async send(cmd: readonly [number, number], timeoutMs: number): Promise<SamResponse> {
    this.queue.clear();
    await this.line.write(samCommand(cmd));
    const { response, used } = await this.queue.until(parseSamResponse, timeoutMs, 'answer from the ID card reader');
    this.queue.consume(used);
    return response;
  }
}
