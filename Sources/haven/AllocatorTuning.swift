import CAllocator

/// Memory the process takes from the system, tuned once at start.
enum AllocatorTuning {
    /// Serves every block of a quarter of a megabyte or more by its own mapping, given back when
    /// freed.
    ///
    /// glibc raises its mapping threshold (up to 32 MB) each time a mapped block is freed, so a
    /// report's later lists of tens of megabytes come from its heaps, where freed space stays with
    /// the process: a national report's four quarters peaked at 774 MB with the moving threshold
    /// and 680 MB with a fixed one of a megabyte, in the same time. When its quarters overlapped,
    /// their audits' lists of a few hundred kilobytes left holes in the threads' heaps: a quarter
    /// of a megabyte took the peak from 198 to 189 MB (medians of four runs), again in the same time.
    static func apply() {
        haven_map_blocks_from(1 << 18)
    }
}
