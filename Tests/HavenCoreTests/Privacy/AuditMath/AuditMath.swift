import Testing

/// The parent suite of the disclosure auditor's mathematical core (attacker intervals, exact
/// rationals, row space), so that `swift test --filter AuditMath` selects exactly these tests.
@Suite("audit math")
enum AuditMath {}
