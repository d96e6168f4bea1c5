/**
 * True when the first bytes are a ZIP archive's local file header (`PK\x03\x04`), which every
 * .xlsx is. Its own module so the check does not pull the workbook reader into the bundle.
 */
export function startsLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
