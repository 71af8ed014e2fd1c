import Crypto
import Foundation

/// Checks the passphrase that closes a kiosk against the SHA-256 in the configuration, taking
/// the same time whatever the typed text, so timing tells nothing about how close a guess was.
struct PassphraseCheck: Sendable {
    private let expected: [UInt8]

    /// A check against `sha256Hex` (64 hexadecimal digits); nil when it is not one.
    init?(sha256Hex: String) {
        let digits = Array(sha256Hex.lowercased().utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: 64, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        expected = bytes
    }

    /// Whether `passphrase` is the one configured.
    func matches(_ passphrase: String) -> Bool {
        let digest = Array(SHA256.hash(data: Data(passphrase.utf8)))
        guard digest.count == expected.count else { return false }
        var difference: UInt8 = 0
        for (actual, wanted) in zip(digest, expected) {
            difference |= actual ^ wanted
        }
        return difference == 0
    }
}
