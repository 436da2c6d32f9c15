// Excel.RangeAreas as getMergedAreasOrNullObject returns it: a null object, or an address listing the areas.
import { Loaded } from "./loaded";
import { rectAddress } from "./rangeGeometry";
import type { CellRange } from "../../scorecard";

export class MockRangeAreas {
  private readonly loadedAddress = new Loaded<string>("rangeAreas.address");
  private nullObject: boolean | undefined;
  load(what: string): this {
    if (what !== "address") throw new Error(`mock: unsupported RangeAreas load ${what}`);
    this.loadedAddress.queue();
    return this;
  }
  resolve(sheet: string, areas: CellRange[]): void {
    this.nullObject = areas.length === 0;
    if (this.loadedAddress.isQueued) this.loadedAddress.resolve(areas.map((a) => rectAddress(sheet, a)).join(", "));
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new Error("isNullObject: context.sync() was not called");
    return this.nullObject;
  }
  get address(): string {
    if (this.isNullObject) throw new Error("mock: a null object has no address");
    return this.loadedAddress.get();
  }
}
