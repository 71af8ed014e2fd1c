import Crypto
import Foundation

/// Participation codes: short random codes handed out on paper, each good for one response.
///
/// Only a hash of each code is stored, and a used code is deleted, so the store can tell neither
/// which codes were used with which answers nor, for a used code, that it ever existed.
enum ParticipationCodes {
    /// No 0/O, 1/I/L: codes are typed by people from paper.
    private static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A fresh code such as `K7QM-2XRT-9HWC` (about 59 bits from the system CSPRNG).
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 12, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// The stored form: SHA-256 of the code with case, spaces and hyphens ignored.
    static func hash(_ code: String) -> Data {
        let normalized = code.uppercased().filter { $0 != "-" && !$0.isWhitespace }
        return Data(SHA256.hash(data: Data(normalized.utf8)))
    }
}
