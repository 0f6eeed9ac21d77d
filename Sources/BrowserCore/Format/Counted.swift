/// A count with its noun in the right number: `1 finding`, `2 findings`, `1 error`, `0 errors`.
///
/// Every count the browser writes next to a noun goes through here, so "1 findings" cannot come back.
enum Counted {
    /// `count` and `singular`, the plural being `plural` or `singular + "s"`.
    static func text(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
