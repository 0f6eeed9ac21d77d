/// Where a command's keys work.
///
/// The ladder is a modal view (like lazygit's contexts): its keys (`Space` marks, `Enter` shows the
/// message, `L` scrolls lanes) shadow the global ones there, and every other global key still works.
public enum CommandScope: String, Sendable, Hashable, CaseIterable {
    /// Everywhere (unless a ladder key shadows it while the ladder shows).
    case global
    /// Only while the ladder shows.
    case ladder
}
