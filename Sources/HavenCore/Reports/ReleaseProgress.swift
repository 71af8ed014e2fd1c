/// How far a release has got (`ReleaseJob`), for a progress display: reported as each step starts
/// and, while a file is read, every few thousand rows.
public enum ReleaseProgress: Sendable, Equatable {
    /// Reading a file's responses: `done` of its `total` bytes.
    case reading(done: Int, total: Int)
    /// Disclosure control of `period`, quarter `number` (from 1) of the `count` released that
    /// somebody answered in: the audit, most of a large release's time after the reading.
    case protecting(period: Period, number: Int, count: Int)
}
