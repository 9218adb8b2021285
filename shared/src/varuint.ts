/** Appends `n` to `bytes` as lib0 writes a varuint: 7 bits a byte, low bits first. */
export function writeVarUint(bytes: number[], n: number): void {
  let rest = n;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}
