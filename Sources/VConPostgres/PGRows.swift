internal import CLibPQ

/// The rows of one result, copied out of the `PGresult` (which is cleared right after).
///
/// Cells are bytes (`PQgetvalue` + `PQgetlength`), so a value that is not UTF-8 (a `SQL_ASCII` database)
/// reaches the model exactly as stored, as the same bytes would from a file.
struct PGRows {
    /// Rows of cells; nil is SQL NULL.
    var rows: [[[UInt8]?]]

    init(rows: [[[UInt8]?]]) { self.rows = rows }

    init(copying result: OpaquePointer) {
        let rowCount = PQntuples(result)
        let columnCount = PQnfields(result)
        var rows: [[[UInt8]?]] = []
        rows.reserveCapacity(Int(rowCount))
        for r in 0..<rowCount {
            var row: [[UInt8]?] = []
            row.reserveCapacity(Int(columnCount))
            for c in 0..<columnCount {
                if PQgetisnull(result, r, c) != 0 {
                    row.append(nil)
                } else if let value = PQgetvalue(result, r, c) {
                    let length = Int(PQgetlength(result, r, c))
                    row.append(
                        value.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) })
                } else {
                    row.append(nil)
                }
            }
            rows.append(row)
        }
        self.rows = rows
    }

    /// A cell as text (invalid UTF-8 replaced, as a file's would be), or nil.
    func text(_ row: Int, _ column: Int) -> String? {
        guard row < rows.count, column < rows[row].count, let bytes = rows[row][column] else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A cell as an integer, or nil.
    func int(_ row: Int, _ column: Int) -> Int? { text(row, column).flatMap { Int($0) } }

    /// A cell as a boolean (`t`/`f`), or nil.
    func bool(_ row: Int, _ column: Int) -> Bool? { text(row, column).map { $0 == "t" } }
}
