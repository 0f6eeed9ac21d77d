/// Pure terminal UI: cells, styles, buffers and widgets that render into a buffer.
public enum TermUIInfo {
    public static let name = "TermUI"
}
