import Testing

extension Trait where Self == ConditionTrait {
    /// Marks a test or suite that reads `../shared/corpus`: skipped, with one line naming the folder, when
    /// it is absent. `.ci/run` fails when the corpus is present and such a test was skipped anyway.
    public static var corpus: Self { needs(.corpus) }

    /// Marks a test or suite that reads `../shared/specs` (skipped when absent, like `.corpus`).
    public static var specs: Self { needs(.specs) }

    /// Marks a test that needs a folder of `../shared`.
    public static func needs(_ folder: SharedFolder) -> Self {
        .enabled(if: folder.isPresent, Comment(rawValue: folder.absentLine))
    }
}
