/** A table's column headings, one `<th scope="col">` each, in order. */
export function ColumnHeads({ labels }: { labels: readonly string[] }) {
  return (
    <>
      {labels.map((label) => (
        <th key={label} scope="col">
          {label}
        </th>
      ))}
    </>
  );
}
