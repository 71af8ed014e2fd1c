import Testing

@testable import HavenTerminal

@Suite("the kiosk passphrase")
struct PassphraseCheckTests {
    // printf '%s' 'open sesame 42' | sha256sum
    let hash = "123dd1f7a7c1f8eeccbabe71a784f1e3282d6b0efc2fe522c3c087b64afe6fb9"

    @Test("only the configured passphrase matches")
    func matches() throws {
        let check = try #require(PassphraseCheck(sha256Hex: hash))
        #expect(check.matches("open sesame 42"))
        #expect(!check.matches("open sesame 4"))
        #expect(!check.matches(""))
        #expect(try #require(PassphraseCheck(sha256Hex: hash.uppercased())).matches("open sesame 42"))
    }

    @Test("a hash that is not 64 hexadecimal digits is refused")
    func malformed() {
        #expect(PassphraseCheck(sha256Hex: "abc") == nil)
        #expect(PassphraseCheck(sha256Hex: String(repeating: "g", count: 64)) == nil)
    }
}
