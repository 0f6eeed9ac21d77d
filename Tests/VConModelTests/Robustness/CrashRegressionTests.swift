import RobustnessSupport
import Testing
import VConModel
import VConSIP

/// Inputs that trapped before a fix, each named after what it broke; the fuzz suites found them.
@Suite("Robustness: crash regressions (model)")
struct CrashRegressionTests {
    /// A vCon with one dialog whose `duration` is `value` (number text as written).
    static func vcon(duration value: String) -> [UInt8] {
        Array(
            """
            {"vcon":"0.0.2","uuid":"u","parties":[{"name":"A"},{"name":"B"}],
             "dialog":[{"type":"recording","start":"2024-01-15T10:00:00Z","duration":\(value),"parties":[0,1]}]}
            """.utf8)
    }

    /// Trapped in `CivilTime.init` ("Double value cannot be converted to Int"): the ladder's dialog-end
    /// event is start + duration, and the dump printed its time (found from ab_email_acct_prob_thread.vcon).
    @Test(
        "a huge or infinite dialog duration through the ladder dump and JSON",
        arguments: ["123456789012345678901234567890.5", "1e300", "1e999", "-1e999", "1.7976931348623157e308"])
    func hugeDuration(value: String) throws {
        let file = try FileLoader().load(buffer: ByteBuffer(Self.vcon(duration: value)), source: "d.json")
        let vcon = try #require(file.vcon)
        let layout = LadderLayout(LadderSources.input(from: vcon, dialog: nil))
        #expect(!layout.dump().isEmpty)
        #expect(!layout.jsonString().isEmpty)
        #expect(ModelPipeline().run(Self.vcon(duration: value)).problems.isEmpty)
    }

    @Test("clock arithmetic is total: infinities, NaN and 1e300 clamp instead of trapping")
    func clockArithmetic() {
        #expect(CivilTime(epochSeconds: .infinity).year == CivilTime(epochSeconds: Milliseconds.limitSeconds).year)
        #expect(CivilTime(epochSeconds: -.infinity).year < -1_000_000)
        #expect(CivilTime(epochSeconds: .nan) == CivilTime(epochSeconds: 0))
        #expect(CivilTime(epochSeconds: 1e300, offsetSeconds: 86_400).year > 1_000_000)
        #expect(LadderTime.formatDelta(.infinity).hasPrefix("+"))
        #expect(LadderTime.formatDelta(-1e300).hasPrefix("-"))
        #expect(Milliseconds.of(.nan) == 0)
        #expect(Milliseconds.of(0.0015) == 2)
    }
}
