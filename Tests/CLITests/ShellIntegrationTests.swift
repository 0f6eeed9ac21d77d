import Foundation
import TestSupport
import Testing

/// Completions and the man page are generated from the argument definitions; the committed copies that
/// `install` puts in place must equal what the binary generates now (re-record with VCON_RECORD=1).
@Suite struct ShellIntegrationTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreInSync(shell: String) throws {
        let result = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("config"))
        #expect(result.stdout.contains("print-defaults"))
        expectFile(result.stdout, at: "Completions/vcon-browser.\(shell)")
    }

    @Test func manPageIsInSync() throws {
        let result = try CLIRunner.run(["manual"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(".TH VCON-BROWSER 1\n.SH NAME\n"))
        #expect(result.stdout.contains(".SH vcon-browser config\n"))
        #expect(result.stdout.contains("--print-defaults"))
        expectFile(result.stdout, at: "Docs/vcon-browser.1")
    }

    @Test func installNamesEveryGeneratedFile() throws {
        let script = try String(contentsOf: PackagePaths.url("install"), encoding: .utf8)
        for file in [
            "Completions/vcon-browser.bash", "Completions/vcon-browser.zsh", "Completions/vcon-browser.fish", "Docs/vcon-browser.1",
        ] {
            #expect(script.contains(file), "install does not install \(file)")
        }
    }
}
