import VConModel

/// Whitespace trimming without Foundation, for the SIP and SDP readers (only SP, HT, CR, LF count).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var sipTrimmed: String {
        trimmed { $0 == " " || $0 == "\t" }
    }

    /// The text without leading and trailing spaces, tabs, CR and LF.
    var sipTrimmedLines: String {
        trimmed { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
    }

    private func trimmed(_ isSpace: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
