// Workbook.worksheets: getItem, the active sheet, getItemOrNullObject, add, and the loaded names.
import type { Batch } from "./batch";
import { Loaded } from "./loaded";
import { MockWorksheet } from "./mockWorksheet";

export class MockWorksheets {
  private readonly names: Loaded<{ name: string }[]>;
  constructor(private readonly ctx: Batch) {
    this.names = new Loaded("worksheets.items");
  }
  getItem(name: string): MockWorksheet {
    return new MockWorksheet(this.ctx, () => name);
  }
  getActiveWorksheet(): MockWorksheet {
    return new MockWorksheet(this.ctx, () => this.ctx.book.activeSheet);
  }
  getItemOrNullObject(name: string): MockWorksheet {
    const sheet = new MockWorksheet(this.ctx, () => name);
    this.ctx.enqueue(() => sheet.resolveNull(!this.ctx.book.sheetNames().some((n) => n.toLowerCase() === name.toLowerCase())));
    return sheet;
  }
  add(name: string): MockWorksheet {
    this.ctx.enqueue(() => {
      this.ctx.book.addSheet(name);
      this.ctx.book.log.sets.push(`worksheets.add ${name}`);
    });
    return new MockWorksheet(this.ctx, () => name);
  }
  load(what: string): this {
    if (what !== "items/name") throw new Error(`mock: unsupported load ${what}`);
    this.names.queue();
    this.ctx.enqueue(() => this.names.resolve(this.ctx.book.sheetNames().map((name) => ({ name }))));
    return this;
  }
  get items(): { name: string }[] {
    return this.names.get();
  }
}
