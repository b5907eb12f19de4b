/**
 * Preloaded (`node --import`) into one build of `npm run check:determinism`: the clock reads 400 days
 * and 7 hours late, so anything the build takes from the time it runs shows up as a difference.
 */
const OFFSET_MS = (400 * 24 + 7) * 60 * 60 * 1000;
const RealDate = globalThis.Date;
const shiftedNow = () => RealDate.now() + OFFSET_MS;

// A Proxy rather than a subclass, so `Date()` called as a function and `instanceof Date` keep working.
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [shiftedNow()], newTarget),
  apply: () => new RealDate(shiftedNow()).toString(),
  get: (target, property, receiver) => (property === 'now' ? shiftedNow : Reflect.get(target, property, receiver)),
});
